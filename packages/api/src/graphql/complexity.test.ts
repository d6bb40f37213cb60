import { buildMember } from '../../test/factories';
import { FULL_PROFILE_BY_HANDLE, FULL_PROFILES_BY_ID } from '../../test/full-profile';
import { startTestServer, type TestServer } from '../../test/server';
import { MAX_QUERY_COMPLEXITY } from './complexity';

const NETWORK_OF_NETWORKS = `query ($handle: String!, $size: Int!) {
  member(handle: $handle) {
    connections(first: $size) { nodes { connections(first: $size) { nodes { connections(first: $size) { nodes { handle headline } } } } } }
  }
}`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('query complexity', () => {
  it('lets a full profile through, and a page of full profiles', async () => {
    const { client, member } = await buildMember(server);
    const one = await client.graphql(FULL_PROFILE_BY_HANDLE, { handle: member.handle });
    expect(one.errors).toBeUndefined();
    const ids = Array.from({ length: 3 }, () => member.id);
    expect((await client.graphql(FULL_PROFILES_BY_ID, { ids })).errors).toBeUndefined();
  });

  it('refuses lists nested in lists before running them, counting the page sizes given as variables', async () => {
    const { client, member } = await buildMember(server);
    const small = await client.graphql(NETWORK_OF_NETWORKS, { handle: member.handle, size: 5 });
    expect(small.errors).toBeUndefined();
    const large = await client.graphql(NETWORK_OF_NETWORKS, { handle: member.handle, size: 100 });
    expect(large.status).toBe(400);
    expect(large.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      maxComplexity: MAX_QUERY_COMPLEXITY,
    });
    expect(large.errors?.[0]?.extensions?.complexity).toBeGreaterThan(1_000_000);
  });

  it('counts the default page size when a list is asked for without first or last', async () => {
    const { client, member } = await buildMember(server);
    const withSize = (size: string) =>
      `{ member(handle: "${member.handle}") { connections${size} { nodes { connections${size} { nodes {
         connections${size} { nodes { connections${size} { nodes { handle } } } } } } } } } }`;
    const unsized = await client.graphql(withSize(''));
    const twenty = await client.graphql(withSize('(first: 20)'));
    expect(unsized.errors?.[0]?.extensions?.complexity).toBeGreaterThan(MAX_QUERY_COMPLEXITY);
    expect(unsized.errors?.[0]?.extensions?.complexity).toBe(twenty.errors?.[0]?.extensions?.complexity);
    expect((await client.graphql(withSize('(first: 5)'))).errors).toBeUndefined();
  });
});
