import 'reflect-metadata';
import pino from 'pino';
import { buildApp } from './app';
import { loadConfig } from './config';
import { createDataSource } from './db/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import { migrate } from './db/migrate';
import { seedDemoDataIfEmpty } from './db/seed';

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  const logger = pino({
    level: config.logLevel,
    ...(config.env === 'development' && process.stdout.isTTY ? { transport: { target: 'pino-pretty' } } : {}),
  });

  let embedded: EmbeddedDatabase | null = null;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, logger);
    logger.info({ dataDir: config.dataDir }, 'embedded PostgreSQL started');
  }
  const db = createDataSource(config.databaseUrl ?? embedded!.url);
  await db.initialize();
  const applied = await migrate(db);
  if (applied.length) logger.info({ migrations: applied }, 'database migrated');
  if (embedded && config.demoData) await seedDemoDataIfEmpty(db, logger);

  const app = await buildApp({ config, db, logger });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info(`Carnet is ready on http://localhost:${port} in ${Math.round(performance.now() - startedAt)} ms`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 10_000).unref();
    try {
      await app.close();
      await db.destroy();
      await embedded?.stop();
    } finally {
      clearTimeout(timer);
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Carnet failed to start:', error);
  process.exit(1);
});
