import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { openDatabase, type DatabaseTarget } from './data-source-options';

/** Arbitrary constant: serialises migrations when several processes start at once. */
const MIGRATION_LOCK = 72_635_101;

/**
 * The data source, on a PostgreSQL server or the embedded engine. Pending migrations
 * are applied when it opens, so `npm start` always runs on the current schema.
 */
@Module({})
export class DatabaseModule {
  static forRoot(target: DatabaseTarget): DynamicModule {
    let closeEngine: () => Promise<void> = async () => undefined;
    let kind: 'server' | 'embedded' = 'embedded';
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: async () => {
            const opened = await openDatabase(target);
            closeEngine = opened.close;
            kind = opened.kind;
            return opened.options;
          },
          dataSourceFactory: async (options) => {
            const ds = new DataSource(options!);
            const destroy = ds.destroy.bind(ds);
            ds.destroy = async () => {
              if (ds.isInitialized) await destroy();
              await closeEngine();
            };
            await ds.initialize();
            await migrate(ds, kind);
            return ds;
          },
        }),
      ],
    };
  }
}

export async function migrate(ds: DataSource, kind: 'server' | 'embedded'): Promise<void> {
  if (kind === 'embedded') {
    await ds.runMigrations({ transaction: 'each' });
    return;
  }
  const lock = ds.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}
