import { LIMITS } from '@carnet/shared';
import { buildApiMember, buildMember } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

const CREATE = `mutation Create($input: CreateAccessTokenInput!) {
  createAccessToken(input: $input) {
    token
    accessToken { id name scopes prefix expiresAt lastUsedAt }
    userErrors { field code message }
  }
}`;
const REVOKE = `mutation Revoke($id: ID!) { revokeAccessToken(input: { id: $id }) { revokedAccessTokenId } }`;
const TOKENS = `query Tokens($first: Int, $after: String, $last: Int, $before: String) {
  account { accessTokens(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    nodes { name }
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }
}`;
const VIEWER = `{ viewer { id } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function createToken(client: Awaited<ReturnType<typeof buildMember>>['client'], input: Record<string, unknown>) {
  const result = await client.graphql(CREATE, { input: { scopes: ['READ_PROFILE'], expiresInDays: 30, ...input } });
  return result.data?.createAccessToken;
}

describe('personal access tokens', () => {
  it('shows the secret once, lists the token without it, and lets it act as its owner', async () => {
    const { client, member } = await buildMember(server);
    const created = await createToken(client, { name: 'Mon script', scopes: ['READ_PROFILE', 'READ_NETWORK'] });
    expect(created.userErrors).toEqual([]);
    expect(created.token).toMatch(/^crn_pat_[A-Za-z0-9_-]{43}$/);
    expect(created.accessToken).toMatchObject({
      name: 'Mon script',
      scopes: ['READ_PROFILE', 'READ_NETWORK'],
      lastUsedAt: null,
    });
    expect(created.token.startsWith(created.accessToken.prefix)).toBe(true);
    expect(new Date(created.accessToken.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    const viewer = await server.graphql(VIEWER, {}, { token: created.token });
    expect(viewer.data?.viewer.id).toBe(member.id);

    const listed = await client.graphql(TOKENS);
    expect(JSON.stringify(listed.data)).not.toContain(created.token);
    expect(listed.data?.account.accessTokens.nodes).toEqual([{ name: 'Mon script' }]);
  });

  it('answers UNAUTHENTICATED for a revoked, expired, unknown or malformed token', async () => {
    const { client } = await buildMember(server);
    const revoked = await createToken(client, { name: 'revoked' });
    await client.graphql(REVOKE, { id: revoked.accessToken.id });
    const expired = await createToken(client, { name: 'expired' });
    await server.db.query(`UPDATE access_token SET expires_at = now() - interval '1 second' WHERE name = 'expired'`);

    for (const authorization of [
      `Bearer ${revoked.token}`,
      `Bearer ${expired.token}`,
      'Bearer crn_pat_thisisnotatoken',
      'Bearer ',
      `Basic ${Buffer.from('a:b').toString('base64')}`,
    ]) {
      const result = await server.graphql(VIEWER, {}, { headers: { authorization } });
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.data).toBeUndefined();
    }
  });

  it('refuses account management through a token with FORBIDDEN', async () => {
    const { client } = await buildMember(server);
    const { token } = await createToken(client, {
      name: 'all scopes',
      scopes: ['READ_PROFILE', 'WRITE_PROFILE', 'READ_NETWORK', 'WRITE_NETWORK', 'READ_JOBS', 'WRITE_JOBS'],
    });
    for (const query of [
      `{ account { email } }`,
      `mutation { createAccessToken(input: { name: "more", scopes: [READ_JOBS] }) { token } }`,
      `mutation { signOut(input: {}) { userErrors { code } } }`,
    ]) {
      const result = await server.graphql(query, {}, { token });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lets an API client with a session token manage its tokens', async () => {
    const { token } = await buildApiMember(server);
    const result = await server.graphql(CREATE, { input: { name: 'ci', scopes: ['READ_JOBS'] } }, { token });
    expect(result.data?.createAccessToken.accessToken).toMatchObject({ name: 'ci', expiresAt: null });
  });

  it('validates name, scopes and expiry, and creates nothing', async () => {
    const { client } = await buildMember(server);
    const bad = await client.graphql(CREATE, { input: { name: ' ', scopes: [], expiresInDays: 12 } });
    expect(
      bad.data?.createAccessToken.userErrors.map((e: { field: string; code: string }) => [e.field, e.code]),
    ).toEqual([
      ['name', 'REQUIRED'],
      ['scopes', 'REQUIRED'],
      ['expiresInDays', 'INVALID_CHOICE'],
    ]);
    const long = await createToken(client, { name: 'x'.repeat(LIMITS.tokenName + 1) });
    expect(long.userErrors[0]).toMatchObject({ field: 'name', code: 'TOO_LONG' });
    const unknownScope = await client.graphql(CREATE, { input: { name: 'n', scopes: ['ADMIN'] } });
    expect(unknownScope.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await client.graphql(TOKENS)).data?.account.accessTokens.totalCount).toBe(0);
  });

  it(`stops at ${LIMITS.tokensPerMember} live tokens, even when asked concurrently`, async () => {
    const { client } = await buildMember(server);
    const results = await Promise.all(
      Array.from({ length: LIMITS.tokensPerMember + 5 }, (_, i) => createToken(client, { name: `token ${i}` })),
    );
    expect(results.filter((r) => r.token)).toHaveLength(LIMITS.tokensPerMember);
    expect(results.filter((r) => r.userErrors[0]?.code === 'LIMIT_REACHED')).toHaveLength(5);
  });

  it('cannot revoke or see the tokens of someone else', async () => {
    const owner = await buildMember(server);
    const other = await buildMember(server);
    const { accessToken } = await createToken(owner.client, { name: 'private' });
    const revoke = await other.client.graphql(REVOKE, { id: accessToken.id });
    expect(revoke.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const node = await other.client.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id: accessToken.id });
    expect(node.data?.node).toBeNull();
    const own = await owner.client.graphql(`query ($id: ID!) { node(id: $id) { ... on AccessToken { name } } }`, {
      id: accessToken.id,
    });
    expect(own.data?.node).toEqual({ name: 'private' });
  });
});

describe('paginating a list', () => {
  let client: Awaited<ReturnType<typeof buildMember>>['client'];
  beforeAll(async () => {
    ({ client } = await buildMember(server));
    for (let i = 0; i < 25; i++) await createToken(client, { name: `t${String(i).padStart(2, '0')}` });
  });

  const names = (result: { data?: Record<string, any> }) =>
    result.data?.account.accessTokens.nodes.map((n: { name: string }) => n.name);

  it('walks forward with first/after and back with last/before, newest first', async () => {
    const first = await client.graphql(TOKENS, { first: 10 });
    const page1 = first.data?.account.accessTokens;
    expect(page1.totalCount).toBe(25);
    expect(names(first)).toEqual(['t24', 't23', 't22', 't21', 't20', 't19', 't18', 't17', 't16', 't15']);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const second = await client.graphql(TOKENS, { first: 10, after: page1.pageInfo.endCursor });
    expect(names(second)).toEqual(['t14', 't13', 't12', 't11', 't10', 't09', 't08', 't07', 't06', 't05']);
    const third = await client.graphql(TOKENS, {
      first: 10,
      after: second.data?.account.accessTokens.pageInfo.endCursor,
    });
    expect(names(third)).toEqual(['t04', 't03', 't02', 't01', 't00']);
    expect(third.data?.account.accessTokens.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const back = await client.graphql(TOKENS, {
      last: 3,
      before: third.data?.account.accessTokens.pageInfo.startCursor,
    });
    expect(names(back)).toEqual(['t07', 't06', 't05']);
    expect(back.data?.account.accessTokens.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const oldest = await client.graphql(TOKENS, { last: 2 });
    expect(names(oldest)).toEqual(['t01', 't00']);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ last: -1 }, 'last'],
    [{ first: 5, last: 5 }, 'last'],
    [{ after: 'not-a-cursor' }, 'after'],
  ])('refuses %j with BAD_USER_INPUT on %s', async (args, field) => {
    const result = await client.graphql(TOKENS, args);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
