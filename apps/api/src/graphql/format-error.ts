import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { AppError, ErrorCode } from '../common/errors/app-error';

const logger = new Logger('GraphQL');

/** The one place where a domain error code becomes `extensions.code`. */
export function extensionCode(code: ErrorCode): string {
  switch (code) {
    case ErrorCode.BadUserInput:
    case ErrorCode.Unauthenticated:
    case ErrorCode.Forbidden:
    case ErrorCode.NotFound:
    case ErrorCode.Conflict:
    case ErrorCode.RateLimited:
    case ErrorCode.InvalidCredentials:
    case ErrorCode.InvalidToken:
    case ErrorCode.Internal:
      return code;
    default: {
      const never: never = code;
      return never;
    }
  }
}

/** Codes GraphQL itself produces for malformed requests: safe to pass through. */
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: extensionCode(original.code),
        ...(original.details.fields ? { fields: original.details.fields } : {}),
        ...(original.details.retryAfterSeconds !== undefined ? { retryAfterSeconds: original.details.retryAfterSeconds } : {}),
      },
    };
  }
  if (original instanceof HttpException) {
    const status = original.getStatus();
    const code = status === 401 ? ErrorCode.Unauthenticated : status === 403 ? ErrorCode.Forbidden : status === 404 ? ErrorCode.NotFound : status === 429 ? ErrorCode.RateLimited : status < 500 ? ErrorCode.BadUserInput : ErrorCode.Internal;
    return { ...base, message: status < 500 ? original.message : 'Something went wrong on our side.', extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERRORS.has(code)) {
    return { ...base, extensions: { code } };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected GraphQL error');
  return { ...base, message: 'Something went wrong on our side. It has been logged.', extensions: { code: ErrorCode.Internal } };
}
