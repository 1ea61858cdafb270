import { resolve } from 'node:path';
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
}

export class ConfigError extends Error {}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
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
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
