import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MAIL_TRANSPORT, SmtpTransport } from './mail-transport';
import { OutboxService } from './outbox.service';
import { MailDispatcher } from './mail-dispatcher';
import { OutboxResolver } from './outbox.resolver';

@Module({
  providers: [
    {
      provide: MAIL_TRANSPORT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.mail.smtpUrl ? new SmtpTransport(config.mail.smtpUrl) : null),
    },
    OutboxService,
    MailDispatcher,
    OutboxResolver,
  ],
  exports: [OutboxService],
})
export class MailModule {}
