import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { PasswordHasher } from '../common/security/password-hasher';
import { AccountsService } from './accounts.service';
import { AccountsResolver } from './accounts.resolver';
import { AuthService } from './auth.service';
import { SessionCookie } from './session-cookie';
import { ViewerMiddleware } from './viewer.middleware';

@Module({
  imports: [MailModule],
  providers: [AccountsService, AuthService, AccountsResolver, SessionCookie, PasswordHasher, ViewerMiddleware],
  exports: [AuthService, SessionCookie, PasswordHasher, ViewerMiddleware, AccountsService],
})
export class AccountsModule {}
