import { ACCEPT_INVITATION, buildMember, connect, createToken, dbId, SEND_INVITATION } from '../../../test/factories';
import { startTestServer, type TestClient, type TestServer } from '../../../test/server';

const ANSWER = (action: 'ignoreInvitation' | 'withdrawInvitation') => `mutation ($input: InvitationIdInput!) {
  ${action}(input: $input) { invitation { id state respondedAt } userErrors { field code message } }
}`;
const REMOVE = `mutation ($memberId: ID!) {
  removeConnection(input: { memberId: $memberId }) { member { id } userErrors { field code } }
}`;
const MY_NETWORK = `{
  viewer {
    pendingInvitationCount invitationsLeftThisWeek
    invitationsReceived(first: 10) { totalCount nodes { id note howKnown state sender { displayName } recipient { id } } }
    invitationsSent(first: 10) { totalCount nodes { id recipient { displayName } } }
    connections(first: 10) { totalCount edges { connectedAt node { id } } }
  }
}`;
const VIEWER_STATE = `query ($handle: String!) {
  member(handle: $handle) { viewerState { degree canInvite invitation { id state } } }
}`;

type Built = Awaited<ReturnType<typeof buildMember>>;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function invite(from: Built, to: Built, extra: Record<string, unknown> = {}, client: TestClient = from.client) {
  const result = await client.graphql(SEND_INVITATION, {
    input: { memberId: to.member.id, howKnown: 'CLASSMATE', ...extra },
  });
  return result.data?.sendInvitation ?? result.errors;
}

async function rows(a: Built, b: Built) {
  return server.db.query<{ member_id: string }[]>(
    'SELECT member_id::text FROM connection WHERE (member_id, peer_id) IN (($1::bigint, $2::bigint), ($2::bigint, $1::bigint))',
    [dbId(a.member.id), dbId(b.member.id)],
  );
}

async function invitationStates(a: Built, b: Built) {
  const found = await server.db.query<{ state: string }[]>(
    `SELECT state FROM invitation WHERE least(sender_id, recipient_id) = least($1::bigint, $2::bigint)
     AND greatest(sender_id, recipient_id) = greatest($1::bigint, $2::bigint) ORDER BY id`,
    [dbId(a.member.id), dbId(b.member.id)],
  );
  return found.map((row) => row.state);
}

const codes = (payload: any) => payload.userErrors.map((e: any) => [e.field, e.code]);
const errorCode = (result: any) => result.errors?.[0]?.extensions?.code;

describe('inviting and answering', () => {
  it('shows a pending invitation to both members, then connects them both on acceptance', async () => {
    const [ana, bob] = [await buildMember(server), await buildMember(server)];
    const sent = await invite(ana, bob, {
      note: '  Ravie de vous avoir croisé au salon.\nÀ bientôt ',
      howKnown: 'MET_PROFESSIONALLY',
    });
    expect(sent.userErrors).toEqual([]);
    expect(sent.invitation.state).toBe('PENDING');

    const received = (await bob.client.graphql(MY_NETWORK)).data?.viewer;
    expect(received.pendingInvitationCount).toBe(1);
    expect(received.invitationsReceived.nodes).toEqual([
      {
        id: sent.invitation.id,
        note: 'Ravie de vous avoir croisé au salon.\nÀ bientôt',
        howKnown: 'MET_PROFESSIONALLY',
        state: 'PENDING',
        sender: { displayName: ana.member.displayName },
        recipient: { id: bob.member.id },
      },
    ]);
    const mine = (await ana.client.graphql(MY_NETWORK)).data?.viewer;
    expect(mine.invitationsSent).toEqual({
      totalCount: 1,
      nodes: [{ id: sent.invitation.id, recipient: { displayName: bob.member.displayName } }],
    });
    expect(mine.invitationsLeftThisWeek).toBe(99);
    for (const [reader, other] of [
      [ana, bob],
      [bob, ana],
    ] as const) {
      expect(
        (await reader.client.graphql(VIEWER_STATE, { handle: other.member.handle })).data?.member.viewerState,
      ).toEqual({
        degree: 'OUT_OF_NETWORK',
        canInvite: false,
        invitation: { id: sent.invitation.id, state: 'PENDING' },
      });
    }

    const accepted = await bob.client.graphql(ACCEPT_INVITATION, { input: { id: sent.invitation.id } });
    expect(accepted.data?.acceptInvitation).toEqual({
      invitation: { id: sent.invitation.id, state: 'ACCEPTED' },
      userErrors: [],
    });
    expect(await rows(ana, bob)).toHaveLength(2);
    const after = (await bob.client.graphql(MY_NETWORK)).data?.viewer;
    expect(after.pendingInvitationCount).toBe(0);
    expect(after.invitationsReceived.totalCount).toBe(0);
    expect(after.connections.edges).toEqual([{ connectedAt: expect.any(String), node: { id: ana.member.id } }]);
    expect((await ana.client.graphql(VIEWER_STATE, { handle: bob.member.handle })).data?.member.viewerState).toEqual({
      degree: 'FIRST',
      canInvite: false,
      invitation: null,
    });
  });

  it('connects both members when the recipient had already invited the sender', async () => {
    const [ana, bob] = [await buildMember(server), await buildMember(server)];
    const first = await invite(bob, ana);
    const crossed = await invite(ana, bob);
    expect(crossed).toEqual({ invitation: { id: first.invitation.id, state: 'ACCEPTED' }, userErrors: [] });
    expect(await rows(ana, bob)).toHaveLength(2);
    expect(await invitationStates(ana, bob)).toEqual(['ACCEPTED']);
  });

  it('refuses inviting yourself, a connection, twice, a note over 300 characters, or nobody, changing nothing', async () => {
    const [ana, bob, cleo] = [await buildMember(server), await buildMember(server), await buildMember(server)];
    await connect(ana, bob);
    expect(codes(await invite(ana, ana))).toEqual([['memberId', 'CANNOT_INVITE_SELF']]);
    expect(codes(await invite(ana, bob))).toEqual([['memberId', 'ALREADY_CONNECTED']]);
    expect(codes(await invite(bob, ana))).toEqual([['memberId', 'ALREADY_CONNECTED']]);
    const tooLong = await ana.client.graphql(
      SEND_INVITATION,
      { input: { memberId: cleo.member.id, howKnown: 'FRIEND', note: 'x'.repeat(301) } },
      { headers: { 'accept-language': 'fr' } },
    );
    expect(tooLong.data?.sendInvitation.userErrors).toEqual([
      { field: 'note', code: 'TOO_LONG', message: '300 caractères au maximum.' },
    ]);
    expect(codes(await invite(ana, cleo, { note: '👋'.repeat(300) }))).toEqual([]);
    expect(codes(await invite(ana, cleo))).toEqual([['memberId', 'INVITATION_ALREADY_SENT']]);
    const nobody = Buffer.from('Member:999999999').toString('base64url');
    expect(
      errorCode(await ana.client.graphql(SEND_INVITATION, { input: { memberId: nobody, howKnown: 'OTHER' } })),
    ).toBe('NOT_FOUND');
    const notAMember = Buffer.from(`Invitation:${dbId(ana.member.id)}`).toString('base64url');
    expect(
      errorCode(await ana.client.graphql(SEND_INVITATION, { input: { memberId: notAMember, howKnown: 'OTHER' } })),
    ).toBe('BAD_USER_INPUT');
    expect(await invitationStates(ana, cleo)).toEqual(['PENDING']);
    expect(await invitationStates(ana, ana)).toEqual([]);
  });

  it("lets only the recipient answer and only the sender withdraw; others don't learn it exists", async () => {
    const [ana, bob, eve] = [await buildMember(server), await buildMember(server), await buildMember(server)];
    const { invitation } = await invite(ana, bob);
    const input = { input: { id: invitation.id } };
    expect(errorCode(await eve.client.graphql(ACCEPT_INVITATION, input))).toBe('NOT_FOUND');
    expect(errorCode(await eve.client.graphql(ANSWER('withdrawInvitation'), input))).toBe('NOT_FOUND');
    expect(errorCode(await ana.client.graphql(ACCEPT_INVITATION, input))).toBe('FORBIDDEN');
    expect(errorCode(await ana.client.graphql(ANSWER('ignoreInvitation'), input))).toBe('FORBIDDEN');
    expect(errorCode(await bob.client.graphql(ANSWER('withdrawInvitation'), input))).toBe('FORBIDDEN');
    const NODE = `query ($id: ID!) { node(id: $id) { ... on Invitation { state } } }`;
    expect((await eve.client.graphql(NODE, { id: invitation.id })).data?.node).toBeNull();
    expect((await server.graphql(NODE, { id: invitation.id })).data?.node).toBeNull();
    expect((await bob.client.graphql(NODE, { id: invitation.id })).data?.node).toEqual({ state: 'PENDING' });
    expect(await invitationStates(ana, bob)).toEqual(['PENDING']);

    const withdrawn = await ana.client.graphql(ANSWER('withdrawInvitation'), input);
    expect(withdrawn.data?.withdrawInvitation.invitation).toMatchObject({
      state: 'WITHDRAWN',
      respondedAt: expect.any(String),
    });
    const late = await bob.client.graphql(ACCEPT_INVITATION, input);
    expect(codes(late.data?.acceptInvitation)).toEqual([['id', 'INVITATION_NOT_PENDING']]);
    expect(await rows(ana, bob)).toEqual([]);
  });

  it.each(['ignoreInvitation', 'withdrawInvitation'] as const)(
    'after %s, the same sender waits 3 weeks to invite the same person again',
    async (action) => {
      const [ana, bob] = [await buildMember(server), await buildMember(server)];
      const { invitation } = await invite(ana, bob);
      const by = action === 'ignoreInvitation' ? bob : ana;
      expect(
        (await by.client.graphql(ANSWER(action), { input: { id: invitation.id } })).data?.[action].userErrors,
      ).toEqual([]);
      const again = await invite(ana, bob, {}, ana.client);
      expect(again.userErrors).toEqual([
        {
          field: 'memberId',
          code: 'REINVITE_TOO_SOON',
          message: 'Vous pourrez inviter à nouveau ce membre dans 21 jours.',
        },
      ]);
      expect(
        (await ana.client.graphql(VIEWER_STATE, { handle: bob.member.handle })).data?.member.viewerState.canInvite,
      ).toBe(false);
      await server.db.query(`UPDATE invitation SET responded_at = now() - interval '22 days' WHERE id = $1`, [
        dbId(invitation.id),
      ]);
      expect(
        (await ana.client.graphql(VIEWER_STATE, { handle: bob.member.handle })).data?.member.viewerState.canInvite,
      ).toBe(true);
      expect(codes(await invite(ana, bob))).toEqual([]);
    },
  );

  it('lets the one who ignored an invitation invite its sender at once', async () => {
    const [ana, bob] = [await buildMember(server), await buildMember(server)];
    const { invitation } = await invite(ana, bob);
    await bob.client.graphql(ANSWER('ignoreInvitation'), { input: { id: invitation.id } });
    expect(codes(await invite(bob, ana))).toEqual([]);
  });
});

describe('removing a connection', () => {
  it('deletes both rows; a second removal is a userError', async () => {
    const [ana, bob] = [await buildMember(server), await buildMember(server)];
    await connect(ana, bob);
    const removed = await bob.client.graphql(REMOVE, { memberId: ana.member.id });
    expect(removed.data?.removeConnection).toEqual({ member: { id: ana.member.id }, userErrors: [] });
    expect(await rows(ana, bob)).toEqual([]);
    expect((await ana.client.graphql(VIEWER_STATE, { handle: bob.member.handle })).data?.member.viewerState).toEqual({
      degree: 'OUT_OF_NETWORK',
      canInvite: true,
      invitation: null,
    });
    expect((await bob.client.graphql(REMOVE, { memberId: ana.member.id })).data?.removeConnection.userErrors).toEqual([
      { field: 'memberId', code: 'NOT_CONNECTED' },
    ]);
  });
});

describe('races', () => {
  it('two members inviting each other at once end with exactly one connection', async () => {
    for (let round = 0; round < 5; round += 1) {
      const [ana, bob] = [await buildMember(server), await buildMember(server)];
      const results = await Promise.all([invite(ana, bob), invite(bob, ana)]);
      expect(results.map((r) => r.userErrors)).toEqual([[], []]);
      expect(await rows(ana, bob)).toHaveLength(2);
      expect(await invitationStates(ana, bob)).toEqual(['ACCEPTED']);
    }
  });

  it('20 parallel accepts make one connection of two rows', async () => {
    const [ana, bob] = [await buildMember(server), await buildMember(server)];
    const { invitation } = await invite(ana, bob);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => bob.client.graphql(ACCEPT_INVITATION, { input: { id: invitation.id } })),
    );
    const outcomes = results.map((r) => r.data?.acceptInvitation.userErrors[0]?.code ?? 'ACCEPTED');
    expect(outcomes.filter((o) => o === 'ACCEPTED')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'INVITATION_NOT_PENDING')).toHaveLength(19);
    expect(await rows(ana, bob)).toHaveLength(2);
  });

  it('accepting while the sender withdraws ends with one of the two, never half a connection', async () => {
    for (let round = 0; round < 5; round += 1) {
      const [ana, bob] = [await buildMember(server), await buildMember(server)];
      const { invitation } = await invite(ana, bob);
      const input = { input: { id: invitation.id } };
      const [accepted, withdrawn] = await Promise.all([
        bob.client.graphql(ACCEPT_INVITATION, input),
        ana.client.graphql(ANSWER('withdrawInvitation'), input),
      ]);
      const won = [accepted.data?.acceptInvitation, withdrawn.data?.withdrawInvitation].filter(
        (p) => !p.userErrors.length,
      );
      expect(won).toHaveLength(1);
      const state = (await invitationStates(ana, bob))[0];
      expect((await rows(ana, bob)).length).toBe(state === 'ACCEPTED' ? 2 : 0);
    }
  });
});

describe('tokens', () => {
  it('needs write:network to invite and read:network to read your own invitations', async () => {
    const [ana, bob] = [await buildMember(server), await buildMember(server)];
    const token = async (scopes: string[]) => await createToken(ana.client, scopes);
    const reader = await token(['READ_NETWORK', 'READ_PROFILE']);
    const input = { input: { memberId: bob.member.id, howKnown: 'OTHER' } };
    expect(errorCode(await server.graphql(SEND_INVITATION, input, { token: reader }))).toBe('FORBIDDEN');
    expect(errorCode(await server.graphql(SEND_INVITATION, input))).toBe('UNAUTHENTICATED');
    const writer = await token(['WRITE_NETWORK']);
    expect((await server.graphql(SEND_INVITATION, input, { token: writer })).data?.sendInvitation.userErrors).toEqual(
      [],
    );

    const profileOnly = await token(['READ_PROFILE']);
    const lists = await server.graphql(`{ viewer { invitationsSent { totalCount } } }`, {}, { token: profileOnly });
    expect(errorCode(lists)).toBe('FORBIDDEN');
    expect(
      (await server.graphql(VIEWER_STATE, { handle: bob.member.handle }, { token: profileOnly })).data?.member
        .viewerState,
    ).toBeNull();
    const sent = await server.graphql(`{ viewer { invitationsSent { totalCount } } }`, {}, { token: reader });
    expect(sent.data?.viewer.invitationsSent.totalCount).toBe(1);
    const others = await bob.client.graphql(
      `query ($h: String!) { member(handle: $h) { invitationsSent { totalCount } pendingInvitationCount } }`,
      {
        h: ana.member.handle,
      },
    );
    expect(others.data?.member).toEqual({ invitationsSent: null, pendingInvitationCount: null });
  });
});

describe('limits', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({ network: { invitationsPerWeek: 2, maxConnections: 2 } });
  });
  afterAll(() => limited.close());

  const member = () => buildMember(limited);
  const inviteOn = async (from: Built, to: Built) =>
    (await from.client.graphql(SEND_INVITATION, { input: { memberId: to.member.id, howKnown: 'COLLEAGUE' } })).data
      ?.sendInvitation;

  it('allows a weekly number of invitations over a rolling 7 days', async () => {
    const [ana, bob, cleo, dan] = [await member(), await member(), await member(), await member()];
    expect(codes(await inviteOn(ana, bob))).toEqual([]);
    const { invitation } = await inviteOn(ana, cleo);
    await ana.client.graphql(ANSWER('withdrawInvitation'), { input: { id: invitation.id } });
    const refused = await inviteOn(ana, dan);
    expect(refused.userErrors).toEqual([
      {
        field: null,
        code: 'WEEKLY_INVITATIONS_USED',
        message: 'Vous avez envoyé vos 2 invitations de la semaine. Réessayez dans quelques jours.',
      },
    ]);
    expect(
      (await ana.client.graphql(`{ viewer { invitationsLeftThisWeek } }`)).data?.viewer.invitationsLeftThisWeek,
    ).toBe(0);
    expect(
      (await ana.client.graphql(VIEWER_STATE, { handle: dan.member.handle })).data?.member.viewerState.canInvite,
    ).toBe(false);
    expect(codes(await inviteOn(dan, ana))).toEqual([]);
    await limited.db.query(
      `UPDATE invitation SET created_at = now() - interval '8 days' WHERE sender_id = $1 AND recipient_id = $2`,
      [dbId(ana.member.id), dbId(bob.member.id)],
    );
    expect(
      (await ana.client.graphql(`{ viewer { invitationsLeftThisWeek } }`)).data?.viewer.invitationsLeftThisWeek,
    ).toBe(1);
  });

  it('caps connections for the one who invites, accepts, or is accepted', async () => {
    const [ana, bob, cleo, dan, eve] = [await member(), await member(), await member(), await member(), await member()];
    const pending = await inviteOn(ana, eve);
    await connect(bob, ana);
    await connect(cleo, ana);
    expect(codes(await inviteOn(ana, dan))).toEqual([[null, 'CONNECTION_LIMIT_REACHED']]);
    const fromDan = await inviteOn(dan, ana);
    const accepting = await ana.client.graphql(
      ACCEPT_INVITATION,
      { input: { id: fromDan.invitation.id } },
      { headers: { 'accept-language': 'en-GB,en;q=0.8' } },
    );
    expect(accepting.data?.acceptInvitation.userErrors).toEqual([
      { field: null, code: 'CONNECTION_LIMIT_REACHED', message: 'You have reached the limit of 2 connections.' },
    ]);
    const accepted = await eve.client.graphql(ACCEPT_INVITATION, { input: { id: pending.invitation.id } });
    expect(codes(accepted.data?.acceptInvitation)).toEqual([[null, 'MEMBER_CONNECTION_LIMIT_REACHED']]);
    expect(await limited.db.query('SELECT 1 FROM connection WHERE member_id = $1', [dbId(ana.member.id)])).toHaveLength(
      2,
    );
  });
});
