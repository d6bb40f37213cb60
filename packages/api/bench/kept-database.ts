import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { startEmbeddedPostgres } from '../src/db/embedded';

const BENCH_DIR = path.resolve(__dirname, '../../../.bench');

export interface KeptDatabase {
  url: string;
  where: string;
  stop(): Promise<void>;
}

/**
 * A database kept between runs, since generating the data takes long: an embedded PostgreSQL in
 * .bench/<name>/, or the database carnet_bench_<name> (hyphens as underscores) on the DATABASE_URL server.
 * Without `reuse` it starts empty.
 */
export async function keptDatabase(
  databaseUrl: string | null,
  name: string,
  reuse: boolean,
  logger: Logger,
): Promise<KeptDatabase> {
  if (!databaseUrl) {
    const dataDir = path.join(BENCH_DIR, name);
    if (!reuse) fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    const embedded = await startEmbeddedPostgres(dataDir, logger);
    return { url: embedded.url, where: `embedded PostgreSQL in ${dataDir}`, stop: () => embedded.stop() };
  }
  const database = `carnet_bench_${name.replaceAll('-', '_')}`;
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    if (!reuse) await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    where: `database ${database} on DATABASE_URL (kept; drop it when done)`,
    stop: async () => {},
  };
}
