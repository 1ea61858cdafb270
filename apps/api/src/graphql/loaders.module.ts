import { Module } from '@nestjs/common';
import { ChaptersModule } from '../chapters/chapters.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { CohortAccessModule } from '../cohorts/cohort-access.module';
import { EnrollmentModule } from '../enrollment/enrollment.module';
import { MaterialsModule } from '../materials/materials.module';
import { AgendasModule } from '../agendas/agendas.module';
import { HomeworkModule } from '../homework/homework.module';
import { AttendanceModule } from '../attendance/attendance.module';
import { CertificatesModule } from '../certificates/certificates.module';
import { PracticeModule } from '../practice/practice.module';
import { LoadersFactory } from './loaders';

@Module({
  imports: [ChaptersModule, CohortsModule, CohortAccessModule, EnrollmentModule, MaterialsModule, AgendasModule, HomeworkModule, AttendanceModule, CertificatesModule, PracticeModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
