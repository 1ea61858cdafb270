import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ObjectNotFoundError } from './file.errors';
import type { ByteRange, FileStorage } from './file-storage';

const KEY = /^[a-z0-9]+(?:\/[a-z0-9-]+)+$/;

/**
 * Files on local disk under one folder (DATA_DIR/files). Each object is written to a
 * temporary name and renamed into place when complete, so a reader never sees half a
 * file and a failed upload leaves nothing behind.
 */
export class LocalFileStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, body: Readable): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const tmp = `${path}.${randomBytes(6).toString('hex')}.part`;
    try {
      await pipeline(body, createWriteStream(tmp, { flags: 'wx', mode: 0o600 }));
      await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    try {
      const fh = await open(this.pathOf(key), 'r');
      return fh.createReadStream(range ? { start: range.start, end: range.end } : {});
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new ObjectNotFoundError(key);
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async signedUrl(): Promise<null> {
    return null; // served through GET /files/:id/content
  }

  /** Keys are ours, but checked anyway: nothing may reach outside the root. */
  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`Bad storage key ${JSON.stringify(key)}`);
    const path = join(this.root, ...key.split('/'));
    if (!path.startsWith(this.root + sep)) throw new Error(`Bad storage key ${JSON.stringify(key)}`);
    return path;
  }
}
