import { STATEMENTS_HEADER } from '../../app';
import { buildMember, dbId } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { countStatements: true });
});
afterAll(() => server.close());

const CONNECTIONS_WITH_STATES = /* GraphQL */ `
  query {
    viewer {
      connections(first: 100) {
        edges {
          connectedAt
          node {
            displayName
            headline
            currentPosition {
              title
              companyName
            }
            viewerState {
              degree
              mutualConnectionCount
              mutualConnections(first: 3) {
                displayName
              }
            }
          }
        }
      }
    }
  }
`;

/** Members inserted straight into the database, named "Peer <prefix> <i>", with ids in increasing order. */
async function insertMembers(count: number, prefix: string): Promise<string[]> {
  const rows = await server.db.query<{ id: string }[]>(
    `INSERT INTO member (handle, first_name, last_name, headline)
     SELECT $2 || '-' || g, 'Peer', $2 || ' ' || g, 'Headline ' || g FROM generate_series(1, $1) AS g
     ORDER BY g RETURNING id::text AS id`,
    [count, prefix],
  );
  return rows.map((row) => row.id);
}

async function insertEdges(edges: [string, string][]): Promise<void> {
  await server.db.query(
    `INSERT INTO connection (member_id, peer_id)
     SELECT a, b FROM unnest($1::bigint[], $2::bigint[]) AS e(a, b)
     UNION ALL SELECT b, a FROM unnest($1::bigint[], $2::bigint[]) AS e(a, b)`,
    [edges.map(([a]) => a), edges.map(([, b]) => b)],
  );
}

/** An old job and, for every other member, a current one at "Company <i>" (the latest current job wins). */
async function insertJobs(members: string[]): Promise<void> {
  await server.db.query(
    `INSERT INTO experience (member_id, title, company_name, start_month, end_month, is_current)
     SELECT id, 'Intern', 'Old Co', DATE '2010-01-01', DATE '2011-01-01', false FROM unnest($1::bigint[]) AS m(id)
     UNION ALL
     SELECT id, 'Analyst', 'Earlier Co', DATE '2015-01-01', NULL, true FROM unnest($2::bigint[]) AS m(id)
     UNION ALL
     SELECT id, 'Engineer ' || i, 'Company ' || i, DATE '2020-01-01', NULL, true
     FROM unnest($2::bigint[]) WITH ORDINALITY AS m(id, i)`,
    [members, members.filter((_, i) => i % 2 === 0)],
  );
}

/**
 * A viewer with `size` connections p0…p(size-1), among whom p0 knows everyone, and p(i) knows p(i+1) for every
 * third i; plus an outsider known by p1 and p2, who is no connection of the viewer and so never a mutual.
 */
async function buildNetwork(size: number, prefix: string) {
  const viewer = await buildMember(server);
  const viewerId = dbId(viewer.member.id);
  const peers = await insertMembers(size, prefix);
  const [outsider] = await insertMembers(1, `${prefix}-out`);
  const among: [string, string][] = [
    ...peers.slice(1).map((peer): [string, string] => [peers[0]!, peer]),
    ...peers.flatMap((peer, i): [string, string][] =>
      i > 0 && i % 3 === 0 && peers[i + 1] ? [[peer, peers[i + 1]!]] : [],
    ),
    [outsider!, peers[1]!],
    [outsider!, peers[2]!],
  ];
  await insertEdges([...peers.map((peer): [string, string] => [viewerId, peer]), ...among]);
  await insertJobs(peers);
  return { viewer, peers, edges: among };
}

/** The mutual connections of the viewer and each peer, from the edges the test wrote: peers adjacent to it. */
function expectedMutuals(peers: string[], edges: [string, string][]): Map<string, string[]> {
  const ofViewer = new Set(peers);
  const neighbours = new Map(peers.map((peer) => [peer, [] as string[]]));
  for (const [a, b] of edges) {
    if (ofViewer.has(a) && ofViewer.has(b)) {
      neighbours.get(a)!.push(b);
      neighbours.get(b)!.push(a);
    }
  }
  for (const list of neighbours.values()) list.sort((x, y) => Number(BigInt(x) - BigInt(y)));
  return neighbours;
}

async function listConnections(network: Awaited<ReturnType<typeof buildNetwork>>) {
  const result = await network.viewer.client.graphql(CONNECTIONS_WITH_STATES, {});
  expect(result.errors).toBeUndefined();
  return {
    edges: result.data!.viewer.connections.edges as any[],
    statements: Number(result.headers.get(STATEMENTS_HEADER)),
  };
}

describe('a page of connections with their degree, mutuals and current position', () => {
  /*
   * The statements: the session with the viewer's member row; the page of connections; the listed members'
   * rows; their experiences (currentPosition); their mutual counts with the first mutuals (one statement); the
   * rows of those mutuals not on the page, if any. Degrees cost none: the viewer's own connections are FIRST.
   */
  it('runs as many SQL statements for 100 connections as for 5, and at most 6', async () => {
    const few = await listConnections(await buildNetwork(5, 'few'));
    const many = await listConnections(await buildNetwork(100, 'many'));
    expect(few.edges).toHaveLength(5);
    expect(many.edges).toHaveLength(100);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(6);
  });

  it('runs at most 6 SQL statements when the mutual connections listed are beyond the page', async () => {
    const beyond = await listConnections(await buildNetwork(130, 'beyond'));
    expect(beyond.edges).toHaveLength(100);
    expect(
      beyond.edges.every((edge) => edge.node.viewerState.mutualConnections[0].displayName === 'Peer beyond 1'),
    ).toBe(true);
    expect(beyond.statements).toBeLessThanOrEqual(6);
  });

  it('gives each connection degree FIRST, the mutual connections of the graph and the latest current job', async () => {
    const network = await buildNetwork(12, 'exact');
    const { edges } = await listConnections(network);
    const names = new Map(network.peers.map((peer, i) => [peer, `Peer exact ${i + 1}`]));
    const mutuals = expectedMutuals(network.peers, network.edges);
    const byName = new Map(edges.map((edge) => [edge.node.displayName, edge.node]));
    network.peers.forEach((peer, i) => {
      const node = byName.get(names.get(peer)!);
      const own = mutuals.get(peer)!;
      expect(node.headline).toBe(`Headline ${i + 1}`);
      expect(node.currentPosition).toEqual(
        i % 2 === 0 ? { title: `Engineer ${i / 2 + 1}`, companyName: `Company ${i / 2 + 1}` } : null,
      );
      expect(node.viewerState).toEqual({
        degree: 'FIRST',
        mutualConnectionCount: own.length,
        mutualConnections: own.slice(0, 3).map((id) => ({ displayName: names.get(id) })),
      });
    });
    expect(mutuals.get(network.peers[0]!)).toHaveLength(11);
    expect(mutuals.get(network.peers[3]!)).toHaveLength(2);
  });

  it('hides the current position from readers outside the audience of HEADLINE or EXPERIENCE', async () => {
    const owner = await buildMember(server);
    const ownerId = dbId(owner.member.id);
    await insertJobs([ownerId]);
    const query = `query ($handle: String!) { member(handle: $handle) { currentPosition { title companyName } } }`;
    const read = async () =>
      (await server.client().graphql(query, { handle: owner.member.handle })).data!.member.currentPosition;
    expect(await read()).toEqual({ title: 'Engineer 1', companyName: 'Company 1' });
    for (const section of ['EXPERIENCE', 'HEADLINE']) {
      await owner.client.graphql(
        `mutation ($input: SetSectionVisibilityInput!) { setSectionVisibility(input: $input) { userErrors { code } } }`,
        { input: { section, audience: 'CONNECTIONS' } },
      );
      expect(await read()).toBeNull();
      await owner.client.graphql(
        `mutation ($input: SetSectionVisibilityInput!) { setSectionVisibility(input: $input) { userErrors { code } } }`,
        { input: { section, audience: 'PUBLIC' } },
      );
    }
  });
});
