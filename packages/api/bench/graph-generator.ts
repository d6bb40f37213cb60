import type { EntityManager } from 'typeorm';
import { COMPANIES, FIRST_NAMES, LAST_NAMES, PLACES, SCHOOLS, TITLES } from './seed-profiles';

export interface GraphOptions {
  members: number;
  /** Members connected to exactly `cap` others (handles `hub-<n>-<id>`). */
  hubs: number;
  /** Connections per member at most: MAX_CONNECTIONS. */
  cap: number;
  /** The fewest invitations a member sends; the mean is about three times it. */
  minDegree: number;
  /** Another seed, another network of the same shape. */
  seed: number;
}

export const DEFAULT_GRAPH: GraphOptions = { members: 1_000_000, hubs: 20, cap: 30_000, minDegree: 8, seed: 1 };

export interface GeneratedGraph {
  members: number;
  connections: number;
  firstMemberId: number;
}

/**
 * Everything the SQL needs, as integers checked here: member i (0-based) has the id `base + i + 1`, a
 * popularity rank `i * rankStep mod n` (a permutation: rank 0 is the most popular, ranks below `hubs` are the
 * hubs) and a school cohort `(i * schoolStep mod n) / schoolSize`; companies are runs of consecutive members.
 */
interface Plan extends GraphOptions {
  base: number;
  rankStep: number;
  rankInverse: number;
  schoolStep: number;
  schoolInverse: number;
  schoolSize: number;
  largestCompany: number;
  /** Invitations an ordinary member sends at most, so that no one but the hubs nears the cap. */
  maxSent: number;
  /** Walks the non-hub members without repeating, for the hubs' connections. */
  hubStride: number;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

function coprimeFrom(start: number, n: number): number {
  let candidate = Math.max(2, start);
  while (gcd(BigInt(candidate), BigInt(n)) !== 1n) candidate += 1;
  return candidate;
}

function modularInverse(a: number, n: number): number {
  let [oldR, r, oldS, s] = [BigInt(a), BigInt(n), 1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return Number(((oldS % BigInt(n)) + BigInt(n)) % BigInt(n));
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, Math.floor(value)));

function plan(options: GraphOptions, base: number): Plan {
  const { members: n, hubs, cap } = options;
  for (const value of [n, hubs, cap, options.seed, base]) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`not a count: ${value}`);
  }
  if (n < 100 || hubs < 1 || cap < 3 * hubs || cap >= n - hubs) {
    throw new Error('need at least 100 members, a hub, and hubs * 3 <= cap < members - hubs');
  }
  const rankStep = coprimeFrom(Math.floor(n * 0.618), n);
  const schoolStep = coprimeFrom(Math.floor(n * 0.414), n);
  return {
    ...options,
    base,
    rankStep,
    rankInverse: modularInverse(rankStep, n),
    schoolStep,
    schoolInverse: modularInverse(schoolStep, n),
    schoolSize: clamp(n / 50, 10, 1000),
    largestCompany: clamp(n / 20, 20, 1500),
    maxSent: Math.floor(cap / 3),
    hubStride: coprimeFrom(104_729, n - hubs),
  };
}

/** A repeatable number in [0, 1) from an integer key: the same network on every run with the same seed. */
const uniform = (p: Plan, key: string, salt: number) =>
  `((hashint8extended(${key}, ${p.seed * 100 + salt}) & 4503599627370495)::float8 / 4503599627370496)`;

const COMPANY_SQL = (p: Plan) => `
  CREATE UNLOGGED TABLE graph_gen_company AS
  SELECT c, first, least(size, ${p.members} - first) AS size FROM (
    SELECT c, size, sum(size) OVER (ORDER BY c) - size AS first
    FROM (
      SELECT c, 5 + floor(${p.largestCompany - 5} * power(${uniform(p, 'c', 1)}, 3))::int AS size
      FROM generate_series(0, ${p.members}) AS c
    ) sized
  ) placed
  WHERE first < ${p.members}`;

const MEMBER_SQL = (p: Plan) => `
  CREATE UNLOGGED TABLE graph_gen_member AS
  SELECT i, c.c AS company, c.first AS company_first, c.size AS company_size,
    (i::bigint * ${p.rankStep} % ${p.members})::int AS rank,
    (i::bigint * ${p.schoolStep} % ${p.members} / ${p.schoolSize})::int AS school
  FROM graph_gen_company c CROSS JOIN LATERAL generate_series(c.first, c.first + c.size - 1) AS i`;

const INSERT_MEMBERS_SQL = (p: Plan) => `
  INSERT INTO member (id, handle, first_name, last_name, created_at, updated_at) OVERRIDING SYSTEM VALUE
  SELECT id,
    CASE WHEN rank < ${p.hubs} THEN 'hub-' || (rank + 1)
      ELSE left(regexp_replace(lower(unaccent(first_name || '-' || last_name)), '[^a-z0-9]+', '-', 'g'), 20)
    END || '-' || id,
    first_name, last_name, created_at, created_at
  FROM (
    SELECT ${p.base} + i + 1 AS id, rank,
      ($1::text[])[1 + floor(${uniform(p, 'i', 2)} * cardinality($1::text[]))::int] AS first_name,
      ($2::text[])[1 + floor(${uniform(p, 'i', 3)} * cardinality($2::text[]))::int] AS last_name,
      now() - make_interval(days => floor(${uniform(p, 'i', 4)} * 3000)::int) AS created_at
    FROM graph_gen_member
  ) people`;

/** Each member's current job names their company cohort, their school names their school cohort. */
const EXPERIENCE_SQL = (p: Plan) => `
  INSERT INTO experience (member_id, title, company_name, start_month, is_current)
  SELECT ${p.base} + i + 1, ($1::text[])[1 + floor(${uniform(p, 'i', 5)} * cardinality($1::text[]))::int],
    ($2::text[])[1 + company % cardinality($2::text[])] || ' '
      || split_part(($3::text[])[1 + company / cardinality($2::text[]) % cardinality($3::text[])], '|', 1)
      || CASE WHEN company >= cardinality($2::text[]) * cardinality($3::text[])
           THEN ' ' || (company / (cardinality($2::text[]) * cardinality($3::text[])) + 1) ELSE '' END,
    (date '2016-01-01' + make_interval(months => floor(${uniform(p, 'i', 6)} * 120)::int))::date, true
  FROM graph_gen_member`;

const EDUCATION_SQL = (p: Plan) => `
  INSERT INTO education (member_id, school, start_year, end_year)
  SELECT ${p.base} + i + 1, ($1::text[])[1 + school % cardinality($1::text[])], y, y + 3
  FROM graph_gen_member, LATERAL (SELECT (1985 + school / cardinality($1::text[]) % 38)::smallint AS y) years`;

/**
 * Every ordinary member invites k others, k falling with their popularity rank as a power law (a Zipf
 * exponent of 2/3: degrees spread as k^-2.5, from minDegree to maxSent): about 60% of them (up to half the
 * cohort) in their company, 25% in their school cohort, the rest anywhere, chosen by popularity (so the
 * popular receive more). Hubs are neither chosen nor choose here; self-loops and repeats are dropped.
 */
const EDGE_SQL = (p: Plan) => `
  CREATE UNLOGGED TABLE graph_gen_edge AS
  SELECT DISTINCT least(m.i, t.peer) AS a, greatest(m.i, t.peer) AS b
  FROM (
    SELECT i, company_first, company_size, school, k,
      least(round(0.6 * k), company_size / 2)::int AS in_company,
      least(round(0.25 * k), ${p.schoolSize} / 2)::int AS in_school
    FROM (
      SELECT *, least(${p.maxSent}, round(${p.minDegree} * power(${p.members}::float8 / (rank + 1), 2.0 / 3)))::int AS k
      FROM graph_gen_member WHERE rank >= ${p.hubs}
    ) sized
  ) m
  CROSS JOIN LATERAL generate_series(1, m.k) AS j
  CROSS JOIN LATERAL (SELECT ${uniform(p, 'm.i::bigint * 40000 + j', 7)} AS u) r
  CROSS JOIN LATERAL (SELECT CASE
      WHEN j <= m.in_company THEN m.company_first + floor(r.u * m.company_size)::int
      WHEN j <= m.in_company + m.in_school THEN
        ((m.school::bigint * ${p.schoolSize} + floor(r.u * ${p.schoolSize})::bigint) % ${p.members}
          * ${p.schoolInverse} % ${p.members})::int
      ELSE ((${p.hubs} + floor(${p.members - p.hubs} * power(r.u, 2)))::bigint * ${p.rankInverse} % ${p.members})::int
    END AS peer) t
  WHERE t.peer <> m.i AND t.peer::bigint * ${p.rankStep} % ${p.members} >= ${p.hubs}`;

/** Each hub is connected to every other hub and to cap - (hubs - 1) distinct ordinary members. */
const HUB_EDGE_SQL = (p: Plan) => `
  INSERT INTO graph_gen_edge (a, b)
  WITH hub AS (SELECT i, rank FROM graph_gen_member WHERE rank < ${p.hubs})
  SELECT least(h.i, t.peer), greatest(h.i, t.peer)
  FROM hub h
  CROSS JOIN LATERAL generate_series(0, ${p.cap - p.hubs}) AS j
  CROSS JOIN LATERAL (SELECT ((${p.hubs} + (h.rank::bigint * 7919 + j::bigint * ${p.hubStride}) % ${p.members - p.hubs})
    * ${p.rankInverse} % ${p.members})::int AS peer) t
  UNION ALL
  SELECT x.i, y.i FROM hub x JOIN hub y ON x.i < y.i`;

const BOTH_ENDS = `SELECT a, b, a AS i, b AS other FROM graph_gen_edge UNION ALL SELECT a, b, b, a FROM graph_gen_edge`;

const OVERFULL_SQL = (p: Plan) => `
  CREATE UNLOGGED TABLE graph_gen_overfull AS
  SELECT i FROM (${BOTH_ENDS}) e GROUP BY i HAVING count(*) > ${p.cap}`;

/** The popular may pass the cap: they keep their hubs, then a random cap's worth of the others. */
const TRIM_SQL = (p: Plan) => `
  DELETE FROM graph_gen_edge e USING (
    SELECT a, b FROM (
      SELECT a, b, row_number() OVER (
        PARTITION BY i ORDER BY other::bigint * ${p.rankStep} % ${p.members} < ${p.hubs} DESC, hashint8(a::bigint * ${p.members} + b)
      ) AS n
      FROM graph_gen_overfull JOIN (${BOTH_ENDS}) ends USING (i)
    ) ranked
    WHERE n > ${p.cap}
  ) excess
  WHERE e.a = excess.a AND e.b = excess.b`;

/** Both directed rows of each connection, connected some time in the last six years. */
const INSERT_CONNECTIONS_SQL = (p: Plan) => `
  INSERT INTO connection (member_id, peer_id, created_at)
  SELECT ${p.base} + d.x + 1, ${p.base} + d.y + 1,
    now() - make_interval(secs => floor(${uniform(p, `a::bigint * ${p.members} + b`, 8)} * 6 * 365 * 86400))
  FROM graph_gen_edge CROSS JOIN LATERAL (VALUES (a, b), (b, a)) AS d(x, y)`;

/** What the statement-level trigger on connection would have counted, counted from the edges instead. */
const COUNT_CONNECTIONS_SQL = (p: Plan) => `
  INSERT INTO connection_count (member_id, connections)
  SELECT ${p.base} + i + 1, count(*) FROM (SELECT a AS i FROM graph_gen_edge UNION ALL SELECT b FROM graph_gen_edge) ends
  GROUP BY i`;

interface Definition {
  name: string;
  definition: string;
}

/**
 * Loading tens of millions of rows into an indexed table is several times slower than building the indexes
 * afterwards: drop the connection table's keys and indexes as the migrations made them, and make them again.
 */
async function withoutKeys(
  manager: EntityManager,
  load: () => Promise<void>,
  progress: (step: string, ms: number) => void,
): Promise<void> {
  const constraints = await manager.query<Definition[]>(`
    SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
    WHERE conrelid = 'connection'::regclass AND contype IN ('p', 'u', 'f') ORDER BY contype = 'f', conname`);
  const indexes = await manager.query<Definition[]>(`
    SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition FROM pg_index
    WHERE indrelid = 'connection'::regclass
      AND indexrelid NOT IN (SELECT conindid FROM pg_constraint WHERE conrelid = 'connection'::regclass)`);
  for (const { name } of constraints) await manager.query(`ALTER TABLE connection DROP CONSTRAINT "${name}"`);
  for (const { name } of indexes) await manager.query(`DROP INDEX ${name}`);
  await manager.query(`ALTER TABLE connection DISABLE TRIGGER connection_counted_insert`);
  await load();
  await manager.query(`ALTER TABLE connection ENABLE TRIGGER connection_counted_insert`);
  const started = performance.now();
  for (const { name, definition } of constraints) {
    await manager.query(`ALTER TABLE connection ADD CONSTRAINT "${name}" ${definition}`);
  }
  for (const { definition } of indexes) await manager.query(definition);
  progress('keys and indexes', performance.now() - started);
}

const GENERATION_TABLES = ['graph_gen_company', 'graph_gen_member', 'graph_gen_edge', 'graph_gen_overfull'];

/**
 * Builds a synthetic professional network with set-based SQL, inside the caller's transaction: members with
 * names, a current job and a school; connections clustered by company and school with a power-law degree
 * distribution, `hubs` members at the cap, no self-loop, no repeat, both directed rows of each connection.
 * The connection table must be empty. `progress` hears how long each step took.
 */
export async function generateGraph(
  manager: EntityManager,
  options: GraphOptions,
  progress: (step: string, ms: number) => void = () => undefined,
): Promise<GeneratedGraph> {
  const [state] = await manager.query<{ busy: boolean; base: string }[]>(
    `SELECT EXISTS (SELECT 1 FROM connection) AS busy, (SELECT coalesce(max(id), 0) FROM member) AS base`,
  );
  if (state!.busy) throw new Error('the connection table must be empty');
  const p = plan(options, Number(state!.base));
  const step = async (name: string, sql: string, parameters: unknown[] = []) => {
    const started = performance.now();
    await manager.query(sql, parameters);
    progress(name, performance.now() - started);
  };
  await manager.query(`SET LOCAL work_mem = '256MB'`);
  await manager.query(`SET LOCAL maintenance_work_mem = '1GB'`);
  await step('companies', COMPANY_SQL(p));
  await step('cohorts', MEMBER_SQL(p));
  await step('members', INSERT_MEMBERS_SQL(p), [FIRST_NAMES, LAST_NAMES]);
  await manager.query(`SELECT setval(pg_get_serial_sequence('member', 'id'), (SELECT max(id) FROM member))`);
  await step('current jobs', EXPERIENCE_SQL(p), [TITLES, COMPANIES, PLACES]);
  await step('schools', EDUCATION_SQL(p), [SCHOOLS]);
  await step('invitations', EDGE_SQL(p));
  await step('hubs', HUB_EDGE_SQL(p));
  await step('degrees over the cap', OVERFULL_SQL(p));
  await step('trim to the cap', TRIM_SQL(p));
  await withoutKeys(manager, () => step('connection rows', INSERT_CONNECTIONS_SQL(p)), progress);
  await step('connection counts', COUNT_CONNECTIONS_SQL(p));
  await step('analyze', 'ANALYZE connection, member, experience, education');
  const [counted] = await manager.query<{ edges: string }[]>(`SELECT count(*) AS edges FROM graph_gen_edge`);
  await manager.query(`DROP TABLE ${GENERATION_TABLES.join(', ')}`);
  return { members: p.members, connections: Number(counted!.edges), firstMemberId: p.base + 1 };
}
