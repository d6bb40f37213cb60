import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_SIGN_IN } from '../src/db/seed';
import { freePort } from '../src/db/embedded';
import { ms, percentiles, timeRepeatedly } from './stats';

const API_MAIN = path.resolve(__dirname, '../dist/main.js');
const REQUESTS = 1000;

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Carnet exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Starts the compiled server as `pnpm start` does and measures the time until /health answers. */
async function boot(dataDir: string): Promise<{ url: string; readyMs: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      CARNET_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child);
  const readyMs = performance.now() - started;
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, readyMs, stop };
}

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as { data: Record<string, unknown> };
}

export async function benchBoot(): Promise<void> {
  if (!fs.existsSync(API_MAIN)) throw new Error('Build first: pnpm build');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-bench-boot-'));
  try {
    const first = await boot(dataDir);
    await first.stop();
    const second = await boot(dataDir);
    const signIn = await graphql(
      second.url,
      `
        mutation ($input: SignInInput!) {
          signIn(input: $input) {
            token
          }
        }
      `,
      { input: { ...DEMO_SIGN_IN, issueBearerToken: true } },
    );
    const token = (signIn.data.signIn as { token: string }).token;
    const viewer = `{ viewer { id handle displayName } }`;

    const rows = [
      ['/health', await timeRepeatedly(REQUESTS, () => fetch(`${second.url}/health`).then((r) => r.text()))],
      ['viewer (anonymous)', await timeRepeatedly(REQUESTS, () => graphql(second.url, viewer))],
      ['viewer (bearer session)', await timeRepeatedly(REQUESTS, () => graphql(second.url, viewer, {}, token))],
    ] as const;
    await second.stop();

    console.log(`\nboot (node dist/main.js, embedded PostgreSQL, ${os.cpus().length} cores, Node ${process.version})`);
    console.log(`  first start, empty data dir (initdb + migrations + demo data): ${ms(first.readyMs)}`);
    console.log(`  start of an installed checkout (existing data):              ${ms(second.readyMs)}`);
    console.log(`\nlatency over ${REQUESTS} sequential requests on loopback, after the start above`);
    for (const [name, samples] of rows) {
      const { p50, p99, max } = percentiles(samples.slice(50));
      console.log(`  ${name.padEnd(26)} p50 ${ms(p50)}   p99 ${ms(p99)}   max ${ms(max)}`);
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
