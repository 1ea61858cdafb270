import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { RequestWithViewer } from '../common/auth/viewer';
import type { ClientInfo, IssuedSession } from './auth.service';

/** The session cookie: httpOnly, SameSite=Lax, Secure in production. */
@Injectable()
export class SessionCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get name(): string {
    return this.config.auth.cookieName;
  }

  read(req: RequestWithViewer): string | undefined {
    const v = (req.cookies as Record<string, unknown> | undefined)?.[this.name];
    return typeof v === 'string' ? v : undefined;
  }

  set(res: Response, session: IssuedSession): void {
    res.cookie(this.name, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.auth.cookieSecure,
      path: '/',
      expires: session.expiresAt,
    });
  }

  clear(res: Response): void {
    res.clearCookie(this.name, { httpOnly: true, sameSite: 'lax', secure: this.config.auth.cookieSecure, path: '/' });
  }

  client(req: RequestWithViewer): ClientInfo {
    return { ip: req.clientIp ?? req.ip ?? 'unknown', userAgent: req.get('user-agent') ?? undefined };
  }
}
