import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { FilesConfig } from '../config/config';
import { contentDisposition } from './filename';
import { ObjectNotFoundError } from './file.errors';
import type { ByteRange, FileStorage, SignedUrlOptions } from './file-storage';

type S3Settings = Extract<FilesConfig['storage'], { driver: 's3' }>;

/** S3's smallest part (all but the last); also the most one upload holds in memory. */
export const PART_BYTES = 5 * 1024 * 1024;

/**
 * Files in an S3-compatible bucket (AWS, MinIO, R2, …). Uploads of unknown length are
 * sent as a multipart upload in 5 MB parts (one part in memory at a time); small files
 * as one PUT. Browsers fetch through presigned GET URLs carrying the content type and
 * disposition.
 */
export class S3FileStorage implements FileStorage {
  readonly client: S3Client;
  private readonly bucket: string;
  private readonly settings: S3Settings;

  constructor(s: S3Settings) {
    this.bucket = s.bucket;
    this.settings = s;
    this.client = new S3Client({
      region: s.region,
      endpoint: s.endpoint,
      forcePathStyle: s.forcePathStyle,
      credentials: s.credentials,
      // We hash every upload ourselves (sha256); the SDK's default CRC checksums on each
      // request are not understood by every S3-compatible server.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Readable, meta: { contentType: string }): Promise<void> {
    let uploadId: string | undefined;
    const parts: { ETag?: string; PartNumber: number }[] = [];
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flushPart = async () => {
      uploadId ??= (await this.client.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key, ContentType: meta.contentType }))).UploadId;
      const PartNumber = parts.length + 1;
      const data = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      const { ETag } = await this.client.send(new UploadPartCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId, PartNumber, Body: data, ContentLength: data.length }));
      parts.push({ ETag, PartNumber });
    };
    try {
      for await (const chunk of body) {
        const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
        pending.push(b);
        pendingBytes += b.length;
        if (pendingBytes >= PART_BYTES) await flushPart();
      }
      if (!uploadId) {
        const data = Buffer.concat(pending, pendingBytes);
        await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: data, ContentLength: data.length, ContentType: meta.contentType }));
        return;
      }
      if (pendingBytes > 0) await flushPart();
      await this.client.send(new CompleteMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId, MultipartUpload: { Parts: parts } }));
    } catch (e) {
      if (uploadId) {
        await this.client.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId })).catch(() => undefined);
      }
      throw e;
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    try {
      const res = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
      );
      return res.Body as Readable;
    } catch (e) {
      if (e instanceof S3ServiceException && (e.name === 'NoSuchKey' || e.$metadata.httpStatusCode === 404)) throw new ObjectNotFoundError(key);
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async signedUrl(key: string, o: SignedUrlOptions): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ResponseContentType: o.contentType,
      ResponseContentDisposition: contentDisposition(o.disposition, o.filename),
      ResponseCacheControl: `private, max-age=${o.expiresIn}`,
    });
    return getSignedUrl(this.client, command, { expiresIn: o.expiresIn });
  }

  /**
   * The origin presigned URLs point at (path-style or virtual-hosted, as the SDK decides),
   * found by presigning with throwaway credentials so start-up never waits for real ones.
   */
  async linkOrigin(): Promise<string> {
    const s = this.settings;
    const probe = new S3Client({
      region: s.region,
      endpoint: s.endpoint,
      forcePathStyle: s.forcePathStyle,
      credentials: { accessKeyId: 'probe', secretAccessKey: 'probe' },
    });
    try {
      return new URL(await getSignedUrl(probe, new GetObjectCommand({ Bucket: this.bucket, Key: 'probe' }), { expiresIn: 60 })).origin;
    } finally {
      probe.destroy();
    }
  }

  close(): void {
    this.client.destroy();
  }
}
