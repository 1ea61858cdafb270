/**
 * Reading GraphQL errors the way the API writes them: `extensions.code` (a stable
 * `ErrorCode`), `extensions.fields` (field → messages, from the shared zod rules) and
 * a human message. Components never look at transport details; they call these.
 */
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { ErrorCode, type FieldErrors } from '@gantry/shared';

export interface ErrorInfo {
  /** An `ErrorCode`, or 'NETWORK' when the API could not be reached. */
  code: string;
  message: string;
  fields: FieldErrors;
  retryAfterSeconds?: number;
}

export const NETWORK_ERROR = 'NETWORK';

const NETWORK_MESSAGE = 'We could not reach Gantry. Check your connection and try again.';
const UNKNOWN_MESSAGE = 'Something went wrong. Try again in a moment.';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function readFields(raw: unknown): FieldErrors {
  const out: FieldErrors = {};
  if (!isRecord(raw)) return out;
  for (const [key, value] of Object.entries(raw)) {
    const messages = Array.isArray(value) ? value.filter((m): m is string => typeof m === 'string') : typeof value === 'string' ? [value] : [];
    if (messages.length) out[key] = messages;
  }
  return out;
}

/** What went wrong, in terms the UI can act on. */
export function describeError(error: unknown): ErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const fields: FieldErrors = {};
    for (const e of error.errors) {
      for (const [k, v] of Object.entries(readFields(e.extensions?.fields))) (fields[k] ??= []).push(...v);
    }
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : ErrorCode.Internal;
    const retry = first?.extensions?.retryAfterSeconds;
    return {
      code,
      message: first?.message || UNKNOWN_MESSAGE,
      fields,
      ...(typeof retry === 'number' ? { retryAfterSeconds: retry } : {}),
    };
  }
  if (ServerError.is(error) || ServerParseError.is(error) || (error instanceof TypeError && /fetch/i.test(error.message))) {
    return { code: NETWORK_ERROR, message: NETWORK_MESSAGE, fields: {} };
  }
  return { code: ErrorCode.Internal, message: UNKNOWN_MESSAGE, fields: {} };
}

export function errorCode(error: unknown): string | undefined {
  return error ? describeError(error).code : undefined;
}

export function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === ErrorCode.Unauthenticated);
}

/** The part of a Mantine form these helpers need. */
export interface FieldErrorTarget {
  values: object;
  setFieldError: (path: string, error: string) => void;
}

/** Whether a dotted path (`pattern.startDate`, `sessionTitles.2`) names a form value. */
function hasPath(values: object, path: string): boolean {
  let at: unknown = values;
  for (const key of path.split('.')) {
    if (!isRecord(at) || !(key in at)) return false;
    at = at[key];
  }
  return true;
}

/**
 * Put each field message from the API on the form field of the same name (nested
 * fields by their dotted path, as the API names them: `pattern.startDate`). Returns the
 * message to show above the form for whatever could not be placed on a field (or null).
 * `rename` maps an API field name to a form field when they differ.
 */
export function applyServerErrors(form: FieldErrorTarget, error: unknown, rename: Record<string, string> = {}): string | null {
  const info = describeError(error);
  const leftOver: string[] = [];
  let placed = 0;
  for (const [apiField, messages] of Object.entries(info.fields)) {
    const field = rename[apiField] ?? apiField;
    if (hasPath(form.values, field)) {
      form.setFieldError(field, messages.join(' '));
      placed++;
    } else {
      leftOver.push(...messages);
    }
  }
  if (leftOver.length) return leftOver.join(' ');
  if (placed > 0 && info.code === ErrorCode.BadUserInput) return null;
  return info.message;
}
