import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'typeorm';

const ignore = () => undefined;

/**
 * Counts the SQL statements run inside `measure` (one GraphQL request, say), for tests and benchmarks
 * that catch N+1 queries. It works as TypeORM's logger, so a data source created without one pays nothing.
 */
export class StatementCounter {
  private readonly tally = new AsyncLocalStorage<{ statements: number }>();

  async measure<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const tally = { statements: 0 };
    const result = await this.tally.run(tally, work);
    return { result, statements: tally.statements };
  }

  /** TypeORM calls logQuery for every statement, whatever its `logging` option says. */
  readonly logger: Logger = {
    logQuery: () => {
      const tally = this.tally.getStore();
      if (tally) tally.statements += 1;
    },
    logQueryError: ignore,
    logQuerySlow: ignore,
    logSchemaBuild: ignore,
    logMigration: ignore,
    log: ignore,
  };
}
