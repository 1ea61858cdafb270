import { pipeline } from 'node:stream/promises';
import { Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Authenticated, Public } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { RequestWithViewer, Viewer } from '../common/auth/viewer';
import { AppError } from '../common/errors/app-error';
import { RateLimitService } from '../common/security/rate-limit.service';
import { FilePurpose } from './stored-file.entity';
import { FilesService } from './files.service';
import { FilesHttpFilter } from './files-http.filter';
import { receiveSingleFile } from './multipart';
import { contentDisposition } from './filename';
import type { ByteRange } from './file-storage';

/** A cross-site form cannot send a custom header, so uploads must carry this one. */
export const CSRF_HEADER = 'x-gantry-csrf';
/** Room for the multipart framing around the file when judging Content-Length. */
const FRAMING_BYTES = 64 * 1024;

/**
 * Sandboxed, script-free rendering of a stored file. `sandbox` stays: Chromium's PDF
 * viewer still renders a PDF under it, opened in a tab or in a same-origin iframe
 * (checked by hand with Chromium 156; `frame-ancestors 'self'` allows that iframe only).
 */
export const FILE_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

@Controller('files')
@UseFilters(FilesHttpFilter)
export class FilesController {
  constructor(
    private readonly files: FilesService,
    private readonly rateLimit: RateLimitService,
  ) {}

  /**
   * `POST /files?purpose=MATERIAL|SUBMISSION`: multipart/form-data with one part named
   * `file`, streamed to storage. 201 `{ id, filename, contentType, sizeBytes }`.
   */
  @Authenticated()
  @Post()
  async upload(
    @CurrentViewer() viewer: Viewer,
    @Query('purpose') purposeParam: string | undefined,
    @Req() req: RequestWithViewer,
    @Res() res: Response,
  ): Promise<void> {
    if (req.get(CSRF_HEADER) !== '1') throw AppError.forbidden(`Uploads must send the ${CSRF_HEADER} header.`);
    const purpose = Object.values(FilePurpose).find((p) => p === purposeParam);
    if (!purpose) throw AppError.validation({ purpose: ['Use purpose=MATERIAL or purpose=SUBMISSION.'] }, 'Use purpose=MATERIAL or purpose=SUBMISSION.');
    this.files.assertMayUpload(viewer, purpose);
    await this.rateLimit.consume('uploadPerUser', viewer.userId);
    const maxBytes = this.files.maxBytes(purpose);
    if (Number(req.get('content-length') ?? 0) > maxBytes + FRAMING_BYTES) throw this.files.tooLarge(purpose);
    const stored = await receiveSingleFile(
      req,
      { maxBytes },
      (stream, info) => this.files.store(viewer, purpose, { stream, filename: info.filename ?? '', declaredType: info.mimeType }),
      (file) => this.files.discard(file.id),
    );
    res.status(201).setHeader('Cache-Control', 'no-store');
    res.json({ id: stored.id, filename: stored.filename, contentType: stored.contentType, sizeBytes: stored.sizeBytes });
  }

  /**
   * `GET|HEAD /files/:id/content?exp=&sig=&dl=0|1`: the signature is the credential, so
   * no session is needed; it is checked before the file is looked up.
   */
  @Public()
  @Get(':id/content')
  async content(
    @Param('id') id: string,
    @Query() q: { exp?: string; sig?: string; dl?: string },
    @Req() req: RequestWithViewer,
    @Res() res: Response,
  ): Promise<void> {
    const { file, disposition, remainingSeconds } = await this.files.openLink(id, {
      exp: typeof q.exp === 'string' ? q.exp : undefined,
      sig: typeof q.sig === 'string' ? q.sig : undefined,
      dl: typeof q.dl === 'string' ? q.dl : undefined,
    });
    const etag = `"${file.sha256}"`;
    res.setHeader('Content-Type', this.files.servedType(file));
    res.setHeader('Content-Disposition', contentDisposition(disposition, file.filename));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', FILE_CSP);
    res.setHeader('Cache-Control', `private, max-age=${Math.max(0, remainingSeconds)}`);
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', file.createdAt.toUTCString());
    res.setHeader('Accept-Ranges', 'bytes');
    if (req.get('if-none-match') === etag) {
      res.status(304).end();
      return;
    }
    const range = parseRange(req.get('range'), file.sizeBytes, req.get('if-range'), etag);
    if (range === 'unsatisfiable') {
      res.setHeader('Content-Range', `bytes */${file.sizeBytes}`);
      res.removeHeader('Content-Disposition');
      res.status(416).end();
      return;
    }
    if (range) {
      res.status(206).setHeader('Content-Range', `bytes ${range.start}-${range.end}/${file.sizeBytes}`);
      res.setHeader('Content-Length', String(range.end - range.start + 1));
    } else {
      res.status(200).setHeader('Content-Length', String(file.sizeBytes));
    }
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const body = await this.files.read(file, range ?? undefined);
    try {
      await pipeline(body, res);
    } catch (e) {
      // A reader that goes away is normal; anything else is logged by the filter.
      if (!res.writableEnded && !req.destroyed) throw e;
    }
  }
}

/** One `bytes=` range (what PDF viewers ask for); several ranges get the whole file. */
export function parseRange(header: string | undefined, size: number, ifRange: string | undefined, etag: string): ByteRange | 'unsatisfiable' | null {
  if (!header || size === 0) return null;
  if (ifRange && ifRange !== etag) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start: number;
  let end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    if (start > end || start >= size) return 'unsatisfiable';
  }
  return { start, end };
}
