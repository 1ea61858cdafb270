import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { RequestWithViewer } from '../common/auth/viewer';
import { AuthService } from './auth.service';
import { SessionCookie } from './session-cookie';

/** Resolves the session cookie to `req.viewer` once per request. */
@Injectable()
export class ViewerMiddleware implements NestMiddleware {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
  ) {}

  async use(req: RequestWithViewer, _res: Response, next: NextFunction): Promise<void> {
    try {
      req.clientIp = req.ip ?? req.socket.remoteAddress ?? 'unknown';
      req.viewer = await this.auth.resolveSession(this.cookie.read(req));
      next();
    } catch (e) {
      next(e);
    }
  }
}
