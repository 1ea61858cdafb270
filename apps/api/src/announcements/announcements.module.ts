import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { CohortAccessModule } from '../cohorts/cohort-access.module';
import { AnnouncementsService } from './announcements.service';
import { AnnouncementsResolver, CohortAnnouncementsResolver } from './announcements.resolver';

@Module({
  imports: [MailModule, CohortAccessModule],
  providers: [AnnouncementsService, AnnouncementsResolver, CohortAnnouncementsResolver],
  exports: [AnnouncementsService],
})
export class AnnouncementsModule {}
