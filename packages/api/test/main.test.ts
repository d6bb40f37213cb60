import { spawn } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../src/db/embedded';
import { createTestDatabase } from './database';

jest.setTimeout(60_000);

/** Boots `src/main.ts` as a process, like `pnpm dev` does, against the given database. */
async function boot(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--conditions=carnet-source', '-r', '@swc-node/register', 'src/main.ts'], {
    cwd: path.resolve(__dirname, '..'),
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 50) {
    if (child.exitCode !== null) throw new Error(`main exited with ${child.exitCode}: ${stderr}`);
    if (waited > 30_000) throw new Error('main did not answer /health');
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { url, stop: () => (child.kill('SIGTERM'), exit) };
}

describe('main', () => {
  it('migrates an external DATABASE_URL, loads no demo data into it, and shuts down cleanly on SIGTERM', async () => {
    const database = await createTestDatabase();
    try {
      const carnet = await boot({ DATABASE_URL: database.url, CARNET_DEMO: '1' });
      const client = new Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query('SELECT count(*)::int AS n FROM member');
      await client.end();
      expect(rows[0].n).toBe(0);
      expect(await carnet.stop()).toBe(0);
    } finally {
      await database.drop();
    }
  });

  it('refuses to start with a readable list of bad settings', async () => {
    await expect(boot({ PORT: 'eighty', DATABASE_URL: 'mysql://nope' })).rejects.toThrow(/PORT[\s\S]*DATABASE_URL/);
  });
});
