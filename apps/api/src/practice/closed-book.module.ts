import { Module } from '@nestjs/common';
import { PracticeService } from './practice.service';

/** The closed-book check alone, for the modules that serve lesson material (no other dependencies, so no cycles). */
@Module({ providers: [PracticeService], exports: [PracticeService] })
export class ClosedBookModule {}
