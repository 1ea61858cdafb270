import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Authenticated, Public } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { Viewer } from '../common/auth/viewer';
import { AppError } from '../common/errors/app-error';
import { CalendarService } from './calendar.service';

@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** A session as a single .ics download, for people taking part in its cohort. */
  @Authenticated()
  @Get('sessions/:file')
  @Header('Cache-Control', 'private, no-store')
  async session(@CurrentViewer() viewer: Viewer, @Param('file') file: string, @Res() res: Response): Promise<void> {
    const id = /^(.+)\.ics$/.exec(file)?.[1];
    if (!id) throw AppError.notFound('That session');
    const { filename, body } = await this.calendar.sessionIcs(viewer, id);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.send(body);
  }

  /** The secret feed: the token is the credential, so no session cookie is needed. */
  @Public()
  @Get(':file')
  @Header('Cache-Control', 'private, max-age=300')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const token = /^(.+)\.ics$/.exec(file)?.[1];
    if (!token) throw AppError.notFound('That calendar');
    const body = await this.calendar.feedIcs(token);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="gantry.ics"');
    res.send(body);
  }
}
