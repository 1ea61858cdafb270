import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * All configuration, validated once at start-up. A bad or missing variable stops the
 * process with a message naming it. Secrets are never logged (see `describeConfig`).
 */
const bool = (def: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? def : ['1', 'true', 'yes'].includes(v)));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.url({ message: 'must be an absolute URL such as https://gantry.example.org' }).optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().default('Gantry <no-reply@gantry.local>'),
  SEED_DEMO: bool(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  COOKIE_SECURE: bool(false),
  TRUST_PROXY: bool(false),
  WEB_DIST: z.string().optional(),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(2_000),
  REMINDER_POLL_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  // Uploaded files (see files/): on local disk under DATA_DIR/files, or in an S3-compatible bucket.
  FILE_STORAGE: z.enum(['local', 's3'], { message: 'must be local or s3' }).optional(),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (3–63 lower-case letters, digits, dots and hyphens)').optional(),
  S3_REGION: z.string().regex(/^[a-z0-9-]+$/, 'must be a region such as us-east-1').default('us-east-1'),
  S3_ENDPOINT: z.url({ protocol: /^https?$/, message: 'must be an absolute URL such as https://s3.example.com (leave unset for AWS)' }).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool(false),
  MATERIAL_FILE_MAX_MB: z.coerce.number().positive('must be more than 0').max(1024, 'must be at most 1024').default(25),
  SUBMISSION_FILE_MAX_MB: z.coerce.number().positive('must be more than 0').max(1024, 'must be at most 1024').default(20),
  FILE_URL_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 48`)').optional(),
  FILE_LINK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(10),
  // Set: /metrics answers only `Authorization: Bearer <token>` (a Prometheus scrape's bearer_token).
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters (e.g. `openssl rand -hex 24`)').optional(),
});

export type Env = z.infer<typeof envSchema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  database: { url?: string; poolSize: number };
  redisUrl?: string;
  mail: { smtpUrl?: string; from: string; pollMs: number };
  seedDemo: boolean;
  logLevel: Env['LOG_LEVEL'];
  auth: { sessionDays: number; cookieSecure: boolean; cookieName: string };
  trustProxy: boolean;
  webDist: string;
  shutdownGraceMs: number;
  reminderPollMs: number;
  files: FilesConfig;
  /** Set: /metrics requires this bearer token. Unset: /metrics is open (restrict it at the proxy). */
  metricsToken?: string;
}

export interface FilesConfig {
  storage:
    | {
        driver: 'local';
        /** DATA_DIR/files; a fresh temporary folder when the data itself is in memory. */
        dir: string;
        /** True when `dir` is a throwaway folder (DATA_DIR=memory://), removed at shutdown. */
        ephemeral: boolean;
      }
    | {
        driver: 's3';
        bucket: string;
        region: string;
        endpoint?: string;
        forcePathStyle: boolean;
        /** Unset: the AWS SDK's default credential chain (environment, profile, instance role). */
        credentials?: { accessKeyId: string; secretAccessKey: string };
      };
  maxBytes: { MATERIAL: number; SUBMISSION: number };
  /** Signs `/files/:id/content` links; unset = a key kept beside the files (local) or made per process. */
  urlSecret?: string;
  linkSeconds: number;
}

export class ConfigError extends Error {}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable is an unset one: docker compose passes `${SMTP_URL:-}` as "".
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const storageIssues = filesStorageIssues(e);
  if (storageIssues.length) throw new ConfigError(`Invalid configuration:\n${storageIssues.map((l) => `  ${l}`).join('\n')}`);
  const isProduction = e.NODE_ENV === 'production';
  return {
    env: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    dataDir: e.DATA_DIR.startsWith('memory://') ? e.DATA_DIR : resolve(e.DATA_DIR),
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE },
    redisUrl: e.REDIS_URL,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, pollMs: e.OUTBOX_POLL_MS },
    seedDemo: e.SEED_DEMO && !isProduction,
    logLevel: e.LOG_LEVEL,
    auth: { sessionDays: e.SESSION_DAYS, cookieSecure: e.COOKIE_SECURE || isProduction, cookieName: 'gantry_session' },
    trustProxy: e.TRUST_PROXY,
    webDist: e.WEB_DIST ? resolve(e.WEB_DIST) : resolve(__dirname, '../../../web/dist'),
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    reminderPollMs: e.REMINDER_POLL_MS,
    files: filesConfig(e),
    metricsToken: e.METRICS_TOKEN,
  };
}

const MB = 1024 * 1024;

function storageDriver(e: Env): 'local' | 's3' {
  return e.FILE_STORAGE ?? (e.S3_BUCKET ? 's3' : 'local');
}

/** Rules between the storage variables (zod checks each one on its own). */
function filesStorageIssues(e: Env): string[] {
  const issues: string[] = [];
  if (storageDriver(e) === 's3' && !e.S3_BUCKET) issues.push('S3_BUCKET: required when FILE_STORAGE is s3');
  if (storageDriver(e) === 'local' && e.S3_BUCKET) issues.push('S3_BUCKET: set, but FILE_STORAGE is local; unset one of them');
  if (!!e.S3_ACCESS_KEY_ID !== !!e.S3_SECRET_ACCESS_KEY) {
    issues.push(`${e.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'}: set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither`);
  }
  return issues;
}

function filesConfig(e: Env): FilesConfig {
  const inMemory = e.DATA_DIR.startsWith('memory://');
  return {
    storage:
      storageDriver(e) === 's3'
        ? {
            driver: 's3',
            bucket: e.S3_BUCKET!,
            region: e.S3_REGION,
            endpoint: e.S3_ENDPOINT,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
            credentials: e.S3_ACCESS_KEY_ID ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY! } : undefined,
          }
        : {
            driver: 'local',
            dir: inMemory ? join(tmpdir(), `gantry-files-${process.pid}-${randomBytes(4).toString('hex')}`) : join(resolve(e.DATA_DIR), 'files'),
            ephemeral: inMemory,
          },
    maxBytes: { MATERIAL: Math.floor(e.MATERIAL_FILE_MAX_MB * MB), SUBMISSION: Math.floor(e.SUBMISSION_FILE_MAX_MB * MB) },
    urlSecret: e.FILE_URL_SECRET,
    linkSeconds: e.FILE_LINK_MINUTES * 60,
  };
}

/** A loggable summary: no passwords, no tokens. */
export function describeConfig(c: AppConfig): Record<string, unknown> {
  const redact = (url?: string) => (url ? url.replace(/\/\/([^@/]*)@/, '//***@') : undefined);
  return {
    env: c.env,
    port: c.port,
    publicUrl: c.publicUrl,
    database: c.database.url ? `server ${redact(c.database.url)}` : `embedded (${c.dataDir})`,
    redis: redact(c.redisUrl) ?? 'off',
    smtp: redact(c.mail.smtpUrl) ?? 'off (mail kept in the outbox)',
    seedDemo: c.seedDemo,
    metrics: c.metricsToken ? 'bearer token' : 'open',
    files:
      c.files.storage.driver === 's3'
        ? `s3 bucket ${c.files.storage.bucket} (${c.files.storage.endpoint ?? c.files.storage.region})`
        : `local (${c.files.storage.dir})`,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
