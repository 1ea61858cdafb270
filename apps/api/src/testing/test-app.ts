import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Test } from '@nestjs/testing';
import { APP_OPTIONS, configureApp } from '../app.factory';
import { AppModule } from '../app.module';
import { loadConfig, type AppConfig } from '../config/config';
import { MAIL_TRANSPORT, type MailTransport, type OutgoingMail } from '../mail/mail-transport';
import { OutboxService } from '../mail/outbox.service';
import { QueryCounter } from '../database/query-counter';
import { Factories } from './factories';

export interface TestApp {
  app: NestExpressApplication;
  server: Server;
  db: DataSource;
  config: AppConfig;
  factories: Factories;
  /** Mail handed to the transport (only when started with `mail: true`). */
  sentMail: OutgoingMail[];
  /** A client with no session. */
  anon(): GqlClient;
  close(): Promise<void>;
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; fields?: Record<string, string[]>; [k: string]: unknown } }[];
  headers: Record<string, string | string[] | undefined>;
}

/** Talks GraphQL over HTTP to the real app, carrying a session cookie when it has one. */
export class GqlClient {
  constructor(
    readonly server: Server,
    public cookie?: string,
    readonly ip = `10.${rnd()}.${rnd()}.${rnd()}`,
  ) {}

  async gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
    const req = request(this.server).post('/graphql').set('content-type', 'application/json').set('x-forwarded-for', this.ip);
    if (this.cookie) req.set('cookie', this.cookie);
    const res = await req.send({ query, variables });
    const setCookie = res.headers['set-cookie'] as unknown as string[] | undefined;
    const session = setCookie?.find((c) => c.startsWith('gantry_session='));
    if (session) this.cookie = session.split(';')[0];
    return { status: res.status, data: res.body?.data, errors: res.body?.errors, headers: res.headers };
  }

  /** Data of a call that must succeed. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.gql<T>(query, variables);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors ?? res)}`);
    return res.data;
  }

  /** The error code of a call that must fail. */
  async code(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
    const res = await this.gql(query, variables);
    if (!res.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(res.data)}`);
    return res.errors[0].extensions?.code;
  }

  /** Count SQL statements a call costs. */
  async countQueries(query: string, variables?: Record<string, unknown>): Promise<number> {
    const before = QueryCounter.total;
    await this.ok(query, variables);
    return QueryCounter.total - before;
  }
}

function rnd(): number {
  return randomBytes(1)[0];
}

/** In-memory transport: the network edge of mail, and nothing else, replaced. */
export class MemoryTransport implements MailTransport {
  readonly sent: OutgoingMail[] = [];
  failuresLeft = 0;

  async send(mail: OutgoingMail): Promise<void> {
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new Error('SMTP 451 temporary failure');
    }
    this.sent.push(mail);
  }
}

/**
 * Boots the real app on a database of its own: an in-memory PGlite by default, or a
 * fresh database on the server named by DATABASE_URL (dropped afterwards), so test
 * files never see each other's rows.
 */
export async function startTestApp(opts: { mail?: MemoryTransport; env?: Record<string, string> } = {}): Promise<TestApp> {
  const serverUrl = process.env.DATABASE_URL;
  let dbUrl: string | undefined;
  let dropDb: (() => Promise<void>) | undefined;
  if (serverUrl) {
    const name = `gantry_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    dbUrl = u.toString();
    dropDb = async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: 'memory://',
    PUBLIC_URL: 'http://gantry.test',
    TRUST_PROXY: 'true',
    DATABASE_POOL_SIZE: '5',
    WEB_DIST: '/nonexistent',
    ...(dbUrl ? { DATABASE_URL: dbUrl } : {}),
    ...opts.env,
  });
  let builder = Test.createTestingModule({ imports: [AppModule.forRoot(config)] });
  // The only substitution: mail's network edge, when a test wants to watch deliveries.
  if (opts.mail) builder = builder.overrideProvider(MAIL_TRANSPORT).useValue(opts.mail);
  const moduleRef = await builder.compile();
  const app = await configureApp(moduleRef.createNestApplication<NestExpressApplication>(APP_OPTIONS), config);
  const server = app.getHttpServer() as Server;
  const db = app.get(DataSource);
  return {
    app,
    server,
    db,
    config,
    factories: new Factories(db, server),
    sentMail: opts.mail?.sent ?? [],
    anon: () => new GqlClient(server),
    close: async () => {
      await app.close();
      await dropDb?.();
    },
  };
}

export function outboxOf(t: TestApp): OutboxService {
  return t.app.get(OutboxService);
}
