import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import pino, { type Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { migrate } from '../src/db/migrate';
import { StatementCounter } from '../src/db/statement-counter';
import { hashPassword } from '../src/modules/accounts/password';
import { FULL_PROFILE_BY_HANDLE } from '../test/full-profile';
import { graphql } from './http';
import { seedProfiles } from './seed-profiles';
import { ms, percentiles } from './stats';

const MEMBERS = 10_000;
const REQUESTS = 2000;
const WARM_UP = 50;
const PASSWORD = 'bench-profile-2026';

interface BenchDatabase {
  url: string;
  where: string;
  drop(): Promise<void>;
}

/** An embedded PostgreSQL in a temporary directory, or a scratch database on the DATABASE_URL server. */
async function benchDatabase(databaseUrl: string | null, logger: Logger): Promise<BenchDatabase> {
  if (!databaseUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-bench-profile-'));
    const embedded = await startEmbeddedPostgres(dataDir, logger);
    return {
      url: embedded.url,
      where: `embedded PostgreSQL in ${dataDir}`,
      drop: async () => {
        await embedded.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `carnet_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    where: `scratch database ${name} on DATABASE_URL`,
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

type SizedProfile = { id: string; handle: string; experiences: string; education: string; skills: string };

/**
 * Handles to read: the smallest and the largest of the profiles with default audiences (so that every
 * reader is shown the same sections of both), then a spread of all the others.
 */
async function profilesToRead(db: DataSource) {
  const sized = `SELECT m.id, m.handle,
      (SELECT count(*) FROM experience e WHERE e.member_id = m.id) AS experiences,
      (SELECT count(*) FROM education e WHERE e.member_id = m.id) AS education,
      (SELECT count(*) FROM member_skill s WHERE s.member_id = m.id) AS skills
    FROM member m WHERE m.visibility = '{}'`;
  const bySize = (order: 'ASC' | 'DESC') =>
    db.query<SizedProfile[]>(
      `SELECT * FROM (${sized}) p ORDER BY experiences + education + skills ${order}, id LIMIT 1`,
    );
  const [[smallest], [largest]] = await Promise.all([bySize('ASC'), bySize('DESC')]);
  const spread = await db.query<{ handle: string }[]>(`SELECT handle FROM member ORDER BY hashint8(id) LIMIT 500`);
  return { smallest: smallest!, largest: largest!, spread: spread.map((row) => row.handle) };
}

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`;
const tokenOf = (data: Record<string, unknown>, field: string) => (data[field] as { token: string }).token;

/** Bearer tokens for the two owners (given accounts here) and for a new member out of everyone's network. */
async function readerTokens(url: string, db: DataSource, owners: { id: string; handle: string }[]) {
  const passwordHash = await hashPassword(PASSWORD);
  const email = (handle: string) => `${handle}@bench.carnet.fr`;
  await db.query(
    `INSERT INTO account (member_id, email, password_hash)
     SELECT id, email, $3 FROM unnest($1::bigint[], $2::text[]) AS t(id, email)`,
    [owners.map((o) => o.id), owners.map((o) => email(o.handle)), passwordHash],
  );
  const ownerTokens = new Map<string, string>();
  for (const owner of owners) {
    const input = { email: email(owner.handle), password: PASSWORD, issueBearerToken: true };
    ownerTokens.set(owner.handle, tokenOf((await graphql(url, SIGN_IN, { input })).data, 'signIn'));
  }
  const visitor = { email: 'visitor@bench.carnet.fr', password: PASSWORD, firstName: 'Val', lastName: 'Visiteur' };
  const signedUp = await graphql(url, SIGN_UP, { input: { ...visitor, issueBearerToken: true } });
  return { ownerTokens, visitorToken: tokenOf(signedUp.data, 'signUp') };
}

interface Reader {
  name: string;
  /** The profile read by the i-th request. */
  handleAt(i: number): string;
  token(handle: string): string | undefined;
}

interface Run {
  samples: number[];
  statementsByHandle: Map<string, number[]>;
}

async function run(url: string, requests: number, reader: Reader): Promise<Run> {
  const result: Run = { samples: [], statementsByHandle: new Map() };
  for (let i = 0; i < requests; i++) {
    const handle = reader.handleAt(i);
    const started = performance.now();
    const { statements } = await graphql(url, FULL_PROFILE_BY_HANDLE, { handle }, reader.token(handle));
    result.samples.push(performance.now() - started);
    result.statementsByHandle.set(handle, [...(result.statementsByHandle.get(handle) ?? []), statements]);
  }
  return result;
}

const range = (values: number[]) => {
  const [fewest, most] = [Math.min(...values), Math.max(...values)];
  return fewest === most ? String(fewest) : `${fewest}–${most}`;
};

export async function benchProfile(): Promise<void> {
  const logger = pino({ level: 'warn' });
  const config = { ...loadConfig(), env: 'production' as const, logLevel: 'error' as const };
  const database = await benchDatabase(config.databaseUrl, logger);
  const statementCounter = new StatementCounter();
  const db = createDataSource(database.url, { statementCounter });
  try {
    await db.initialize();
    await migrate(db);
    const [settings] = await db.query<{ version: string; shared_buffers: string }[]>(
      `SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS shared_buffers`,
    );
    const seedStarted = performance.now();
    const rows = await db.transaction((manager) => seedProfiles(manager, MEMBERS));
    await db.query('ANALYZE');
    const seedMs = performance.now() - seedStarted;

    const app = await buildApp({ config, db, logger: logger.child({}, { level: 'error' }), statementCounter });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const { smallest, largest, spread } = await profilesToRead(db);
    const { ownerTokens, visitorToken } = await readerTokens(url, db, [smallest, largest]);
    const owners = [smallest.handle, largest.handle];
    const handles = [...owners, ...spread];

    const readers: Reader[] = [
      { name: 'anonymous', handleAt: (i) => handles[i % handles.length]!, token: () => undefined },
      { name: 'member, out of network', handleAt: (i) => handles[i % handles.length]!, token: () => visitorToken },
      { name: 'owner', handleAt: (i) => owners[i % 2]!, token: (handle) => ownerTokens.get(handle) },
    ];
    const results: [string, Run][] = [];
    for (const reader of readers) results.push([reader.name, await run(url, REQUESTS + WARM_UP, reader)]);
    await app.close();

    console.log(
      `\nprofile (full profile by handle, ${database.where}, ${os.cpus().length} cores, Node ${process.version})`,
    );
    console.log(`  PostgreSQL ${settings!.version}, shared_buffers ${settings!.shared_buffers}`);
    console.log(
      `  seeded in ${ms(seedMs)}: ${rows.members} members, ${rows.experiences} experiences, ${rows.education} schools, ` +
        `${rows.memberSkills} skills on profiles from a catalogue of ${rows.skills}`,
    );
    const size = (p: typeof smallest) => `${p.experiences} jobs, ${p.education} schools, ${p.skills} skills`;
    console.log(`  smallest profile read: ${size(smallest)}; largest: ${size(largest)}`);
    console.log(`\n${REQUESTS} sequential requests per reader over loopback (after ${WARM_UP} to warm up)`);
    console.log(
      '  statements per request: smallest / largest profile / all the profiles read (a hidden section loads nothing)',
    );
    for (const [name, { samples, statementsByHandle }] of results) {
      const { p50, p99, max } = percentiles(samples.slice(WARM_UP));
      const [small, large] = owners.map((handle) => statementsByHandle.get(handle) ?? []);
      const all = [...statementsByHandle.values()].flat();
      const counts = `${range(small!)} / ${range(large!)} / ${range(all)}`;
      const flag = range([...small!, ...large!]).includes('–') ? '   <- grows with the profile: N+1?' : '';
      console.log(`  ${name.padEnd(24)} ${counts.padEnd(14)} p50 ${ms(p50)}   p99 ${ms(p99)}   max ${ms(max)}${flag}`);
    }
  } finally {
    if (db.isInitialized) await db.destroy();
    await database.drop();
  }
}
