import { ErrorCode, type FieldErrors } from '@gantry/shared';
import type { ZodError } from 'zod';
import { fieldErrorsOf } from '@gantry/shared';

export { ErrorCode };

/**
 * A domain error: services throw these and never import GraphQL. One place
 * (graphql/format-error.ts) maps the code to `extensions.code`.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: FieldErrors; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  static validation(fields: FieldErrors, message = 'Some fields need attention.'): AppError {
    return new AppError(ErrorCode.BadUserInput, message, { fields });
  }

  static fromZod(error: ZodError): AppError {
    return AppError.validation(fieldErrorsOf(error));
  }

  static notFound(what = 'That record'): AppError {
    return new AppError(ErrorCode.NotFound, `${what} was not found.`);
  }

  static forbidden(message = 'You do not have permission to do that.'): AppError {
    return new AppError(ErrorCode.Forbidden, message);
  }

  static unauthenticated(): AppError {
    return new AppError(ErrorCode.Unauthenticated, 'Sign in to continue.');
  }

  static conflict(message: string): AppError {
    return new AppError(ErrorCode.Conflict, message);
  }
}

/** Parse input with a shared zod schema; a failure becomes a field-level BAD_USER_INPUT. */
export function parseInput<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodError } }, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw AppError.fromZod(r.error);
  return r.data;
}

/** True when a database error is a unique violation (optionally of a named constraint). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.code ?? e?.driverError?.code;
  const name = e?.constraint ?? e?.driverError?.constraint;
  return code === '23505' && (!constraint || name === constraint);
}
