import { buildMember } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

const SESSIONS = `{ account { sessions { totalCount nodes { id current userAgent lastUsedAt expiresAt } } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { member { id } } }`;
const REVOKE = `mutation ($id: ID!) { revokeSession(input: { id: $id }) { revokedSessionId } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('sessions', () => {
  it('lists the devices signed in, marks this one, and signs another one out', async () => {
    const { client, fields } = await buildMember(server, {});
    const phone = server.client({ headers: { 'user-agent': 'Carnet phone test' } });
    await phone.graphql(SIGN_IN, { input: { email: fields.email, password: fields.password } });

    const listed = await client.graphql(SESSIONS);
    const sessions = listed.data?.account.sessions;
    expect(sessions.totalCount).toBe(2);
    const other = sessions.nodes.find((s: { current: boolean }) => !s.current);
    expect(other.userAgent).toBe('Carnet phone test');
    expect(new Date(other.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    const revoked = await client.graphql(REVOKE, { id: other.id });
    expect(revoked.data?.revokeSession.revokedSessionId).toBe(other.id);
    expect((await phone.graphql(`{ viewer { id } }`)).data?.viewer).toBeNull();
    expect((await client.graphql(SESSIONS)).data?.account.sessions.totalCount).toBe(1);
  });

  it("cannot end someone else's session", async () => {
    const victim = await buildMember(server);
    const attacker = await buildMember(server);
    const [{ id }] = (await victim.client.graphql(SESSIONS)).data!.account.sessions.nodes;
    const attempt = await attacker.client.graphql(REVOKE, { id });
    expect(attempt.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await victim.client.graphql(`{ viewer { id } }`)).data?.viewer).not.toBeNull();
  });

  it('treats an expired session as signed out and clears its cookie', async () => {
    const { client, member } = await buildMember(server);
    await server.db.query(
      `UPDATE session SET expires_at = now() - interval '1 second' WHERE member_id = (SELECT id FROM member WHERE handle = $1)`,
      [member.handle],
    );
    const result = await client.graphql(`{ viewer { id } }`);
    expect(result.data?.viewer).toBeNull();
    expect(client.cookies.size).toBe(0);
  });
});
