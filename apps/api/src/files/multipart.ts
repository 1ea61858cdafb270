import busboy, { type FileInfo } from 'busboy';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import { AppError } from '../common/errors/app-error';

/** The multipart part that carries the file. */
export const FILE_PART = 'file';

const bad = (message: string) => AppError.validation({ file: [message] }, message);

/**
 * Reads a multipart/form-data request holding exactly one file part named `file`,
 * streaming it to `onFile` (nothing is buffered here). Anything else — no file, a second
 * file, another field, a cut-off body — is BAD_USER_INPUT; a file that was already
 * stored when the request turned out malformed is handed to `onDiscard`. On any failure
 * the rest of the request body is drained, not parsed.
 */
export function receiveSingleFile<T>(
  req: Request,
  opts: { maxBytes: number },
  onFile: (stream: Readable, info: FileInfo) => Promise<T>,
  onDiscard: (result: T) => Promise<void>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        // One byte over the limit, so the upload can tell "exactly the limit" from "over".
        limits: { fileSize: opts.maxBytes + 1, files: 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 20 },
      });
    } catch {
      reject(bad('Send the file as multipart/form-data.'));
      return;
    }
    let settled = false;
    let pending: Promise<T> | undefined;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      req.unpipe(bb);
      bb.destroy();
      req.resume();
      pending?.then(onDiscard, () => undefined).catch(() => undefined);
      reject(err);
    };
    bb.on('file', (name, stream, info) => {
      // Errors reach the consumer through its reads; this keeps a late one (after we gave up) from crashing the process.
      stream.on('error', () => undefined);
      if (name !== FILE_PART || pending) {
        stream.resume();
        fail(bad(`Send the file in one part named "${FILE_PART}".`));
        return;
      }
      // Browsers escape `"`, CR and LF in multipart file names (WHATWG HTML); undo that.
      const filename = (info.filename ?? '').replace(/%22/g, '"').replace(/%0D|%0A/gi, ' ');
      pending = onFile(stream, { ...info, filename });
      pending.catch(fail);
    });
    bb.on('field', (name) => fail(bad(`Send only the file (the form had a field "${name.slice(0, 40)}").`)));
    bb.on('filesLimit', () => fail(bad('Send one file at a time.')));
    bb.on('fieldsLimit', () => fail(bad('Send only the file.')));
    bb.on('partsLimit', () => fail(bad('Send only the file.')));
    bb.on('error', () => fail(bad('The upload was cut short. Try again.')));
    bb.on('close', () => {
      if (settled) return;
      if (!pending) {
        fail(bad('Choose a file to upload.'));
        return;
      }
      pending.then(
        (result) => {
          if (settled) return void onDiscard(result).catch(() => undefined);
          settled = true;
          resolve(result);
        },
        fail,
      );
    });
    // A client that goes away mid-upload: stop, and let the storage drop the partial object.
    req.on('close', () => {
      if (!req.complete) {
        const err = bad('The upload was cut short. Try again.');
        bb.destroy(err);
        fail(err);
      }
    });
    req.pipe(bb);
  });
}
