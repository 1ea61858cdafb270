import { createHash, randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { z } from 'zod';
import { Permission, rolesGrant } from '@gantry/shared';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { FilePurpose, StoredFileEntity } from './stored-file.entity';
import { FileError, FileErrorCode, ObjectNotFoundError } from './file.errors';
import { FILE_STORAGE, type ByteRange, type FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { FileLinkSigner, loadLinkKey, type Disposition } from './file-links';
import { describeKinds, formatMegabytes, kindOfStored, previewOf, sniffKind, uploadLimits, Utf8TextCheck, FilePreview } from './file-types';
import { sanitizeFilename } from './filename';

/** Enough of the start of a file for `file-type` to tell an Office document from any zip. */
export const SNIFF_BYTES = 256 * 1024;
/** Uploads never attached to anything are deleted after this long. */
export const UNATTACHED_TTL_HOURS = 24;

export interface Upload {
  stream: Readable;
  /** The name the browser sent (never used as a storage key). */
  filename: string;
  /** The type the browser declared (only consulted for plain text, which has no magic bytes). */
  declaredType?: string;
}

/** A checked link to a file's bytes. */
export interface LinkedFile {
  file: StoredFileEntity;
  disposition: Disposition;
  /** Seconds until the link expires. */
  remainingSeconds: number;
}

const uuid = z.uuid();

/**
 * Uploaded files: stored under random keys behind the FileStorage interface, with a
 * `stored_file` row holding the sniffed type, size and sha256. Types are decided from
 * the bytes, sizes are hard limits while streaming, and the browser reaches the bytes
 * only through short-lived signed links.
 */
@Injectable()
export class FilesService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(FilesService.name);
  private signer?: FileLinkSigner;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async onModuleInit(): Promise<void> {
    this.signer = new FileLinkSigner(await loadLinkKey(this.config.files));
  }

  async onApplicationShutdown(): Promise<void> {
    this.storage.close?.();
    const s = this.config.files.storage;
    if (s.driver === 'local' && s.ephemeral) await rm(s.dir, { recursive: true, force: true });
  }

  // ---- uploading ----

  maxBytes(purpose: FilePurpose): number {
    return this.config.files.maxBytes[purpose];
  }

  limits(purpose: FilePurpose): { maxBytes: number; contentTypes: string[]; extensions: string[] } {
    return uploadLimits(purpose, this.maxBytes(purpose));
  }

  /** Library files come from library users; submissions from anyone signed in (issue 5 checks the assignment). */
  assertMayUpload(viewer: Viewer, purpose: FilePurpose): void {
    if (purpose === FilePurpose.Material && !rolesGrant(viewer.roles, Permission.UseLibrary)) {
      throw AppError.forbidden('Only mentors and chapter admins can add files to the library.');
    }
  }

  tooLarge(purpose: FilePurpose): FileError {
    return new FileError(FileErrorCode.FileTooLarge, `The file is larger than the ${formatMegabytes(this.maxBytes(purpose))} limit.`);
  }

  /**
   * Streams an upload into storage and records it. The kind is sniffed from the first
   * bytes and refused if the purpose does not allow it, whatever the name or declared
   * type say; the size limit is enforced while streaming (the partial object is deleted).
   */
  async store(viewer: Viewer, purpose: FilePurpose, upload: Upload): Promise<StoredFileEntity> {
    this.assertMayUpload(viewer, purpose);
    const maxBytes = this.maxBytes(purpose);
    const chunks = upload.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    let finished = false;
    try {
      const head = await readHead(chunks, SNIFF_BYTES);
      if (head.length === 0) throw AppError.validation({ file: ['The file is empty.'] }, 'The file is empty.');
      if (head.length > maxBytes) throw this.tooLarge(purpose);
      const sniffed = await sniffKind(purpose, head, upload);
      if (!sniffed) {
        throw new FileError(FileErrorCode.FileTypeNotAllowed, `This type of file cannot be uploaded here. Upload ${describeKinds(purpose)}.`);
      }
      const hash = createHash('sha256');
      const text = sniffed.kind.unsniffable ? new Utf8TextCheck() : undefined;
      let size = 0;
      const tooLarge = () => this.tooLarge(purpose);
      const metered = async function* (): AsyncGenerator<Buffer> {
        let next: IteratorResult<Buffer> = { done: false, value: head };
        while (!next.done) {
          const chunk = next.value;
          size += chunk.length;
          if (size > maxBytes) throw tooLarge();
          try {
            text?.push(chunk);
          } catch {
            throw new FileError(FileErrorCode.FileTypeNotAllowed, 'A .txt file must be plain UTF-8 text.');
          }
          hash.update(chunk);
          yield chunk;
          next = await chunks.next();
        }
        try {
          text?.end();
        } catch {
          throw new FileError(FileErrorCode.FileTypeNotAllowed, 'A .txt file must be plain UTF-8 text.');
        }
      };
      const key = `${purpose.toLowerCase()}/${randomUUID()}`;
      try {
        await this.storage.put(key, Readable.from(metered()), { contentType: sniffed.kind.mime });
        finished = true;
        const repo = this.db.getRepository(StoredFileEntity);
        return await repo.save(
          repo.create({
            ownerId: viewer.userId,
            storageKey: key,
            filename: sanitizeFilename(upload.filename, sniffed.kind),
            contentType: sniffed.kind.mime,
            sizeBytes: size,
            sha256: hash.digest('hex'),
            purpose,
          }),
        );
      } catch (e) {
        await this.storage.delete(key).catch((err: unknown) => this.logger.warn({ err, key }, 'could not delete a failed upload'));
        throw e;
      }
    } finally {
      // Stop reading what is left of a refused upload (the caller drains the request).
      if (!finished) await chunks.return?.().catch(() => undefined);
    }
  }

  /** Remove a file that was stored but must not be kept (e.g. a request that turned out malformed). */
  async discard(id: string): Promise<void> {
    const file = await this.db.getRepository(StoredFileEntity).findOneBy({ id });
    if (!file) return;
    await this.db.getRepository(StoredFileEntity).delete({ id });
    await this.storage.delete(file.storageKey);
  }

  // ---- reading ----

  async byIds(ids: readonly string[]): Promise<StoredFileEntity[]> {
    const valid = ids.filter((id) => uuid.safeParse(id).success);
    return valid.length ? this.db.getRepository(StoredFileEntity).findBy({ id: In(valid) }) : [];
  }

  /** PDFs and images open in the browser; everything else downloads. */
  dispositionFor(file: Pick<StoredFileEntity, 'contentType'>, wanted: Disposition): Disposition {
    return wanted === 'inline' && previewOf(file.contentType) !== FilePreview.None ? 'inline' : 'attachment';
  }

  /**
   * A short-lived link to the file's bytes for whoever may see the file (the caller has
   * checked that): an S3 presigned URL, or a signed `/files/:id/content` path.
   */
  async link(file: Pick<StoredFileEntity, 'id' | 'storageKey' | 'filename' | 'contentType'>, wanted: Disposition): Promise<string> {
    const disposition = this.dispositionFor(file, wanted);
    const ttl = this.config.files.linkSeconds;
    const direct = await this.storage.signedUrl(file.storageKey, { filename: file.filename, contentType: this.servedType(file), disposition, expiresIn: ttl });
    if (direct) return direct;
    // Rounded up to the minute, so a page asking twice within a minute gets one URL (and browser caching).
    const exp = Math.ceil((Math.floor(Date.now() / 1000) + ttl) / 60) * 60;
    const sig = this.signer!.sign(file.id, exp, disposition);
    // A path on the API's origin, which is the web app's: same-origin for <iframe> and <img>, and proxied in development.
    return `/files/${file.id}/content?exp=${exp}&sig=${sig}&dl=${disposition === 'attachment' ? 1 : 0}`;
  }

  /**
   * Origins other than the app's own that browsers load file links from (the bucket's,
   * with S3), for the web app's Content-Security-Policy (img-src, frame-src).
   */
  async linkOrigins(): Promise<string[]> {
    return this.storage.linkOrigin ? [await this.storage.linkOrigin()] : [];
  }

  /**
   * Checks a signed link before anything is looked up, so a bad or expired link says
   * nothing about whether the file exists.
   */
  async openLink(id: string, q: { exp?: string; sig?: string; dl?: string }): Promise<LinkedFile> {
    const disposition: Disposition = q.dl === '1' ? 'attachment' : 'inline';
    const now = Math.floor(Date.now() / 1000);
    const verdict = uuid.safeParse(id).success && (q.dl === undefined || q.dl === '0' || q.dl === '1') ? this.signer!.verify(id, q.exp, disposition, q.sig, now) : 'invalid';
    if (verdict === 'expired') throw new FileError(FileErrorCode.LinkExpired, 'This link has expired. Go back to the page you came from and open the file again.');
    if (verdict !== 'ok') throw AppError.forbidden('This link is not valid.');
    const file = await this.db.getRepository(StoredFileEntity).findOneBy({ id });
    if (!file) throw AppError.notFound('That file');
    return { file, disposition: this.dispositionFor(file, disposition), remainingSeconds: Number(q.exp) - now };
  }

  /** The Content-Type we serve: the sniffed type (text with its charset). */
  servedType(file: Pick<StoredFileEntity, 'contentType'>): string {
    return kindOfStored(file.contentType)?.unsniffable ? `${file.contentType}; charset=utf-8` : file.contentType;
  }

  async read(file: StoredFileEntity, range?: ByteRange): Promise<Readable> {
    try {
      return await this.storage.get(file.storageKey, range);
    } catch (e) {
      if (e instanceof ObjectNotFoundError) {
        this.logger.error({ fileId: file.id, key: file.storageKey }, 'stored file has no object');
        throw AppError.notFound('That file');
      }
      throw e;
    }
  }

  // ---- housekeeping ----

  /** Tables and columns that attach a file to something (found from the entities' foreign keys). */
  attachments(): { table: string; column: string }[] {
    return this.db.entityMetadatas.flatMap((meta) =>
      meta.foreignKeys
        .filter((fk) => fk.referencedEntityMetadata.target === StoredFileEntity)
        .map((fk) => ({ table: meta.tableName, column: fk.columnNames[0] })),
    );
  }

  /**
   * Deletes uploads older than 24 hours that nothing refers to (a library item or one of
   * its versions, later a homework submission). Row first, then the object: a row never
   * points at a missing object. Returns how many were deleted.
   */
  async deleteUnattached(opts: { olderThanHours?: number; batch?: number } = {}): Promise<number> {
    const hours = opts.olderThanHours ?? UNATTACHED_TTL_HOURS;
    const unattached = this.attachments()
      .map((a) => `NOT EXISTS (SELECT 1 FROM "${a.table}" r WHERE r."${a.column}" = f.id)`)
      .join(' AND ');
    const candidates: { id: string }[] = await this.db.query(
      `SELECT f.id FROM stored_file f WHERE f.created_at < now() - make_interval(hours => $1) ${unattached ? `AND ${unattached}` : ''}
        ORDER BY f.created_at LIMIT $2`,
      [hours, opts.batch ?? 100],
    );
    let deleted = 0;
    for (const { id } of candidates) {
      // Re-checked under a row lock, one file per transaction: an item saved meanwhile wins
      // (MaterialsService takes a share lock on the file it attaches).
      const key = await this.db
        .transaction(async (m) => {
          const rows: { storage_key: string }[] = await m.query(
            `SELECT storage_key FROM stored_file f WHERE f.id = $1 ${unattached ? `AND ${unattached}` : ''} FOR UPDATE SKIP LOCKED`,
            [id],
          );
          if (!rows.length) return null;
          await m.query(`DELETE FROM stored_file WHERE id = $1`, [id]);
          return rows[0].storage_key;
        })
        .catch((e: unknown) => {
          // Attached after all (the foreign keys refuse the delete): keep it.
          if ((e as { code?: string; driverError?: { code?: string } }).code === '23503' || (e as { driverError?: { code?: string } }).driverError?.code === '23503') return null;
          throw e;
        });
      if (!key) continue;
      deleted++;
      await this.storage.delete(key).catch((err: unknown) => this.logger.warn({ err, key }, 'could not delete an unattached file’s object'));
    }
    return deleted;
  }
}

/** Reads chunks until at least `bytes` (or the end); returns them joined. */
async function readHead(chunks: AsyncIterator<Buffer>, bytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let n = 0;
  while (n < bytes) {
    const next = await chunks.next();
    if (next.done) break;
    const b = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    parts.push(b);
    n += b.length;
  }
  return Buffer.concat(parts, n);
}

/** The storage driver the configuration names. */
export function createFileStorage(config: AppConfig): FileStorage {
  const s = config.files.storage;
  if (s.driver === 'local') return new LocalFileStorage(s.dir);
  // Loaded only when configured: the AWS SDK adds about half a second to every start-up.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { S3FileStorage } = require('./s3-file-storage') as typeof import('./s3-file-storage');
  return new S3FileStorage(s);
}
