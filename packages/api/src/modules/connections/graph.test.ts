import { DEGREES, type Degree } from '@carnet/shared';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { buildMember, dbId } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';
import { ConnectionService, DEGREE_STRATEGY } from './connection.service';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A small deterministic PRNG, so that a failing graph can be built again from its seed. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertMembers(count: number, prefix: string): Promise<string[]> {
  const rows = await server.db.query<{ id: string }[]>(
    `INSERT INTO member (handle, first_name, last_name)
     SELECT $2 || '-' || g, 'Graph', 'Member ' || g FROM generate_series(1, $1) AS g RETURNING id::text AS id`,
    [count, prefix],
  );
  return rows.map((row) => row.id);
}

async function insertEdges(edges: [string, string][]): Promise<void> {
  if (!edges.length) return;
  await server.db.query(
    `INSERT INTO connection (member_id, peer_id)
     SELECT a, b FROM unnest($1::bigint[], $2::bigint[]) AS e(a, b)
     UNION ALL SELECT b, a FROM unnest($1::bigint[], $2::bigint[]) AS e(a, b)`,
    [edges.map(([a]) => a), edges.map(([, b]) => b)],
  );
}

/** A small graph with blocks and connection lists hidden from some audiences, as the test built it. */
interface Graph {
  members: string[];
  edges: [string, string][];
  blocks: [string, string][];
  audiences: Map<string, 'CONNECTIONS' | 'ONLY_ME'>;
}

/** What the plain breadth-first search says of each member, seen from one viewer. */
interface Reference {
  degree: Degree;
  mutuals: string[];
  paths: string[][];
}

/**
 * The plain answer: breadth-first search from the viewer, three hops at most. A connection of the viewer is
 * expanded unless its list is ONLY_ME; a member at two hops unless its list is hidden from the 2nd degree or it
 * has a block with the viewer. Members with a block with the viewer are out of network. Shortest paths are
 * read back through every predecessor at the level before.
 */
function reference(viewer: string, graph: Graph): Map<string, Reference> {
  const neighbours = new Map<string, Set<string>>(graph.members.map((id) => [id, new Set()]));
  for (const [a, b] of graph.edges) {
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  }
  const blocked = new Set(graph.blocks.flatMap(([a, b]) => (a === viewer ? [b] : b === viewer ? [a] : [])));
  const opens = [
    () => true,
    (id: string) => graph.audiences.get(id) !== 'ONLY_ME',
    (id: string) => !graph.audiences.has(id) && !blocked.has(id),
  ];
  const level = new Map([[viewer, 0]]);
  const predecessors = new Map<string, string[]>();
  let frontier = [viewer];
  for (let hop = 1; hop <= 3; hop += 1) {
    const next = new Set<string>();
    for (const from of frontier.filter((id) => opens[hop - 1]!(id))) {
      for (const to of neighbours.get(from)!) {
        if (level.has(to) && level.get(to)! < hop) continue;
        level.set(to, hop);
        predecessors.set(to, [...(predecessors.get(to) ?? []), from]);
        next.add(to);
      }
    }
    frontier = [...next];
  }
  const chains = (id: string): string[][] =>
    level.get(id) === 1 ? [[]] : predecessors.get(id)!.flatMap((p) => chains(p).map((chain) => [...chain, p]));
  const names: Degree[] = [DEGREES.SELF, DEGREES.FIRST, DEGREES.SECOND, DEGREES.THIRD];
  return new Map(
    graph.members.map((id) => {
      if (id !== viewer && blocked.has(id)) return [id, { degree: DEGREES.OUT_OF_NETWORK, mutuals: [], paths: [] }];
      const degree = names[level.get(id) ?? 4] ?? DEGREES.OUT_OF_NETWORK;
      const mutuals =
        id === viewer ? [] : [...neighbours.get(viewer)!].filter((m) => neighbours.get(id)!.has(m) && opens[1]!(m));
      const reachable = degree !== DEGREES.SELF && degree !== DEGREES.OUT_OF_NETWORK;
      return [id, { degree, mutuals: mutuals.sort(byId), paths: reachable ? chains(id) : [] }];
    }),
  );
}

const byId = (a: string, b: string) => Number(BigInt(a) - BigInt(b));
const asSet = (paths: string[][]) => paths.map((path) => path.join('>')).sort();

/** A random graph of 40 members; the first `hubs` of them know nine in ten of the others. */
async function buildRandomGraph(seed: number, density: number, hubs = 0): Promise<Graph> {
  const members = await insertMembers(40, `prop-${seed}-${Math.round(density * 100)}`);
  const isHub = new Set(members.slice(0, hubs));
  const random = mulberry32(seed);
  const pairs = members.flatMap((a, i) => members.slice(i + 1).map((b): [string, string] => [a, b]));
  const blocks = pairs
    .filter(() => random() < 0.01)
    .map(([a, b]): [string, string] => (random() < 0.5 ? [a, b] : [b, a]));
  const blockedPair = new Set(blocks.flatMap(([a, b]) => [`${a}:${b}`, `${b}:${a}`]));
  const edges = pairs.filter(
    ([a, b]) => random() < (isHub.has(a) || isHub.has(b) ? 0.9 : density) && !blockedPair.has(`${a}:${b}`),
  );
  const audiences = new Map<string, 'CONNECTIONS' | 'ONLY_ME'>();
  for (const id of members) {
    const draw = random();
    if (draw < 0.1) audiences.set(id, 'ONLY_ME');
    else if (draw < 0.2) audiences.set(id, 'CONNECTIONS');
  }
  await insertEdges(edges);
  await server.db.query(
    `INSERT INTO member_block (member_id, blocked_id) SELECT * FROM unnest($1::bigint[], $2::bigint[])`,
    [blocks.map(([a]) => a), blocks.map(([, b]) => b)],
  );
  await server.db.query(
    `UPDATE member m SET visibility = jsonb_build_object('CONNECTIONS', a.audience)
     FROM unnest($1::bigint[], $2::text[]) AS a(id, audience) WHERE m.id = a.id`,
    [[...audiences.keys()], [...audiences.values()]],
  );
  return { members, edges, blocks, audiences };
}

/** The service with some of its degree strategy changed, to force one way of answering. */
const strategy = (change: Partial<typeof DEGREE_STRATEGY>) =>
  new ConnectionService(server.db, server.config.network, { ...DEGREE_STRATEGY, ...change });

// Hundreds of queries each: room for a machine busy with other test files.
const PROPERTY_TIMEOUT_MS = 30_000;

describe('degrees, mutual connections and shortest paths', () => {
  it.each([
    [1, 0.03, 0],
    [2, 0.05, 0],
    [3, 0.08, 0],
    [4, 0.12, 0],
    [5, 0.03, 3],
  ])(
    'match a breadth-first search on a random graph of 40 members with blocks and hidden lists (seed %i, density %f, %i hubs)',
    async (seed, density, hubs) => {
      const graph = await buildRandomGraph(seed, density, hubs);
      const service = new ConnectionService(server.db, server.config.network);
      // Every viewer here has few connections: these take the paths a hub viewer, or a viewer of hubs, would take.
      const probing = strategy({ viewerLimit: -1, meetLimit: -1, pathViewerLimit: -1 });
      const meeting = strategy({ viewerLimit: -1 });
      const meetingAllProbed = strategy({ viewerLimit: -1, scanRatio: 0 });
      const allHeavy = strategy({ lightLimit: -1 });
      const random = mulberry32(seed + 100);
      const shuffled = [...graph.members].sort(() => random() - 0.5);
      const seen = new Set<Degree>();
      for (const viewer of graph.members) {
        const expected = reference(viewer, graph);
        const want = shuffled.map((id) => expected.get(id)!);
        const [
          degrees,
          probedDegrees,
          heavyDegrees,
          metDegrees,
          metProbedDegrees,
          mutuals,
          paths,
          probedPaths,
          heavyPaths,
        ] = await Promise.all([
          service.degrees(viewer, shuffled),
          probing.degrees(viewer, shuffled),
          allHeavy.degrees(viewer, shuffled),
          meeting.degrees(viewer, shuffled),
          meetingAllProbed.degrees(viewer, shuffled),
          service.mutualsOf(viewer, shuffled, 100),
          service.shortestPathsOf(viewer, shuffled, 1000),
          probing.shortestPathsOf(viewer, shuffled, 1000),
          allHeavy.shortestPathsOf(viewer, shuffled, 1000),
        ]);
        expect(degrees).toEqual(want.map((r) => r.degree));
        expect(probedDegrees).toEqual(degrees);
        expect(heavyDegrees).toEqual(degrees);
        expect(metDegrees).toEqual(degrees);
        expect(metProbedDegrees).toEqual(degrees);
        expect(mutuals).toEqual(want.map((r) => ({ count: r.mutuals.length, firstIds: r.mutuals })));
        expect(paths.map(asSet)).toEqual(want.map((r) => asSet(r.paths)));
        expect(probedPaths.map(asSet)).toEqual(want.map((r) => asSet(r.paths)));
        expect(heavyPaths.map(asSet)).toEqual(want.map((r) => asSet(r.paths)));
        degrees.forEach((d) => seen.add(d));
      }
      expect(seen.size).toBe(5);
      expect(await service.degrees(null, graph.members.slice(0, 3))).toEqual(Array(3).fill(DEGREES.OUT_OF_NETWORK));
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'gives, for one member at a time, the degree, the first few mutual connections in id order and at most `limit` shortest paths',
    async () => {
      // Hubs among sparse members: a path's middle step is then found both by reading lists and by probing them.
      const graph = await buildRandomGraph(7, 0.06, 2);
      const service = new ConnectionService(server.db, server.config.network);
      // Reading every list, probing every list but the smaller end's, or never meeting in the middle: all agree.
      const reading = strategy({ scanRatio: 1000 });
      const probing = strategy({ scanRatio: 0 });
      const apart = strategy({ meetLimit: -1 });
      for (const viewer of graph.members.slice(0, 8)) {
        const expected = reference(viewer, graph);
        for (const member of graph.members) {
          const want = expected.get(member)!;
          expect(await service.degrees(viewer, [member])).toEqual([want.degree]);
          expect(await reading.degrees(viewer, [member])).toEqual([want.degree]);
          expect(await probing.degrees(viewer, [member])).toEqual([want.degree]);
          expect(asSet(await probing.shortestPaths(viewer, member, 1000))).toEqual(asSet(want.paths));
          expect(await apart.degrees(viewer, [member])).toEqual([want.degree]);
          expect(asSet(await apart.shortestPaths(viewer, member, 1000))).toEqual(asSet(want.paths));
          const [mutuals] = await service.mutualsOf(viewer, [member], 2);
          expect(mutuals).toEqual({ count: want.mutuals.length, firstIds: want.mutuals.slice(0, 2) });
          const few = await service.shortestPaths(viewer, member, 2);
          expect(few).toHaveLength(Math.min(2, want.paths.length));
          expect(asSet(want.paths)).toEqual(expect.arrayContaining(asSet(few)));
        }
      }
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('Member.connections', () => {
  const LIST = `query ($handle: String!, $first: Int, $after: String) {
    member(handle: $handle) {
      connections(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { connectedAt node { id displayName headline viewerState { degree canInvite invitation { id } } } }
      }
    }
  }`;

  it('pages the most recent first, and is empty with totalCount 0 for readers outside the audience', async () => {
    const owner = await buildMember(server);
    const peers = await insertMembers(3, `page-${dbId(owner.member.id)}`);
    await insertEdges(peers.map((peer) => [dbId(owner.member.id), peer]));
    await server.db.query(
      `UPDATE connection SET created_at = now() - make_interval(days => peer_id::int % 1000)
       WHERE member_id = $1 OR peer_id = $1`,
      [dbId(owner.member.id)],
    );
    const first = (await server.graphql(LIST, { handle: owner.member.handle, first: 2 })).data?.member.connections;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (
      await server.graphql(LIST, { handle: owner.member.handle, first: 2, after: first.pageInfo.endCursor })
    ).data?.member.connections;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const order = [...first.edges, ...rest.edges].map((edge: any) => dbId(edge.node.id));
    expect(order).toEqual([...peers].sort((a, b) => (Number(a) % 1000) - (Number(b) % 1000)));
    expect(first.edges[0].node.viewerState).toBeNull();

    await owner.client.graphql(
      `mutation { setSectionVisibility(input: { section: CONNECTIONS, audience: ONLY_ME }) { member { id } } }`,
    );
    const hidden = (await server.graphql(LIST, { handle: owner.member.handle })).data?.member.connections;
    expect(hidden).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    expect(
      (await owner.client.graphql(LIST, { handle: owner.member.handle })).data?.member.connections.totalCount,
    ).toBe(3);
  });

  it('resolves a list of 100 members with their viewer state in as many statements as a list of 5', async () => {
    const [hub, viewer] = [await buildMember(server), await buildMember(server)];
    const peers = await insertMembers(100, `wide-${dbId(hub.member.id)}`);
    await insertEdges(peers.map((peer) => [dbId(hub.member.id), peer]));
    await insertEdges(peers.slice(0, 10).map((peer) => [dbId(viewer.member.id), peer]));
    await server.db.query(
      `INSERT INTO invitation (sender_id, recipient_id, how_known) SELECT $1, unnest($2::bigint[]), 'OTHER'`,
      [dbId(viewer.member.id), peers.slice(10, 20)],
    );
    const statements = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const count = async (first: number) => {
      statements.mockClear();
      const result = await viewer.client.graphql(LIST, { handle: hub.member.handle, first });
      expect(result.errors).toBeUndefined();
      return { edges: result.data?.member.connections.edges, statements: statements.mock.calls.length };
    };
    const small = await count(5);
    const wide = await count(100);
    statements.mockRestore();
    expect(wide.edges).toHaveLength(100);
    expect(wide.statements).toBe(small.statements);
    expect(wide.statements).toBeLessThanOrEqual(10);
    const states = wide.edges.map((edge: any) => edge.node.viewerState);
    expect(states.filter((s: any) => s.degree === 'FIRST')).toHaveLength(10);
    expect(states.filter((s: any) => s.invitation !== null)).toHaveLength(10);
    expect(states.filter((s: any) => s.degree === 'THIRD' && s.canInvite)).toHaveLength(80);
  });
});
