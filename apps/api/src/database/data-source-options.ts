import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { migrations } from '@gantry/migrations';
import { ENTITIES } from './entities';
import { QueryCounter } from './query-counter';

export interface DatabaseTarget {
  /** postgres:// URL of a server; absent for the embedded database. */
  url?: string;
  /** Folder for the embedded database; `memory://` keeps it in memory (tests). */
  dataDir: string;
  poolSize: number;
}

export interface OpenedDatabase {
  options: DataSourceOptions;
  /** Closes what the data source itself does not own (the embedded engine). */
  close(): Promise<void>;
  kind: 'server' | 'embedded';
}

/**
 * One code path above the connection: TypeORM on the `pg` driver, talking either to a
 * PostgreSQL server or, in-process, to PGlite through its node-postgres adapter.
 */
export async function openDatabase(target: DatabaseTarget): Promise<OpenedDatabase> {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations,
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
    logging: false,
    logger: QueryCounter.logger,
  };
  if (target.url) {
    return {
      kind: 'server',
      options: { ...common, url: target.url, poolSize: target.poolSize, extra: { application_name: 'gantry' } },
      close: async () => undefined,
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  let pglite: InstanceType<typeof PGlite>;
  if (target.dataDir.startsWith('memory://')) {
    pglite = await PGlite.create();
  } else {
    const dir = join(target.dataDir, 'pg');
    mkdirSync(dir, { recursive: true });
    pglite = await PGlite.create(dir);
  }
  return {
    kind: 'embedded',
    // One connection: PGlite is a single session, and the adapter is only correct with one.
    options: { ...common, poolSize: 1, extra: createPgConfig(pglite) },
    close: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
}
