/**
 * Uploading a file to the API's `POST /files?purpose=…` (multipart, one part named
 * `file`), with XMLHttpRequest rather than fetch: it reports upload progress and can be
 * aborted. Same origin, so the session cookie goes along; the CSRF header marks the
 * request as coming from the app.
 */

export type FilePurpose = 'MATERIAL' | 'SUBMISSION';

/** What the API answers with a 201. */
export interface UploadedFile {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
}

/** Why an upload failed: the API's error code (or NETWORK / ABORTED / INVALID_RESPONSE), its HTTP status and message. */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

export const UPLOAD_ABORTED = 'ABORTED';
export const UPLOAD_NETWORK = 'NETWORK';

export interface UploadHandle {
  promise: Promise<UploadedFile>;
  abort: () => void;
}

function isUploaded(v: unknown): v is UploadedFile {
  const o = v as Record<string, unknown> | null;
  return !!o && typeof o.id === 'string' && typeof o.filename === 'string' && typeof o.contentType === 'string' && typeof o.sizeBytes === 'number';
}

function readErrorBody(text: string): { code?: string; message?: string } {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    return { code: typeof body.code === 'string' ? body.code : undefined, message: typeof body.message === 'string' ? body.message : undefined };
  } catch {
    return {};
  }
}

export function uploadFile(file: File, purpose: FilePurpose, onProgress: (fraction: number) => void, endpoint = '/files'): UploadHandle {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<UploadedFile>((resolve, reject) => {
    xhr.open('POST', `${endpoint}?purpose=${encodeURIComponent(purpose)}`);
    xhr.setRequestHeader('x-gantry-csrf', '1');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.min(1, e.loaded / e.total));
    };
    xhr.onload = () => {
      if (xhr.status === 201 || xhr.status === 200) {
        let body: unknown = null;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          // handled below
        }
        if (isUploaded(body)) {
          onProgress(1);
          resolve(body);
        } else {
          reject(new UploadError('INVALID_RESPONSE', 'The server answered in a way Gantry did not expect.', xhr.status));
        }
        return;
      }
      const { code, message } = readErrorBody(xhr.responseText);
      reject(new UploadError(code ?? `HTTP_${xhr.status}`, message ?? '', xhr.status));
    };
    xhr.onerror = () => reject(new UploadError(UPLOAD_NETWORK, '', 0));
    xhr.onabort = () => reject(new UploadError(UPLOAD_ABORTED, '', 0));
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
  return { promise, abort: () => xhr.abort() };
}
