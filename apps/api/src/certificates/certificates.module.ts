import { Module } from '@nestjs/common';
import { CohortAccessModule } from '../cohorts/cohort-access.module';
import { MailModule } from '../mail/mail.module';
import { AttendanceModule } from '../attendance/attendance.module';
import { CertificatesService } from './certificates.service';
import { CertificatesResolver, CohortCertificateResolver } from './certificates.resolver';
import { CertificatesController } from './certificates.controller';
import { CertificateIssuerScheduler } from './certificate-issuer.scheduler';

/** Certificates of attendance (issue 6): issuing (by managers and by a poller), PDF, public verification, revoke and reissue. */
@Module({
  imports: [CohortAccessModule, MailModule, AttendanceModule],
  controllers: [CertificatesController],
  providers: [CertificatesService, CertificatesResolver, CohortCertificateResolver, CertificateIssuerScheduler],
  exports: [CertificatesService],
})
export class CertificatesModule {}
