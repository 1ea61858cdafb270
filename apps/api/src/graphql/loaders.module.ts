import { Module } from '@nestjs/common';
import { ChaptersModule } from '../chapters/chapters.module';
import { LoadersFactory } from './loaders';

@Module({
  imports: [ChaptersModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
