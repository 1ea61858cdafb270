import 'reflect-metadata';
import { createApp } from '../app.factory';
import { loadConfig } from '../config/config';
import { SCHEMA_FILE } from '../graphql/graphql.config';

/** Boots the app once on a throwaway in-memory database; Nest writes schema.graphql as it builds the schema. */
async function main(): Promise<void> {
  const app = await createApp(loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', WEB_DIST: '/nonexistent' }));
  await app.close();
  console.log(`wrote ${SCHEMA_FILE}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
