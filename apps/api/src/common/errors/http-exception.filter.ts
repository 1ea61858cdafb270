import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, ErrorCode } from './app-error';

/** HTTP status of each shared error code. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.InvalidCredentials]: 401,
  [ErrorCode.InvalidToken]: 400,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.Internal]: 500,
};

/** Status, code and message of any error thrown in an HTTP route (null: unexpected, log it and answer 500). */
export function describeHttpError(exception: unknown): { status: number; code: ErrorCode; message: string } | null {
  if (exception instanceof AppError) return { status: HTTP_STATUS[exception.code], code: exception.code, message: exception.message };
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return { status, code: status === 404 ? ErrorCode.NotFound : status >= 500 ? ErrorCode.Internal : ErrorCode.BadUserInput, message: exception.message };
  }
  return null;
}

/** HTTP routes answer errors as `{ error: { code, message } }`; GraphQL errors pass through to formatError. */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    const known = describeHttpError(exception);
    if (known) {
      res.status(known.status).json({ error: { code: known.code, message: known.message } });
    } else {
      this.logger.error({ err: exception }, 'unexpected HTTP error');
      res.status(500).json({ error: { code: ErrorCode.Internal, message: 'Something went wrong on our side.' } });
    }
    return undefined;
  }
}
