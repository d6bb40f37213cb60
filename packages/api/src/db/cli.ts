import 'reflect-metadata';
import pino from 'pino';
import { loadConfig } from '../config';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres } from './embedded';
import { migrate } from './migrate';
import { hasDemoData, seedDemoData } from './seed';

const USAGE = 'usage: cli.ts migrate | seed';

/** `pnpm db:migrate` and `pnpm db:seed`, against DATABASE_URL or the embedded database. */
async function run(command: string | undefined): Promise<void> {
  if (command !== 'migrate' && command !== 'seed') throw new Error(USAGE);
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir, logger);
  const db = createDataSource(config.databaseUrl ?? embedded!.url, { poolSize: 2 });
  await db.initialize();
  try {
    const applied = await migrate(db);
    logger.info({ migrations: applied }, applied.length ? 'database migrated' : 'database already up to date');
    if (command === 'seed') {
      if (await hasDemoData(db)) logger.info('demo data is already there: nothing to do');
      else await seedDemoData(db, logger);
    }
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

run(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
