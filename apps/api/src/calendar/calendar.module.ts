import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { CalendarService } from './calendar.service';
import { CalendarController } from './calendar.controller';
import { CalendarResolver } from './calendar.resolver';
import { ReminderScheduler, RemindersService } from './reminders.service';

@Module({
  imports: [MailModule],
  controllers: [CalendarController],
  providers: [CalendarService, CalendarResolver, RemindersService, ReminderScheduler],
  exports: [RemindersService, CalendarService],
})
export class CalendarModule {}
