import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Permission } from '@gantry/shared';
import { Allow } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { Viewer } from '../common/auth/viewer';
import { contentDisposition } from '../files/filename';
import { GradingService } from './grading.service';

/**
 * The gradebook as a CSV download, for the cohort's managers. Served at
 * `/exports/cohorts/:cohortId/gradebook.csv`: `/cohorts/*` are the web app's pages, and
 * `/exports/` is routed to the API in production and by the dev proxy.
 */
@Controller()
export class GradebookController {
  constructor(private readonly grading: GradingService) {}

  @Allow(Permission.ManageCohort)
  @Get('exports/cohorts/:cohortId/gradebook.csv')
  @Header('Cache-Control', 'private, no-store')
  async csv(@CurrentViewer() viewer: Viewer, @Param('cohortId') cohortId: string, @Res() res: Response): Promise<void> {
    const { filename, body } = await this.grading.gradebookCsv(viewer, cohortId);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', contentDisposition('attachment', filename));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(body);
  }
}
