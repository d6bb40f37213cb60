import os from 'node:os';
import { parseArgs } from 'node:util';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { migrate } from '../src/db/migrate';
import { StatementCounter } from '../src/db/statement-counter';
import { createServices, type Services } from '../src/services';
import { DEFAULT_GRAPH, generateGraph } from './graph-generator';
import { graphql } from './http';
import { keptDatabase } from './kept-database';
import { applicantsMeasurement } from './applicants';
import { generateJobs, type JobsOptions } from './jobs-generator';
import { ms, percentiles } from './stats';

const USAGE = 'pnpm bench jobs [--postings 100000] [--companies 5000] [--members 20000] [--reuse] [--runs 500]';

/** What a measurement may use once the data is generated. */
export interface JobsBench {
  db: DataSource;
  services: Services;
  /** A bearer session of this member. */
  sessionOf(memberId: string): Promise<string>;
}

/** One GraphQL request, the i-th of a run. */
export interface MeasuredRequest {
  query: string;
  variables(i: number): Record<string, unknown>;
  token?: string;
  /** Said once under the figures: who or what was measured. */
  about: string;
}

/** A request to time: `setup` finds or builds what it needs in the generated data. */
export interface Measurement {
  name: string;
  targetP99Ms: number;
  setup(bench: JobsBench): Promise<MeasuredRequest>;
}

const SEARCH = /* GraphQL */ `
  query ($query: String, $filters: JobSearchFilters) {
    jobSearch(query: $query, filters: $filters, first: 20) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          state
          location {
            city
            country
          }
          workplaceType
          contractType
          publishedAt
          salary {
            min
            max
            currency
            period
          }
          company {
            id
            name
          }
        }
      }
      facets {
        contractTypes {
          value
          count
        }
        workplaceTypes {
          value
          count
        }
        seniorities {
          value
          count
        }
        jobFunctions {
          value
          count
        }
        companies {
          id
          name
          count
        }
        locations {
          value
          count
        }
        postedWithin {
          value
          count
        }
      }
    }
  }
`;

/** Queries people type, each with three filters. */
const SEARCHES: [string, Record<string, unknown>][] = [
  ['développeur', { contractTypes: ['CDI'], workplaceTypes: ['HYBRID', 'REMOTE'], locations: ['Paris'] }],
  ['data engineer', { contractTypes: ['CDI', 'CDD'], postedWithin: 'MONTH', locations: ['Lyon', 'Paris'] }],
  ['infirmier', { contractTypes: ['CDI'], workplaceTypes: ['ON_SITE'], locations: ['Île-de-France'] }],
  ['engineer', { seniorities: ['MID_SENIOR'], workplaceTypes: ['REMOTE'], postedWithin: 'WEEK' }],
  [
    'comptable',
    { contractTypes: ['CDI'], salaryAtLeast: { amount: 35000, currency: 'EUR', period: 'YEAR' }, locations: ['Paris'] },
  ],
  ['product manager', { jobFunctions: ['PRODUCT'], workplaceTypes: ['HYBRID'], postedWithin: 'MONTH' }],
  [
    'alternance marketing',
    { contractTypes: ['ALTERNANCE'], locations: ['France', 'FR'], workplaceTypes: ['ON_SITE', 'HYBRID'] },
  ],
  ['devloper react', { contractTypes: ['CDI'], workplaceTypes: ['REMOTE'], postedWithin: 'MONTH' }],
];

const JOBS_FOR_YOU = /* GraphQL */ `
  query {
    jobsForYou(first: 20) {
      edges {
        reasons {
          kind
          count
          text
        }
        node {
          id
          title
          location {
            city
          }
          company {
            id
            name
          }
        }
      }
    }
  }
`;

/**
 * The measurements of `pnpm bench jobs`, in order. Each setup finds or builds what it needs in the generated data.
 */
export const JOBS_MEASUREMENTS: Measurement[] = [
  {
    name: 'jobSearch: text, 3 filters, all facets',
    targetP99Ms: 30,
    async setup() {
      return {
        query: SEARCH,
        variables: (i) => {
          const [query, filters] = SEARCHES[i % SEARCHES.length]!;
          return { query, filters };
        },
        about: `${SEARCHES.length} queries in turn, anonymous`,
      };
    },
  },
  {
    name: 'jobsForYou: 20 skills',
    targetP99Ms: 50,
    async setup({ db, sessionOf }) {
      const [member] = await db.query<{ id: string; connections: number }[]>(`
        SELECT s.member_id AS id, (SELECT count(*)::int FROM connection c WHERE c.member_id = s.member_id) AS connections
        FROM member_skill s JOIN experience e ON e.member_id = s.member_id AND e.is_current
        GROUP BY s.member_id HAVING count(DISTINCT s.skill_id) = 20
        ORDER BY s.member_id LIMIT 1`);
      if (!member) throw new Error('no member with 20 skills in the generated data');
      return {
        query: JOBS_FOR_YOU,
        variables: () => ({}),
        token: await sessionOf(member.id),
        about: `member ${member.id}, 20 skills, ${member.connections} connections`,
      };
    },
  },
  applicantsMeasurement(20),
  applicantsMeasurement(50),
];

async function ensureData(db: DataSource, members: number, jobs: JobsOptions): Promise<void> {
  const [state] = await db.query<{ members: number; postings: number }[]>(
    `SELECT (SELECT count(*)::int FROM member) AS members, (SELECT count(*)::int FROM job_posting) AS postings`,
  );
  if (state!.postings === jobs.postings) {
    console.log(`reusing the ${jobs.postings} postings already generated`);
    return;
  }
  if (state!.members > 0) throw new Error(`this database is not empty (${state!.members} members): drop --reuse`);
  const log = (step: string, elapsed: number) => console.log(`  ${step.padEnd(22)} ${ms(elapsed)}`);
  const started = performance.now();
  console.log(`generating ${members} members with their network…`);
  const shape = { ...DEFAULT_GRAPH, members, hubs: 5, cap: Math.min(2000, Math.floor(members / 4)) };
  await db.transaction((manager) => generateGraph(manager, shape, log));
  console.log(`generating ${jobs.companies} companies and ${jobs.postings} postings…`);
  const generated = await db.transaction((manager) => generateJobs(manager, jobs, log));
  console.log(
    `generated in ${((performance.now() - started) / 1000).toFixed(0)} s: ${generated.companies} companies, ` +
      `${generated.postings} postings with ${generated.postingSkills} skills, ${generated.memberSkills} member skills`,
  );
  await db.query('VACUUM ANALYZE');
}

async function warm(db: DataSource): Promise<void> {
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
    await db.query(`
      SELECT pg_prewarm(c.oid::regclass) FROM pg_class c
      WHERE c.oid IN ('job_posting'::regclass, 'job_posting_skill'::regclass, 'company'::regclass, 'job_search_word'::regclass)
         OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN ('job_posting'::regclass, 'job_posting_skill'::regclass))`);
  } catch {
    await db.query('SELECT count(*) FROM job_posting');
  }
}

export async function benchJobs(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(3),
    options: {
      postings: { type: 'string' },
      companies: { type: 'string' },
      members: { type: 'string' },
      reuse: { type: 'boolean' },
      runs: { type: 'string' },
    },
  });
  const [postings, companies, members, runs] = [
    [values.postings, 100_000],
    [values.companies, 5000],
    [values.members, 20_000],
    [values.runs, 500],
  ].map(([value, fallback]) => Number(value ?? fallback));
  if (![postings, companies, members, runs].every((n) => Number.isSafeInteger(n) && n! > 0))
    throw new Error(`usage: ${USAGE}`);
  const logger = pino({ level: 'warn' });
  const config = {
    ...loadConfig(),
    env: 'production' as const,
    logLevel: 'error' as const,
    jobAlertsIntervalSeconds: 0,
  };
  const database = await keptDatabase(config.databaseUrl, `jobs-${postings!}`, values.reuse ?? false, logger);
  const statementCounter = new StatementCounter();
  const db = createDataSource(database.url, { statementCounter });
  try {
    await db.initialize();
    await migrate(db);
    await ensureData(db, members!, { postings: postings!, companies: companies! });
    await warm(db);
    const services = createServices(db, config);
    const app = await buildApp({ config, db, logger: pino({ level: 'error' }), statementCounter });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const bench: JobsBench = {
      db,
      services,
      sessionOf: async (memberId) => (await services.sessions.open(db.manager, memberId, 'pnpm bench jobs')).secret,
    };
    const [settings] = await db.query<{ version: string }[]>(`SELECT current_setting('server_version') AS version`);
    console.log(
      `\njobs (${database.where}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load ${os.loadavg()[0]!.toFixed(1)}, ` +
        `Node ${process.version}, PostgreSQL ${settings!.version})`,
    );
    console.log(`${runs} sequential GraphQL requests over loopback per measurement, after a tenth as many to warm up`);
    try {
      for (const measurement of JOBS_MEASUREMENTS) {
        const request = await measurement.setup(bench);
        const warmUp = Math.ceil(runs! / 10);
        const samples: number[] = [];
        const statements = new Set<number>();
        for (let i = 0; i < runs! + warmUp; i++) {
          const started = performance.now();
          const result = await graphql(url, request.query, request.variables(i), request.token);
          if (i >= warmUp) samples.push(performance.now() - started);
          statements.add(result.statements);
        }
        const { p50, p99, max } = percentiles(samples);
        const verdict = p99 <= measurement.targetP99Ms ? 'within' : 'OVER';
        console.log(
          `  ${measurement.name.padEnd(40)} p50 ${ms(p50)}  p99 ${ms(p99)}  max ${ms(max)}  ` +
            `statements ${[...statements].sort().join('/')}  (${verdict} the ${measurement.targetP99Ms} ms target; ${request.about})`,
        );
      }
    } finally {
      await app.close();
    }
  } finally {
    if (db.isInitialized) await db.destroy();
    await database.stop();
  }
}
