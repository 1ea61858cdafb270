import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Permission } from '@gantry/shared';
import { Allow } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { Viewer } from '../common/auth/viewer';
import { contentDisposition } from '../files/filename';
import { AttendanceService } from './attendance.service';
import { chapterAttendanceCsv, cohortAttendanceCsv } from './attendance-csv';

function sendCsv(res: Response, filename: string, body: string): void {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', contentDisposition('attachment', filename));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.send(body);
}

/** Attendance spreadsheets under `/exports/` (routed to the API, like the gradebook). */
@Controller()
export class AttendanceExportController {
  constructor(private readonly attendance: AttendanceService) {}

  /** The cohort's managers (NOT_FOUND for anyone else). */
  @Allow(Permission.ManageCohort)
  @Get('exports/cohorts/:cohortId/attendance.csv')
  @Header('Cache-Control', 'private, no-store')
  async cohort(@CurrentViewer() viewer: Viewer, @Param('cohortId') cohortId: string, @Res() res: Response): Promise<void> {
    const g = await this.attendance.cohortAttendanceExport(viewer, cohortId);
    sendCsv(res, `${g.cohort.title}-attendance.csv`, cohortAttendanceCsv(g));
  }

  /** That chapter's admins and platform admins (NOT_FOUND for anyone else). */
  @Allow(Permission.ExportChapterReports)
  @Get('exports/chapters/:chapterId/attendance.csv')
  @Header('Cache-Control', 'private, no-store')
  async chapter(@CurrentViewer() viewer: Viewer, @Param('chapterId') chapterId: string, @Res() res: Response): Promise<void> {
    const data = await this.attendance.chapterAttendance(viewer, chapterId);
    sendCsv(res, `${data.chapterName}-attendance.csv`, chapterAttendanceCsv(data));
  }
}
