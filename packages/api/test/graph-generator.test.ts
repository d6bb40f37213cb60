import type { DataSource } from 'typeorm';
import { generateGraph, type GeneratedGraph } from '../bench/graph-generator';
import { createDataSource } from '../src/db/data-source';
import { createTestDatabase } from './database';

const SHAPE = { members: 2000, hubs: 5, cap: 300, minDegree: 8, seed: 1 };

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;
let graph: GeneratedGraph;
let keysBefore: unknown[];

const KEYS = `
  SELECT conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = 'connection'::regclass
  UNION ALL
  SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = 'connection'::regclass
  ORDER BY 1`;

const one = async <T>(sql: string): Promise<T> => (await db.query<T[]>(sql))[0] as T;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDataSource(database.url, { poolSize: 2 });
  await db.initialize();
  keysBefore = await db.query(KEYS);
  graph = await db.transaction((manager) => generateGraph(manager, SHAPE));
}, 120_000);

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

const DEGREES = `
  SELECT m.id, m.handle LIKE 'hub-%' AS hub, count(c.peer_id)::int AS degree
  FROM member m LEFT JOIN connection c ON c.member_id = m.id GROUP BY m.id`;

describe('the synthetic network generator', () => {
  it('creates the members asked, each with a current job and a school, and their connections', async () => {
    const counts = await one<Record<string, number>>(`
      SELECT (SELECT count(*)::int FROM member) AS members, (SELECT count(*)::int FROM connection) AS rows,
        (SELECT count(DISTINCT member_id)::int FROM experience WHERE is_current) AS employed,
        (SELECT count(DISTINCT member_id)::int FROM education) AS schooled`);
    expect(counts).toEqual({ members: 2000, rows: graph.connections * 2, employed: 2000, schooled: 2000 });
    expect(graph.connections).toBeGreaterThan(2000 * SHAPE.minDegree);
  });

  it('writes both directed rows of every connection, never a self-loop, and keeps the keys and indexes', async () => {
    const faults = await one<Record<string, number>>(`
      SELECT count(*) FILTER (WHERE member_id = peer_id)::int AS "selfLoops",
        count(*) FILTER (WHERE NOT EXISTS (
          SELECT 1 FROM connection r WHERE r.member_id = c.peer_id AND r.peer_id = c.member_id))::int AS "oneWay"
      FROM connection c`);
    expect(faults).toEqual({ selfLoops: 0, oneWay: 0 });
    expect(await db.query(KEYS)).toEqual(keysBefore);
  });

  it('respects the cap and puts the hubs exactly at it', async () => {
    const degrees = await db.query<{ hub: boolean; degree: number }[]>(DEGREES);
    const hubs = degrees.filter((d) => d.hub);
    expect(hubs.map((d) => d.degree)).toEqual(Array(SHAPE.hubs).fill(SHAPE.cap));
    expect(Math.max(...degrees.map((d) => d.degree))).toBe(SHAPE.cap);
  });

  it('spreads ordinary degrees with a heavy tail', async () => {
    const tail = await one<{ median: number; p99: number; max: number; isolated: number }>(`
      SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY degree) AS median,
        percentile_disc(0.99) WITHIN GROUP (ORDER BY degree) AS p99, max(degree) AS max,
        count(*) FILTER (WHERE degree = 0)::int AS isolated
      FROM (${DEGREES}) d WHERE NOT hub`);
    expect(tail.isolated).toBe(0);
    expect(tail.p99).toBeGreaterThanOrEqual(4 * tail.median);
    expect(tail.max).toBeGreaterThanOrEqual(8 * tail.median);
  });

  it('clusters most connections inside a company or a school cohort', async () => {
    const { share } = await one<{ share: number }>(`
      SELECT avg((ea.company_name = eb.company_name OR (sa.school, sa.start_year) = (sb.school, sb.start_year))::int)::float8
        AS share
      FROM connection c
      JOIN experience ea ON ea.member_id = c.member_id JOIN experience eb ON eb.member_id = c.peer_id
      JOIN education sa ON sa.member_id = c.member_id JOIN education sb ON sb.member_id = c.peer_id
      WHERE c.member_id < c.peer_id
        AND NOT EXISTS (SELECT 1 FROM member h WHERE h.id IN (c.member_id, c.peer_id) AND h.handle LIKE 'hub-%')`);
    expect(share).toBeGreaterThan(0.5);
  });
});
