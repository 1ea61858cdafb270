import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FilesConfig } from '../config/config';

export type Disposition = 'inline' | 'attachment';

/**
 * Signed, expiring links to `/files/:id/content`: the signature is the credential, so a
 * link can be opened in a new tab, an <img> or an <iframe> without cookies, and is
 * useless after it expires. HMAC-SHA256 over id, expiry and disposition.
 */
export class FileLinkSigner {
  constructor(private readonly key: Buffer) {}

  sign(id: string, exp: number, disposition: Disposition): string {
    return createHmac('sha256', this.key).update(`file-content\n${id}\n${exp}\n${disposition}`).digest('base64url');
  }

  /** 'ok', 'expired' (genuine link, past its time) or 'invalid' (anything else); constant-time. */
  verify(id: string, exp: string | undefined, disposition: Disposition, sig: string | undefined, nowSeconds: number): 'ok' | 'expired' | 'invalid' {
    if (!exp || !/^\d{1,12}$/.test(exp) || !sig || !/^[A-Za-z0-9_-]{43}$/.test(sig)) return 'invalid';
    // Compare the text, not decoded bytes: the last base64url character carries two
    // unused bits, so decoding would accept four spellings of one signature.
    const expected = Buffer.from(this.sign(id, Number(exp), disposition), 'ascii');
    const given = Buffer.from(sig, 'ascii');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
    return Number(exp) > nowSeconds ? 'ok' : 'expired';
  }
}

/**
 * The signing key: derived from FILE_URL_SECRET when set; otherwise a random key kept in
 * the local files folder (so every process sharing that folder, and restarts, agree), or
 * one made for this process (memory-only data, or S3 where links are presigned by S3).
 */
export async function loadLinkKey(files: FilesConfig): Promise<Buffer> {
  if (files.urlSecret) return Buffer.from(hkdfSync('sha256', files.urlSecret, 'gantry', 'file-links', 32));
  if (files.storage.driver === 'local' && !files.storage.ephemeral) {
    const path = join(files.storage.dir, '.link-key');
    await mkdir(files.storage.dir, { recursive: true });
    // Written aside, then linked into place: processes starting together all read one whole key.
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(tmp, randomBytes(32).toString('base64'), { mode: 0o600 });
    try {
      await link(tmp, path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      await rm(tmp, { force: true });
    }
    const key = Buffer.from((await readFile(path, 'utf8')).trim(), 'base64');
    if (key.length >= 32) return key;
  }
  return randomBytes(32);
}
