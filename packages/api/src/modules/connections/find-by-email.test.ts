import { buildMember, createToken, dbId } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

const FIND = `mutation ($emails: [String!]!) {
  findMembersByEmail(input: { emails: $emails }) {
    members { id viewerState { degree canInvite } }
    invalidCount
    userErrors { field code message }
  }
}`;
const SET_FINDABLE = `mutation ($findable: Boolean!) {
  setFindableByEmail(input: { findable: $findable }) { member { findableByEmail } userErrors { code } }
}`;
const FINDABLE = `query ($handle: String!) { viewer { findableByEmail } member(handle: $handle) { findableByEmail } }`;

type Built = Awaited<ReturnType<typeof buildMember>>;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ emailLookup: { addresses: 20, windowSeconds: 3600 } });
});
afterAll(() => server.close());

async function find(member: Built, emails: string[]) {
  const result = await member.client.graphql(FIND, { emails });
  return result.data?.findMembersByEmail ?? result.errors;
}

describe('find people you know', () => {
  it('finds findable members by sign-in address, case aside, with their viewerState, and counts what is not an address', async () => {
    const [me, ana, bob] = [await buildMember(server), await buildMember(server), await buildMember(server)];
    const result = await find(me, [bob.fields.email.toUpperCase(), 'pas une adresse', ana.fields.email, 'x@']);
    expect(result).toEqual({
      members: [
        { id: bob.member.id, viewerState: { degree: 'OUT_OF_NETWORK', canInvite: true } },
        { id: ana.member.id, viewerState: { degree: 'OUT_OF_NETWORK', canInvite: true } },
      ],
      invalidCount: 2,
      userErrors: [],
    });
  });

  it('answers the same for a member who is not findable, blocked either way, and an unknown address', async () => {
    const [me, hidden, blocked, blocking] = [
      await buildMember(server),
      await buildMember(server),
      await buildMember(server),
      await buildMember(server),
    ];
    const set = await hidden.client.graphql(SET_FINDABLE, { findable: false });
    expect(set.data?.setFindableByEmail).toEqual({ member: { findableByEmail: false }, userErrors: [] });
    await server.db.query('INSERT INTO member_block (member_id, blocked_id) VALUES ($1, $2), ($3, $1)', [
      dbId(me.member.id),
      dbId(blocked.member.id),
      dbId(blocking.member.id),
    ]);
    const unknown = await find(me, ['nobody-here@example.fr']);
    for (const other of [hidden, blocked, blocking]) {
      expect(await find(me, [other.fields.email])).toEqual(unknown);
    }
    expect(unknown).toEqual({ members: [], invalidCount: 0, userErrors: [] });

    await hidden.client.graphql(SET_FINDABLE, { findable: true });
    expect((await find(me, [hidden.fields.email])).members).toEqual([
      expect.objectContaining({ id: hidden.member.id }),
    ]);
  });

  it('refuses more than 500 addresses at once, and nothing is looked up', async () => {
    const me = await buildMember(server);
    const emails = Array.from({ length: 501 }, (_, i) => `p${i}@example.fr`);
    expect(await find(me, emails)).toEqual({
      members: [],
      invalidCount: 0,
      userErrors: [{ field: 'emails', code: 'LIMIT_REACHED', message: 'Vous avez atteint la limite de 500.' }],
    });
  });

  it('limits the addresses one member may look up (20 per hour in this test), whatever the requests', async () => {
    const [me, other] = [await buildMember(server), await buildMember(server)];
    const batch = (from: number) => Array.from({ length: 8 }, (_, i) => `scan-${from + i}@example.fr`);
    expect((await find(me, batch(0))).userErrors).toEqual([]);
    expect((await find(me, batch(8))).userErrors).toEqual([]);
    const refused = await me.client.graphql(FIND, { emails: batch(16) });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    expect((await find(other, batch(0))).userErrors).toEqual([]);
  });

  it('shows the setting to its owner only, and needs the right scopes', async () => {
    const [me, other] = [await buildMember(server), await buildMember(server)];
    const read = await me.client.graphql(FINDABLE, { handle: other.member.handle });
    expect(read.data).toEqual({ viewer: { findableByEmail: true }, member: { findableByEmail: null } });

    const token = async (scopes: string[]) => await createToken(me.client, scopes);
    const profileOnly = await token(['READ_PROFILE', 'WRITE_PROFILE']);
    const denied = await server.graphql(FIND, { emails: [other.fields.email] }, { token: profileOnly });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const networkReader = await token(['READ_NETWORK']);
    const allowed = await server.graphql(FIND, { emails: [other.fields.email] }, { token: networkReader });
    expect(allowed.data?.findMembersByEmail.members).toEqual([{ id: other.member.id, viewerState: expect.anything() }]);
    const cannotSet = await server.graphql(SET_FINDABLE, { findable: false }, { token: networkReader });
    expect(cannotSet.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const canSet = await server.graphql(SET_FINDABLE, { findable: false }, { token: profileOnly });
    expect(canSet.data?.setFindableByEmail.userErrors).toEqual([]);
  });
});
