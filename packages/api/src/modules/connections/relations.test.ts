import { buildMember, connect, dbId, SEND_INVITATION } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';
import { ConnectionService } from './connection.service';

type Built = Awaited<ReturnType<typeof buildMember>>;

const RELATION = (action: string) => `mutation ($memberId: ID!) {
  ${action}(input: { memberId: $memberId }) {
    member { id viewerState { degree blocked following canInvite canFollow } }
    userErrors { field code message }
  }
}`;
const STATE = `query ($handle: String!) {
  member(handle: $handle) {
    followerCount followingCount
    viewerState {
      degree blocked following canInvite canFollow mutualConnectionCount
      mutualConnections { displayName }
    }
    connectionPaths { members { displayName } }
  }
}`;
const BLOCKED_LIST = `query ($first: Int, $after: String) {
  viewer { blockedMembers(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { blockedAt node { id } }
  } }
}`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const member = (firstName = 'Camille', lastName?: string) =>
  buildMember(server, lastName ? { firstName, lastName } : { firstName });

async function relate(action: string, from: Built, to: Built | string, lang = 'en') {
  const memberId = typeof to === 'string' ? to : to.member.id;
  const result = await from.client.graphql(RELATION(action), { memberId }, { headers: { 'accept-language': lang } });
  return result.data?.[action] ?? result.errors;
}
const codes = (payload: any) => payload.userErrors.map((e: any) => [e.field, e.code]);
const stateOf = async (reader: Built, other: Built) =>
  (await reader.client.graphql(STATE, { handle: other.member.handle })).data?.member;

async function pairRows(a: Built, b: Built) {
  const [row] = await server.db.query(
    `SELECT
       (SELECT count(*)::int FROM connection WHERE (member_id, peer_id) IN (($1::bigint, $2::bigint), ($2::bigint, $1::bigint))) AS connections,
       (SELECT count(*)::int FROM invitation WHERE state = 'PENDING'
          AND (sender_id, recipient_id) IN (($1::bigint, $2::bigint), ($2::bigint, $1::bigint))) AS pending,
       (SELECT count(*)::int FROM follow WHERE (member_id, followed_id) IN (($1::bigint, $2::bigint), ($2::bigint, $1::bigint))) AS follows,
       (SELECT count(*)::int FROM member_block WHERE (member_id, blocked_id) IN (($1::bigint, $2::bigint), ($2::bigint, $1::bigint))) AS blocks`,
    [dbId(a.member.id), dbId(b.member.id)],
  );
  return row;
}

async function hideConnections(who: Built, audience: 'CONNECTIONS' | 'ONLY_ME' | 'PUBLIC') {
  const result = await who.client.graphql(
    `mutation ($audience: Audience!) {
      setSectionVisibility(input: { section: CONNECTIONS, audience: $audience }) { userErrors { code } }
    }`,
    { audience },
  );
  expect(result.data?.setSectionVisibility.userErrors).toEqual([]);
}

describe('blocking', () => {
  it('ends the connection, the pending invitations and the follows in one go, and keeps both apart', async () => {
    const [ana, bob, cleo] = [await member(), await member(), await member()];
    await connect(ana, bob);
    await connect(bob, cleo);
    expect(codes(await relate('followMember', bob, ana))).toEqual([]);
    expect(codes(await relate('followMember', ana, bob))).toEqual([]);
    expect((await stateOf(ana, bob)).viewerState).toMatchObject({ degree: 'FIRST', following: true });

    const blocked = await relate('blockMember', ana, bob);
    expect(blocked.userErrors).toEqual([]);
    expect(blocked.member.viewerState).toEqual({
      degree: 'OUT_OF_NETWORK',
      blocked: true,
      following: false,
      canInvite: false,
      canFollow: false,
    });
    expect(await pairRows(ana, bob)).toEqual({ connections: 0, pending: 0, follows: 0, blocks: 1 });
    expect((await stateOf(bob, ana)).viewerState).toMatchObject({
      degree: 'OUT_OF_NETWORK',
      blocked: false,
      canInvite: false,
      canFollow: false,
      mutualConnectionCount: 0,
    });
    expect((await stateOf(bob, ana)).connectionPaths).toEqual([]);
    // Cleo, Bob's connection, is no longer Ana's 2nd degree through him.
    expect((await stateOf(ana, cleo)).viewerState.degree).toBe('OUT_OF_NETWORK');

    const fromBob = await relate('followMember', bob, ana, 'fr');
    expect(fromBob.userErrors).toEqual([
      { field: 'memberId', code: 'MEMBER_UNAVAILABLE', message: 'Vous ne pouvez ni inviter ni suivre ce membre.' },
    ]);
    expect(codes(await relate('followMember', ana, bob))).toEqual([['memberId', 'MEMBER_BLOCKED']]);
    for (const [from, to, code] of [
      [ana, bob, 'MEMBER_BLOCKED'],
      [bob, ana, 'MEMBER_UNAVAILABLE'],
    ] as const) {
      const sent = await from.client.graphql(SEND_INVITATION, { input: { memberId: to.member.id, howKnown: 'OTHER' } });
      expect(codes(sent.data?.sendInvitation)).toEqual([['memberId', code]]);
    }
    expect(await pairRows(ana, bob)).toEqual({ connections: 0, pending: 0, follows: 0, blocks: 1 });
  });

  it('withdraws a pending invitation between them either way', async () => {
    const [ana, bob] = [await member(), await member()];
    await bob.client.graphql(SEND_INVITATION, { input: { memberId: ana.member.id, howKnown: 'OTHER' } });
    expect((await pairRows(ana, bob)).pending).toBe(1);
    expect(codes(await relate('blockMember', ana, bob))).toEqual([]);
    expect(await pairRows(ana, bob)).toEqual({ connections: 0, pending: 0, follows: 0, blocks: 1 });
    expect(
      (await ana.client.graphql(`{ viewer { pendingInvitationCount } }`)).data?.viewer.pendingInvitationCount,
    ).toBe(0);
  });

  it('refuses yourself, twice, a nonexistent member and unblocking someone not blocked, changing nothing', async () => {
    const [ana, bob] = [await member(), await member()];
    expect(await relate('blockMember', ana, ana, 'en')).toMatchObject({
      userErrors: [{ field: 'memberId', code: 'CANNOT_BLOCK_SELF', message: 'You cannot block yourself.' }],
    });
    expect(codes(await relate('unblockMember', ana, bob))).toEqual([['memberId', 'NOT_BLOCKED']]);
    expect(codes(await relate('blockMember', ana, bob))).toEqual([]);
    expect(codes(await relate('blockMember', ana, bob))).toEqual([['memberId', 'ALREADY_BLOCKED']]);
    const nobody = Buffer.from('Member:999999999').toString('base64url');
    const missing = await relate('blockMember', ana, nobody);
    expect(missing[0].extensions.code).toBe('NOT_FOUND');
    const notAMember = Buffer.from(`Invitation:${dbId(bob.member.id)}`).toString('base64url');
    expect((await relate('blockMember', ana, notAMember))[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await pairRows(ana, bob)).toMatchObject({ blocks: 1 });
    expect(codes(await relate('unblockMember', bob, ana))).toEqual([['memberId', 'NOT_BLOCKED']]);
  });

  it('unblocking lets them invite each other again, but the connection stays ended', async () => {
    const [ana, bob] = [await member(), await member()];
    await connect(ana, bob);
    await relate('blockMember', bob, ana);
    const unblocked = await relate('unblockMember', bob, ana);
    expect(unblocked.userErrors).toEqual([]);
    expect(unblocked.member.viewerState).toMatchObject({ degree: 'OUT_OF_NETWORK', blocked: false, canInvite: true });
    expect((await pairRows(ana, bob)).blocks).toBe(0);
    await connect(ana, bob);
  });

  it('lists whom the viewer blocked, the most recent first, page by page', async () => {
    const [ana, bob, cleo, dan] = [await member(), await member(), await member(), await member()];
    for (const other of [bob, cleo, dan]) await relate('blockMember', ana, other);
    await relate('blockMember', bob, ana);
    await server.db.query(
      `UPDATE member_block SET created_at = now() - make_interval(mins => (blocked_id % 1000)::int) WHERE member_id = $1`,
      [dbId(ana.member.id)],
    );
    const first = (await ana.client.graphql(BLOCKED_LIST, { first: 2 })).data?.viewer.blockedMembers;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await ana.client.graphql(BLOCKED_LIST, { first: 2, after: first.pageInfo.endCursor })).data?.viewer
      .blockedMembers;
    expect([...first.edges, ...rest.edges].map((e: any) => e.node.id)).toEqual(
      [bob, cleo, dan].map((m) => m.member.id),
    );
    expect(first.edges[0].blockedAt).toEqual(expect.any(String));
    const others = await bob.client.graphql(
      `query ($h: String!) { member(handle: $h) { blockedMembers { totalCount } } }`,
      {
        h: ana.member.handle,
      },
    );
    expect(others.data?.member.blockedMembers).toBeNull();
  });

  it('tells search and suggestions which members to hide from each other, in one batch', async () => {
    const [ana, bob, cleo, dan] = [await member(), await member(), await member(), await member()];
    await relate('blockMember', ana, bob);
    await relate('blockMember', cleo, ana);
    const ids = [bob, cleo, dan, ana].map((m) => dbId(m.member.id));
    expect(
      await new ConnectionService(server.db, server.config.network).blockedBetween(dbId(ana.member.id), ids),
    ).toEqual([true, true, false, false]);
  });
});

describe('following', () => {
  it('follows without connecting, counted for every reader', async () => {
    const [ana, bob, cleo] = [await member(), await member(), await member()];
    const followed = await relate('followMember', ana, bob);
    expect(followed).toEqual({
      member: {
        id: bob.member.id,
        viewerState: { degree: 'OUT_OF_NETWORK', blocked: false, following: true, canInvite: true, canFollow: false },
      },
      userErrors: [],
    });
    await relate('followMember', cleo, bob);
    await relate('followMember', bob, ana);
    const counts = await server.graphql(`query ($h: String!) { member(handle: $h) { followerCount followingCount } }`, {
      h: bob.member.handle,
    });
    expect(counts.data?.member).toEqual({ followerCount: 2, followingCount: 1 });
    expect(codes(await relate('followMember', ana, bob))).toEqual([['memberId', 'ALREADY_FOLLOWING']]);
    expect(codes(await relate('followMember', ana, ana))).toEqual([['memberId', 'CANNOT_FOLLOW_SELF']]);
    expect(codes(await relate('unfollowMember', ana, bob))).toEqual([]);
    expect(codes(await relate('unfollowMember', ana, bob))).toEqual([['memberId', 'NOT_FOLLOWING']]);
    expect((await stateOf(cleo, bob)).followerCount).toBe(1);
  });

  it('resolves follower counts, mutual connections and paths on each member of a list', async () => {
    const [ana, bob] = [await member(), await member()];
    await connect(ana, bob);
    const LIST = `query ($h: String!) { member(handle: $h) { connections(first: 50) { nodes {
      followerCount followingCount viewerState { mutualConnectionCount mutualConnections { id } following blocked }
      connectionPaths { members { id } }
    } } } }`;
    const result = await bob.client.graphql(LIST, { h: ana.member.handle });
    expect(result.errors).toBeUndefined();
    expect(result.data?.member.connections.nodes).toEqual([
      {
        followerCount: 0,
        followingCount: 0,
        viewerState: { mutualConnectionCount: 0, mutualConnections: [], following: false, blocked: false },
        connectionPaths: [],
      },
    ]);
  });
});

describe('mutual connections and how you are connected', () => {
  it('names the first mutual connections and the chains, skipping members whose list is hidden from you', async () => {
    const [viewer, target, far] = [await member('Viewer'), await member('Target'), await member('Far')];
    const mutuals = [await member('Léa', 'Martin'), await member('Marc', 'Durand'), await member('Zoé', 'Petit')];
    for (const m of mutuals) {
      await connect(viewer, m);
      await connect(m, target);
    }
    await connect(target, far);

    const seen = await stateOf(viewer, target);
    expect(seen.viewerState).toMatchObject({
      degree: 'SECOND',
      mutualConnectionCount: 3,
      mutualConnections: mutuals.map((m) => ({ displayName: m.member.displayName })),
    });
    expect(seen.connectionPaths).toEqual(mutuals.map((m) => ({ members: [{ displayName: m.member.displayName }] })));
    const one = await viewer.client.graphql(
      `query ($h: String!) { member(handle: $h) { viewerState { mutualConnections(first: 1) { id } } connectionPaths(first: 2) { members { id } } } }`,
      { h: target.member.handle },
    );
    expect(one.data?.member.viewerState.mutualConnections).toEqual([{ id: mutuals[0]!.member.id }]);
    expect(one.data?.member.connectionPaths).toHaveLength(2);

    // A mutual connection who shows their list only to themselves is skipped; CONNECTIONS still shows it to you.
    await hideConnections(mutuals[0]!, 'ONLY_ME');
    await hideConnections(mutuals[1]!, 'CONNECTIONS');
    const hidden = await stateOf(viewer, target);
    expect(hidden.viewerState.mutualConnectionCount).toBe(2);
    expect(hidden.connectionPaths.map((p: any) => p.members[0].displayName)).toEqual(
      mutuals.slice(1).map((m) => m.member.displayName),
    );

    // Far is 3rd degree through Target, then out of network once Target hides their list from the 2nd degree.
    const third = await stateOf(viewer, far);
    expect(third.viewerState.degree).toBe('THIRD');
    expect(third.connectionPaths.map((p: any) => p.members.map((m: any) => m.displayName))).toEqual(
      mutuals.slice(1).map((m) => [m.member.displayName, target.member.displayName]),
    );
    await hideConnections(target, 'CONNECTIONS');
    expect((await stateOf(viewer, far)).viewerState.degree).toBe('OUT_OF_NETWORK');
    expect((await stateOf(viewer, far)).connectionPaths).toEqual([]);
    expect((await stateOf(target, far)).connectionPaths).toEqual([{ members: [] }]);

    // A member with a block with the viewer is never a step of their paths.
    await hideConnections(target, 'PUBLIC');
    await relate('blockMember', target, viewer);
    expect((await stateOf(viewer, far)).viewerState.degree).toBe('OUT_OF_NETWORK');
  });

  it('is null for anonymous readers and a token without read:network, and refuses a bad first', async () => {
    const [ana, bob] = [await member(), await member()];
    const anonymous = await server.graphql(STATE, { handle: bob.member.handle });
    expect(anonymous.data?.member).toMatchObject({ viewerState: null, connectionPaths: null, followerCount: 0 });
    const bad = await ana.client.graphql(
      `query ($h: String!) { member(handle: $h) { connectionPaths(first: 0) { members { id } } } }`,
      { h: bob.member.handle },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
