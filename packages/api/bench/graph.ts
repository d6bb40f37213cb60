import os from 'node:os';
import { parseArgs } from 'node:util';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { buildApp } from '../src/app';
import { loadConfig, type Config } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { migrate } from '../src/db/migrate';
import { StatementCounter } from '../src/db/statement-counter';
import { createServices, type Services } from '../src/services';
import { DEFAULT_GRAPH, generateGraph, type GraphOptions } from './graph-generator';
import { graphql } from './http';
import { keptDatabase } from './kept-database';
import { ms, percentiles } from './stats';

const USAGE = 'pnpm bench graph [--members 1000000] [--reuse] [--runs 1000]';

/** Generates the network unless this database already holds one of that size (a generation is one transaction). */
async function ensureGraph(db: DataSource, shape: GraphOptions): Promise<void> {
  const [state] = await db.query<{ members: number }[]>(`SELECT count(*)::int AS members FROM member`);
  if (state!.members === shape.members) {
    console.log(`reusing the network already generated (${shape.members} members)`);
    return;
  }
  if (state!.members > 0) throw new Error(`this database holds ${state!.members} members, not ${shape.members}`);
  console.log(`generating ${shape.members} members (${shape.hubs} hubs at ${shape.cap})…`);
  const started = performance.now();
  const graph = await db.transaction((manager) =>
    generateGraph(manager, shape, (step, elapsed) => console.log(`  ${step.padEnd(22)} ${ms(elapsed)}`)),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`generated ${graph.members} members and ${graph.connections} connections in ${seconds} s`);
}

const SETTINGS = [
  'server_version',
  'shared_buffers',
  'effective_cache_size',
  'work_mem',
  'maintenance_work_mem',
  'random_page_cost',
  'jit',
  'max_parallel_workers_per_gather',
];

async function printSettings(db: DataSource, where: string): Promise<void> {
  const rows = await db.query<{ name: string; setting: string }[]>(
    `SELECT name, current_setting(name) AS setting FROM unnest($1::text[]) AS name`,
    [SETTINGS],
  );
  const [estimate] = await db.query<{ options: string | null; estimate: string | null }[]>(`
    SELECT (SELECT array_to_string(attoptions, ',') FROM pg_attribute
            WHERE attrelid = 'connection'::regclass AND attname = 'member_id') AS options,
           (SELECT n_distinct::text FROM pg_stats WHERE tablename = 'connection' AND attname = 'member_id') AS estimate`);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const memory = (os.totalmem() / 1024 ** 3).toFixed(0);
  console.log(
    `\nmachine: ${os.cpus().length} × ${cpu}, ${memory} GiB, load ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version}`,
  );
  console.log(`database: ${where}`);
  console.log(`settings: ${rows.map((row) => `${row.name}=${row.setting}`).join(', ')}`);
  console.log(`connection.member_id: ${estimate!.options ?? 'no option'}; planner's n_distinct ${estimate!.estimate}`);
}

const WARMED = ['connection', 'connection_count', 'member', 'experience'];

/** Reads the graph's tables and their indexes into shared_buffers (or at least the OS cache). */
async function warm(db: DataSource): Promise<void> {
  const started = performance.now();
  const relations = await db.query<{ name: string }[]>(
    `SELECT c.oid::regclass::text AS name FROM pg_class c
     WHERE c.oid = ANY($1::regclass[]) OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = ANY($1::regclass[]))`,
    [WARMED],
  );
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
    for (const { name } of relations) await db.query(`SELECT pg_prewarm($1)`, [name]);
  } catch {
    await db.query('SELECT count(*) FROM connection');
  }
  console.log(`warmed ${relations.length} tables and indexes in ${ms(performance.now() - started)}`);
}

interface Sample {
  hubs: string[];
  /** A member with about 1,000 connections. */
  thousand: { id: string; degree: number; handle: string };
  /** Random members who are not hubs. */
  ordinary: string[];
  /** For each ordinary member, one of their 2nd-degree members. */
  secondDegree: string[];
}

/** The members to measure with, found from the degrees of everyone (one pass over the edge table). */
async function sample(db: DataSource, cap: number): Promise<Sample> {
  const [found] = await db.query<Record<string, unknown>[]>(
    `WITH d AS MATERIALIZED (SELECT member_id, count(*)::int AS n FROM connection GROUP BY member_id)
     SELECT
       (SELECT json_agg(member_id::text ORDER BY member_id) FROM d WHERE n >= $1) AS hubs,
       (SELECT json_build_object('id', d.member_id::text, 'degree', d.n, 'handle', m.handle)
        FROM d JOIN member m ON m.id = d.member_id ORDER BY abs(n - 1000), d.member_id LIMIT 1) AS thousand,
       (SELECT json_agg(member_id::text) FROM (
          SELECT member_id FROM d WHERE n < $1 ORDER BY hashint8(member_id) LIMIT 1000) o) AS ordinary,
       (SELECT json_build_object('members', count(*), 'rows', sum(n),
          'p50', percentile_disc(0.5) WITHIN GROUP (ORDER BY n), 'p90', percentile_disc(0.9) WITHIN GROUP (ORDER BY n),
          'p99', percentile_disc(0.99) WITHIN GROUP (ORDER BY n),
          'p999', percentile_disc(0.999) WITHIN GROUP (ORDER BY n), 'maxOrdinary', max(n) FILTER (WHERE n < $1))
        FROM d) AS degrees`,
    [cap],
  );
  const ordinary = found!.ordinary as string[];
  const second = await db.query<{ id: string }[]>(
    `SELECT (SELECT c2.peer_id::text FROM connection c1 JOIN connection c2 ON c2.member_id = c1.peer_id
             WHERE c1.member_id = v AND c2.peer_id <> v
               AND NOT EXISTS (SELECT 1 FROM connection d WHERE d.member_id = v AND d.peer_id = c2.peer_id)
             ORDER BY hashint8(c2.peer_id) LIMIT 1) AS id
     FROM unnest($1::bigint[]) WITH ORDINALITY AS t(v, position) ORDER BY position`,
    [ordinary],
  );
  const degrees = found!.degrees as Record<string, number>;
  console.log(
    `degrees: ${degrees.members} members with connections, ${degrees.rows} rows; p50 ${degrees.p50}, p90 ${degrees.p90}, ` +
      `p99 ${degrees.p99}, p99.9 ${degrees.p999}, largest ordinary ${degrees.maxOrdinary}; ` +
      `${(found!.hubs as string[]).length} hubs at ${cap}`,
  );
  return {
    hubs: found!.hubs as string[],
    thousand: found!.thousand as Sample['thousand'],
    ordinary,
    secondDegree: second.map((row, i) => row.id ?? ordinary[(i + 1) % ordinary.length]!),
  };
}

type Pair = [viewer: string, member: string];

/** Ordinary pairs: half a random member, half one of the viewer's 2nd-degree members. Hub pairs: a hub either side. */
function pairs(s: Sample, audience: 'ordinary' | 'hubs'): (i: number) => Pair {
  const o = s.ordinary;
  if (audience === 'ordinary')
    return (i) => [o[i % o.length]!, i % 2 ? s.secondDegree[i % o.length]! : o[(i * 7 + 3) % o.length]!];
  return (i) => {
    const hub = s.hubs[i % s.hubs.length]!;
    return i % 2 ? [hub, o[i % o.length]!] : [o[i % o.length]!, hub];
  };
}

/** 100 members to show with their degree, as a search result page would: random members. */
const hundred = (s: Sample, i: number) =>
  Array.from({ length: 100 }, (_, k) => s.ordinary[(i * 100 + k * 13) % s.ordinary.length]!);

interface Measure {
  what: string;
  who: string;
  runs: number;
  work: (i: number) => Promise<unknown>;
}

function measures(services: Services, s: Sample, runs: number): Measure[] {
  const { connections, suggestions } = services;
  const batchRuns = Math.max(50, Math.floor(runs / 4));
  const audiences = ['ordinary', 'hubs'] as const;
  const perPair = (what: string, call: (pair: Pair) => Promise<unknown>): Measure[] =>
    audiences.map((who) => {
      const pair = pairs(s, who);
      return { what, who, runs, work: (i) => call(pair(i)) };
    });
  return [
    ...perPair('degree of a pair', ([viewer, member]) => connections.degrees(viewer, [member])),
    ...[
      { who: 'ordinary', viewer: (i: number) => s.ordinary[i % s.ordinary.length]! },
      { who: `viewer with ${s.thousand.degree}`, viewer: () => s.thousand.id },
      { who: 'hubs', viewer: (i: number) => s.hubs[i % s.hubs.length]! },
    ].map(({ who, viewer }) => ({
      what: 'degrees of 100 members',
      who,
      runs: batchRuns,
      work: (i: number) => connections.degrees(viewer(i), hundred(s, i)),
    })),
    ...perPair('mutual count of a pair', ([viewer, member]) => connections.mutualsOf(viewer, [member], 3)),
    ...perPair('a shortest path (≤ 3 hops)', ([viewer, member]) => connections.shortestPaths(viewer, member, 1)),
    ...audiences.map((who) => ({
      what: 'people you may know, top 20',
      who,
      runs: batchRuns,
      work: (i: number) =>
        suggestions.suggestions(who === 'hubs' ? s.hubs[i % s.hubs.length]! : s.ordinary[i % s.ordinary.length]!, 20),
    })),
  ];
}

async function time(measure: Measure, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const warmUp = Math.ceil(measure.runs / 10);
  const samples: number[] = [];
  for (let i = 0; i < measure.runs + warmUp; i++) {
    const started = performance.now();
    await work(i);
    if (i >= warmUp) samples.push(performance.now() - started);
  }
  return samples;
}

const row = (what: string, who: string, figures: string) => `  ${what.padEnd(30)} ${who.padEnd(20)} ${figures}`;

const CONNECTIONS_QUERY = `
  query {
    viewer {
      connections(first: 100) {
        edges {
          connectedAt
          node {
            id handle displayName headline
            currentPosition { title companyName }
            viewerState { degree mutualConnectionCount mutualConnections(first: 3) { displayName } }
          }
        }
      }
    }
  }`;

/**
 * The 100 most recent connections of the member with about 1,000, as the Network page lists them to them over HTTP, with each
 * connection's degree, mutual count, current position and company: statements per request and latency.
 */
async function measureConnectionList(
  config: Config,
  db: DataSource,
  services: Services,
  statementCounter: StatementCounter,
  s: Sample,
  runs: number,
): Promise<void> {
  const app = await buildApp({ config, db, logger: pino({ level: 'error' }), statementCounter });
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const { secret } = await services.sessions.open(db.manager, s.thousand.id, 'pnpm bench graph');
    const statements = new Set<number>();
    const samples = await time({ what: '', who: '', runs, work: async () => undefined }, async () => {
      const result = await graphql(url, CONNECTIONS_QUERY, {}, secret);
      statements.add(result.statements);
    });
    const { p50, p99 } = percentiles(samples);
    const counts = [...statements].join(', ');
    console.log(
      row(
        '100 connections (GraphQL)',
        `their owner (${s.thousand.degree})`,
        `${counts} statements; p50 ${ms(p50)}, p99 ${ms(p99)}`,
      ),
    );
  } finally {
    await app.close();
  }
}

export async function benchGraph(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(3),
    options: { members: { type: 'string' }, reuse: { type: 'boolean' }, runs: { type: 'string' } },
  });
  const members = Number(values.members ?? DEFAULT_GRAPH.members);
  const runs = Number(values.runs ?? 1000);
  if (!Number.isSafeInteger(members) || !Number.isSafeInteger(runs)) throw new Error(`usage: ${USAGE}`);
  const logger = pino({ level: 'warn' });
  const config = { ...loadConfig(), env: 'production' as const, logLevel: 'error' as const };
  const shape = { ...DEFAULT_GRAPH, members, cap: config.network.maxConnections };
  const database = await keptDatabase(config.databaseUrl, `graph-${members}`, values.reuse ?? false, logger);
  const statementCounter = new StatementCounter();
  const db = createDataSource(database.url, { statementCounter });
  try {
    await db.initialize();
    await migrate(db);
    await ensureGraph(db, shape);
    await printSettings(db, database.where);
    await warm(db);
    const s = await sample(db, shape.cap);
    const services = createServices(db, config);
    console.log(`\nsequential calls of Carnet's services, one client (after a tenth as many to warm up)`);
    console.log(row('what', 'members', 'p50 / p99 / max'));
    for (const measure of measures(services, s, runs)) {
      const { p50, p99, max } = percentiles(await time(measure, measure.work));
      console.log(row(measure.what, measure.who, `${ms(p50)} / ${ms(p99)} / ${ms(max)}   (${measure.runs} runs)`));
    }
    await measureConnectionList(config, db, services, statementCounter, s, Math.max(20, Math.floor(runs / 20)));
  } finally {
    if (db.isInitialized) await db.destroy();
    await database.stop();
  }
}
