import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Authenticated } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { Viewer } from '../common/auth/viewer';
import { AppError } from '../common/errors/app-error';
import { contentDisposition } from '../files/filename';
import { CertificatesService } from './certificates.service';

/** The certificate as a PDF, at `/exports/certificates/:id.pdf`: its student and the cohort's managers; 404 for anyone else. */
@Controller('exports/certificates')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Authenticated()
  @Get(':file')
  @Header('Cache-Control', 'private, no-store')
  async pdf(@CurrentViewer() viewer: Viewer, @Param('file') file: string, @Res() res: Response): Promise<void> {
    const id = /^(.+)\.pdf$/.exec(file)?.[1];
    if (!id) throw AppError.notFound('That certificate');
    const { filename, body } = await this.certificates.pdf(viewer, id);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', contentDisposition('attachment', filename));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(body);
  }
}
