import type { Readable } from 'node:stream';
import type { Disposition } from './file-links';

export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** A byte range, both ends inclusive (as in HTTP's Range header). */
export interface ByteRange {
  start: number;
  end: number;
}

export interface SignedUrlOptions {
  filename: string;
  contentType: string;
  disposition: Disposition;
  expiresIn: number;
}

/**
 * Where file bytes live. Keys are ours (random, never a user's filename). Drivers:
 * local disk (LocalFileStorage) and S3-compatible buckets (S3FileStorage).
 */
export interface FileStorage {
  /**
   * Store the stream under the key. Resolves once the object is complete; if the stream
   * errors (a size limit, a client that went away) nothing is left under the key.
   */
  put(key: string, body: Readable, meta: { contentType: string }): Promise<void>;
  /** The object's bytes (or a range of them); ObjectNotFoundError when there is none. */
  get(key: string, range?: ByteRange): Promise<Readable>;
  /** Remove the object; no error when it is already gone. */
  delete(key: string): Promise<void>;
  /** A direct URL for the browser, or null when the API serves the bytes itself. */
  signedUrl(key: string, opts: SignedUrlOptions): Promise<string | null>;
  /** The origin of `signedUrl`'s URLs, when they are not the API's (for the web app's CSP). */
  linkOrigin?(): Promise<string>;
  /** Release connections at shutdown. */
  close?(): void;
}
