import { buildMember } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/server';
import { toGlobalId } from './relay';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const NODE = `query ($id: ID!) { node(id: $id) { __typename id ... on Member { handle } } }`;
const NODES = `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Member { handle } } }`;

describe('node and nodes', () => {
  it('fetches a member again by its global id, for anyone', async () => {
    const { member } = await buildMember(server);
    const result = await server.graphql(NODE, { id: member.id });
    expect(result.data?.node).toEqual({ __typename: 'Member', id: member.id, handle: member.handle });
  });

  it('answers null for ids that are malformed, unknown, or of an unknown type', async () => {
    for (const id of ['', 'garbage', toGlobalId('Member', '999999999'), toGlobalId('Spaceship', '1'), 'TWVtYmVyOi0x']) {
      const result = await server.graphql(NODE, { id });
      expect(result.errors).toBeUndefined();
      expect(result.data?.node).toBeNull();
    }
  });

  it('keeps the order asked, with null in the gaps, in one batch', async () => {
    const a = await buildMember(server);
    const b = await buildMember(server);
    const result = await server.graphql(NODES, { ids: [b.member.id, 'nope', a.member.id, b.member.id] });
    expect(result.data?.nodes).toEqual([
      { id: b.member.id, handle: b.member.handle },
      null,
      { id: a.member.id, handle: a.member.handle },
      { id: b.member.id, handle: b.member.handle },
    ]);
  });
});
