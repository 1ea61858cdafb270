import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { ChaptersService } from './chapters.service';
import { ChapterMembershipResolver, ChaptersResolver, InvitationResolver } from './chapters.resolver';

@Module({
  imports: [MailModule],
  providers: [ChaptersService, ChaptersResolver, ChapterMembershipResolver, InvitationResolver],
  exports: [ChaptersService],
})
export class ChaptersModule {}
