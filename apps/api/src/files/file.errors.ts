/**
 * Outcomes of the file routes that GraphQL never sees, with the HTTP status each is
 * answered with. (Shared codes — BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, … — stay
 * AppErrors.)
 */
export const FileErrorCode = {
  FileTooLarge: 'FILE_TOO_LARGE',
  FileTypeNotAllowed: 'FILE_TYPE_NOT_ALLOWED',
  LinkExpired: 'LINK_EXPIRED',
} as const;
export type FileErrorCode = (typeof FileErrorCode)[keyof typeof FileErrorCode];

const STATUS: Record<FileErrorCode, number> = {
  [FileErrorCode.FileTooLarge]: 413,
  [FileErrorCode.FileTypeNotAllowed]: 415,
  [FileErrorCode.LinkExpired]: 403,
};

export class FileError extends Error {
  readonly status: number;

  constructor(
    readonly code: FileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FileError';
    this.status = STATUS[code];
  }
}

/** The storage has no object under that key. */
export class ObjectNotFoundError extends Error {
  constructor(key: string) {
    super(`No stored object ${key}`);
    this.name = 'ObjectNotFoundError';
  }
}
