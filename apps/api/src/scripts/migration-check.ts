import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { openDatabase } from '../database/data-source-options';
import { migrate } from '../database/database.module';

/**
 * Applies every migration to a fresh database, then asks TypeORM what it would still
 * change to match the entities. Anything it would change is drift: the entities and the
 * migrations disagree. Exit 1 and print the statements.
 */
async function main(): Promise<void> {
  // Always a throwaway in-memory database: the check must never touch a real one.
  const opened = await openDatabase({ dataDir: 'memory://', poolSize: 1 });
  const ds = new DataSource(opened.options);
  await ds.initialize();
  try {
    await migrate(ds, opened.kind);
    const pending = await ds.driver.createSchemaBuilder().log();
    const drift = pending.upQueries.map((q) => q.query);
    if (drift.length) {
      console.error(`Schema drift: the entities want ${drift.length} change(s) the migrations do not make:\n`);
      for (const q of drift) console.error(`  ${q};`);
      process.exitCode = 1;
    } else {
      console.log('migrations match the entities: no drift');
    }
  } finally {
    await ds.destroy();
    await opened.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
