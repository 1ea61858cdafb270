import { ArgumentsHost, Catch, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, ErrorCode } from '../common/errors/app-error';
import { describeHttpError } from '../common/errors/http-exception.filter';
import { FileError } from './file.errors';

/**
 * The file routes answer errors as a flat `{ code, message }` (the upload contract the
 * web app is built against), with the file codes FILE_TOO_LARGE (413),
 * FILE_TYPE_NOT_ALLOWED (415) and LINK_EXPIRED (403) beside the shared ones.
 */
@Catch()
export class FilesHttpFilter implements ExceptionFilter {
  private readonly logger = new Logger('Files');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      // Mid-stream (storage failed while sending bytes): all we can do is cut the response.
      this.logger.error({ err: exception }, 'file response failed after headers were sent');
      res.destroy();
      return;
    }
    const send = (status: number, code: string, message: string) => {
      // Headers a file response may have set before failing describe the file, not this error.
      for (const h of ['Content-Disposition', 'Content-Length', 'Content-Range', 'ETag', 'Last-Modified', 'Accept-Ranges']) res.removeHeader(h);
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.status(status).json({ code, message });
    };
    if (exception instanceof FileError) return send(exception.status, exception.code, exception.message);
    if (exception instanceof AppError && exception.details.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(exception.details.retryAfterSeconds));
    const known = describeHttpError(exception);
    if (known) return send(known.status, known.code, known.message);
    this.logger.error({ err: exception }, 'unexpected file route error');
    send(500, ErrorCode.Internal, 'Something went wrong on our side.');
  }
}
