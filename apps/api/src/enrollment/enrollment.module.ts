import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { CohortAccessModule } from '../cohorts/cohort-access.module';
import { EnrollmentService } from './enrollment.service';
import { EnrollmentResolver } from './enrollment.resolver';

@Module({
  imports: [MailModule, CohortAccessModule],
  providers: [EnrollmentService, EnrollmentResolver],
  exports: [EnrollmentService],
})
export class EnrollmentModule {}
