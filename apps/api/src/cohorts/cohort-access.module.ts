import { Module } from '@nestjs/common';
import { CohortAccessService } from './cohort-access.service';

/** Who may see and manage which cohort; shared by every module that touches cohorts. */
@Module({ providers: [CohortAccessService], exports: [CohortAccessService] })
export class CohortAccessModule {}
