import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts SQL statements, so tests can assert that a page costs a bounded number of
 * queries (no N+1) whatever the data size: read `total` before and after a request.
 */
export class QueryCounter {
  static total = 0;

  static readonly logger: TypeOrmLogger = {
    logQuery: () => {
      QueryCounter.total++;
    },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
}
