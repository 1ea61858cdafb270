import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Permission, type QuestionFormatValue } from '@gantry/shared';
import { Allow } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { Viewer } from '../common/auth/viewer';
import { AppError } from '../common/errors/app-error';
import { contentDisposition } from '../files/filename';
import { formatQuestions } from './formats';
import { QuestionsService } from './questions.service';
import type { QuestionScope, QuestionStatus, Difficulty } from './question.entity';

const FORMATS: Record<string, { format: QuestionFormatValue; type: string }> = {
  gift: { format: 'GIFT', type: 'text/plain; charset=utf-8' },
  aiken: { format: 'AIKEN', type: 'text/plain; charset=utf-8' },
  csv: { format: 'CSV', type: 'text/csv; charset=utf-8' },
};

/** `a,b` or repeated `?x=a&x=b` → a list. */
function list(v: string | string[] | undefined): string[] {
  return (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
}

/**
 * Export the bank as a file: `/exports/questions.gift`, `.aiken` or `.csv`, with the list's
 * filters as query parameters (`q`, `domain`, `modality` — ids or codes, comma-separated —
 * `status`, `scope`, `difficulty`). Only questions the viewer may read.
 */
@Controller()
export class QuestionsExportController {
  constructor(private readonly questions: QuestionsService) {}

  @Allow(Permission.UseLibrary)
  @Get('exports/questions.:ext')
  @Header('Cache-Control', 'private, no-store')
  async export(
    @CurrentViewer() viewer: Viewer,
    @Param('ext') ext: string,
    @Query() query: Record<string, string | string[] | undefined>,
    @Res() res: Response,
  ): Promise<void> {
    const kind = FORMATS[ext.toLowerCase()];
    if (!kind) throw AppError.notFound('That export format');
    const filter = {
      q: typeof query.q === 'string' ? query.q : null,
      domains: list(query.domain),
      modalities: list(query.modality),
      statuses: list(query.status).map((s) => s.toUpperCase()) as QuestionStatus[],
      scopes: list(query.scope).map((s) => s.toUpperCase()) as QuestionScope[],
      difficulty: typeof query.difficulty === 'string' && query.difficulty ? (query.difficulty.toUpperCase() as Difficulty) : null,
    };
    const rows = await this.questions.exportRows(viewer, filter);
    res.setHeader('Content-Type', kind.type);
    res.setHeader('Content-Disposition', contentDisposition('attachment', `questions.${ext.toLowerCase()}`));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(formatQuestions(kind.format, rows));
  }
}
