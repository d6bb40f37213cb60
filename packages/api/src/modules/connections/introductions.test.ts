import { buildMember, connect, dbId, SEND_INVITATION } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';
import { introductionsExport } from './connection.export';

const USER_ERRORS = 'userErrors { field code message }';
const INTRODUCTION = `id viewerRole state messageToIntermediary messageToTarget note respondedAt
  requester { id } intermediary { id } target { id } invitation { id state }`;
const REQUEST = `mutation ($input: RequestIntroductionInput!) {
  requestIntroduction(input: $input) { introduction { ${INTRODUCTION} } ${USER_ERRORS} }
}`;
const FORWARD = `mutation ($input: ForwardIntroductionInput!) {
  forwardIntroduction(input: $input) { introduction { ${INTRODUCTION} } ${USER_ERRORS} }
}`;
const ANSWER = (action: 'declineIntroduction' | 'withdrawIntroduction') => `mutation ($input: IntroductionIdInput!) {
  ${action}(input: $input) { introduction { id state } ${USER_ERRORS} }
}`;
const LIST = `query ($role: IntroductionRole!) {
  viewer { introductions(role: $role, first: 10) { totalCount nodes { ${INTRODUCTION} } } }
}`;
const NODE = `query ($id: ID!) { node(id: $id) { ... on Introduction { ${INTRODUCTION} } } }`;
const RECEIVED_INVITATIONS = `{
  viewer { invitationsReceived(first: 10) { nodes { id note sender { id }
    introduction { viewerRole messageToIntermediary messageToTarget note intermediary { id } } } } }
}`;
const RELATION = (action: string) =>
  `mutation ($memberId: ID!) { ${action}(input: { memberId: $memberId }) { userErrors { code } } }`;

type Built = Awaited<ReturnType<typeof buildMember>>;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const codes = (payload: any) => payload.userErrors.map((e: any) => [e.field, e.code]);
const errorCode = (result: any) => result.errors?.[0]?.extensions?.code;

/** Ana knows Bob, Bob knows Cleo: Bob can introduce Ana to Cleo. */
async function triangle() {
  const [ana, bob, cleo] = [await buildMember(server), await buildMember(server), await buildMember(server)];
  await connect(ana, bob);
  await connect(bob, cleo);
  return { ana, bob, cleo };
}

async function ask(requester: Built, intermediary: Built, target: Built | string, extra: Record<string, unknown> = {}) {
  const result = await requester.client.graphql(REQUEST, {
    input: {
      targetId: typeof target === 'string' ? target : target.member.id,
      intermediaryId: intermediary.member.id,
      messageToIntermediary: 'Bob, pourrais-tu me présenter ?',
      messageToTarget: 'Bonjour Cleo, Bob m’a parlé de vous.',
      ...extra,
    },
  });
  return result.data?.requestIntroduction ?? result.errors;
}

async function forward(intermediary: Built, id: string, note: string | null = 'Ana est formidable.') {
  const result = await intermediary.client.graphql(FORWARD, { input: { id, note } });
  return result.data?.forwardIntroduction ?? result.errors;
}

async function answer(action: 'declineIntroduction' | 'withdrawIntroduction', who: Built, id: string) {
  const result = await who.client.graphql(ANSWER(action), { input: { id } });
  return result.data?.[action] ?? result.errors;
}

const list = async (who: Built, role: string) => (await who.client.graphql(LIST, { role })).data?.viewer.introductions;
const relate = (action: string, from: Built, to: Built) =>
  from.client.graphql(RELATION(action), { memberId: to.member.id });

async function invitationsBetween(a: Built, b: Built) {
  return server.db.query<{ state: string }[]>(
    `SELECT state FROM invitation WHERE (sender_id, recipient_id) IN (($1::bigint, $2::bigint), ($2::bigint, $1::bigint))`,
    [dbId(a.member.id), dbId(b.member.id)],
  );
}

describe('the introduction flow', () => {
  it('is requested, forwarded as an invitation that shows the introduction, and seen by each as they may', async () => {
    const { ana, bob, cleo } = await triangle();
    const asked = await ask(ana, bob, cleo, { messageToIntermediary: '  Merci Bob !\r\nÀ bientôt ' });
    expect(asked.userErrors).toEqual([]);
    const id = asked.introduction.id;
    expect(asked.introduction).toMatchObject({
      viewerRole: 'REQUESTED',
      state: 'REQUESTED',
      messageToIntermediary: 'Merci Bob !\nÀ bientôt',
      requester: { id: ana.member.id },
      intermediary: { id: bob.member.id },
      target: { id: cleo.member.id },
      invitation: null,
    });

    // Before forwarding, the target knows nothing of it.
    expect((await list(cleo, 'RECEIVED')).totalCount).toBe(0);
    expect((await cleo.client.graphql(NODE, { id })).data?.node).toBeNull();
    const toForward = await list(bob, 'TO_FORWARD');
    expect(toForward.nodes).toEqual([expect.objectContaining({ id, viewerRole: 'TO_FORWARD', state: 'REQUESTED' })]);
    expect(toForward.nodes[0].messageToTarget).toBe('Bonjour Cleo, Bob m’a parlé de vous.');

    const forwarded = await forward(bob, id, '  Ana est formidable. ');
    expect(forwarded.userErrors).toEqual([]);
    expect(forwarded.introduction).toMatchObject({ state: 'FORWARDED', note: 'Ana est formidable.', invitation: null });
    expect(forwarded.introduction.respondedAt).toEqual(expect.any(String));

    const received = (await cleo.client.graphql(RECEIVED_INVITATIONS)).data?.viewer.invitationsReceived.nodes;
    expect(received).toEqual([
      {
        id: expect.any(String),
        note: 'Bonjour Cleo, Bob m’a parlé de vous.',
        sender: { id: ana.member.id },
        introduction: {
          viewerRole: 'RECEIVED',
          messageToIntermediary: null,
          messageToTarget: 'Bonjour Cleo, Bob m’a parlé de vous.',
          note: 'Ana est formidable.',
          intermediary: { id: bob.member.id },
        },
      },
    ]);
    const cleoView = (await cleo.client.graphql(NODE, { id })).data?.node;
    expect(cleoView).toMatchObject({ viewerRole: 'RECEIVED', messageToIntermediary: null, state: 'FORWARDED' });
    expect(cleoView.invitation).toEqual({ id: received[0].id, state: 'PENDING' });
    expect((await list(cleo, 'RECEIVED')).nodes.map((n: any) => n.id)).toEqual([id]);

    const anaView = (await list(ana, 'REQUESTED')).nodes[0];
    expect(anaView).toMatchObject({ id, state: 'FORWARDED', note: 'Ana est formidable.' });
    expect(anaView.invitation).toEqual({ id: received[0].id, state: 'PENDING' });
    expect((await bob.client.graphql(NODE, { id })).data?.node).toMatchObject({
      viewerRole: 'TO_FORWARD',
      messageToIntermediary: 'Merci Bob !\nÀ bientôt',
      state: 'FORWARDED',
    });

    // Anyone else sees nothing.
    const stranger = await buildMember(server);
    expect((await stranger.client.graphql(NODE, { id })).data?.node).toBeNull();
    expect(errorCode(await stranger.client.graphql(ANSWER('withdrawIntroduction'), { input: { id } }))).toBe(
      'NOT_FOUND',
    );
  });

  it('lets the intermediary decline and the requester withdraw while it waits, and nothing after', async () => {
    const { ana, bob, cleo } = await triangle();
    const first = (await ask(ana, bob, cleo)).introduction.id;
    expect(codes(await ask(ana, bob, cleo))).toEqual([['targetId', 'INTRODUCTION_ALREADY_REQUESTED']]);
    expect((await answer('declineIntroduction', bob, first)).introduction.state).toBe('DECLINED');
    expect(codes(await answer('withdrawIntroduction', ana, first))).toEqual([['id', 'INTRODUCTION_NOT_OPEN']]);

    const second = (await ask(ana, bob, cleo)).introduction.id;
    expect(errorCode(await bob.client.graphql(ANSWER('withdrawIntroduction'), { input: { id: second } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await ana.client.graphql(FORWARD, { input: { id: second } }))).toBe('FORBIDDEN');
    expect(errorCode(await cleo.client.graphql(ANSWER('declineIntroduction'), { input: { id: second } }))).toBe(
      'NOT_FOUND',
    );
    expect((await answer('withdrawIntroduction', ana, second)).introduction.state).toBe('WITHDRAWN');
    expect(codes(await forward(bob, second))).toEqual([['id', 'INTRODUCTION_NOT_OPEN']]);
    expect(await invitationsBetween(ana, cleo)).toEqual([]);
    expect((await list(ana, 'REQUESTED')).nodes.map((n: any) => n.state)).toEqual(['WITHDRAWN', 'DECLINED']);
  });
});

describe('bad input', () => {
  it('refuses who is not a mutual connection, a connected, 1st, 3rd degree or blocked target, and messages', async () => {
    const { ana, bob, cleo } = await triangle();
    const dan = await buildMember(server);
    await connect(cleo, dan);
    expect(codes(await ask(ana, cleo, cleo))).toEqual([['intermediaryId', 'NOT_A_MUTUAL_CONNECTION']]);
    expect(codes(await ask(ana, dan, cleo))).toEqual([['intermediaryId', 'NOT_A_MUTUAL_CONNECTION']]);
    expect(codes(await ask(ana, ana, cleo))).toEqual([['intermediaryId', 'NOT_A_MUTUAL_CONNECTION']]);
    expect(codes(await ask(ana, bob, dan))).toEqual([['targetId', 'NOT_SECOND_DEGREE']]);
    expect(codes(await ask(ana, bob, bob))).toEqual([['targetId', 'ALREADY_CONNECTED']]);
    expect(codes(await ask(ana, bob, ana))).toEqual([['targetId', 'NOT_SECOND_DEGREE']]);
    expect(codes(await ask(ana, bob, cleo, { messageToIntermediary: ' ', messageToTarget: 'x'.repeat(301) }))).toEqual([
      ['messageToIntermediary', 'REQUIRED'],
      ['messageToTarget', 'TOO_LONG'],
    ]);
    expect((await ask(ana, bob, Buffer.from('Member:999999').toString('base64url')))[0].extensions.code).toBe(
      'NOT_FOUND',
    );

    await ana.client.graphql(SEND_INVITATION, { input: { memberId: cleo.member.id, howKnown: 'OTHER' } });
    expect(codes(await ask(ana, bob, cleo))).toEqual([['targetId', 'INVITATION_PENDING']]);
    const [{ count }] = await server.db.query(
      `SELECT count(*)::int AS count FROM introduction WHERE requester_id = $1`,
      [dbId(ana.member.id)],
    );
    expect(count).toBe(0);
  });

  it('skips an intermediary whose connections list is hidden, and refuses blocked members', async () => {
    const { ana, bob, cleo } = await triangle();
    const hidden = await bob.client.graphql(
      `mutation { setSectionVisibility(input: { section: CONNECTIONS, audience: ONLY_ME }) { userErrors { code } } }`,
    );
    expect(hidden.data?.setSectionVisibility.userErrors).toEqual([]);
    expect(codes(await ask(ana, bob, cleo))).toEqual([['targetId', 'NOT_SECOND_DEGREE']]);

    const { ana: eve, bob: fay, cleo: gus } = await triangle();
    await relate('blockMember', gus, eve);
    expect(codes(await ask(eve, fay, gus))).toEqual([['targetId', 'MEMBER_UNAVAILABLE']]);
    await relate('unblockMember', gus, eve);
    await relate('blockMember', eve, fay);
    expect(codes(await ask(eve, fay, gus))).toEqual([['targetId', 'NOT_SECOND_DEGREE']]);
  });

  it('refuses forwarding when a note is too long, they connected meanwhile or a party blocked another', async () => {
    const { ana, bob, cleo } = await triangle();
    const id = (await ask(ana, bob, cleo)).introduction.id;
    expect(codes(await forward(bob, id, 'x'.repeat(301)))).toEqual([['note', 'TOO_LONG']]);
    await connect(cleo, ana);
    expect(codes(await forward(bob, id))).toEqual([[null, 'INTRODUCED_ALREADY_CONNECTED']]);

    const second = await triangle();
    const other = (await ask(second.ana, second.bob, second.cleo)).introduction.id;
    await second.cleo.client.graphql(SEND_INVITATION, { input: { memberId: second.ana.member.id, howKnown: 'OTHER' } });
    const refused = await forward(second.bob, other);
    expect(codes(refused)).toEqual([[null, 'INTRODUCED_INVITATION_PENDING']]);
    expect(refused.userErrors[0].message).toBe('Une invitation attend déjà entre eux.');
    expect((await invitationsBetween(second.ana, second.cleo)).map((row) => row.state)).toEqual(['PENDING']);

    const third = await triangle();
    const blocked = (await ask(third.ana, third.bob, third.cleo)).introduction.id;
    await relate('blockMember', third.cleo, third.bob);
    expect(codes(await forward(third.bob, blocked))).toEqual([[null, 'INTRODUCTION_UNAVAILABLE']]);
    const [row] = await server.db.query(`SELECT state, invitation_id FROM introduction WHERE id = $1`, [dbId(blocked)]);
    expect(row).toEqual({ state: 'REQUESTED', invitation_id: null });
  });

  it('applies the requester’s weekly allowance when forwarding', async () => {
    const limited = await startTestServer({ network: { invitationsPerWeek: 1, maxConnections: 30000 } });
    try {
      const [ana, bob, cleo, dan] = [
        await buildMember(limited),
        await buildMember(limited),
        await buildMember(limited),
        await buildMember(limited),
      ];
      await connect(ana, bob);
      await connect(cleo, bob);
      const ask = await ana.client.graphql(REQUEST, {
        input: {
          targetId: cleo.member.id,
          intermediaryId: bob.member.id,
          messageToIntermediary: 'a',
          messageToTarget: 'b',
        },
      });
      const id = ask.data?.requestIntroduction.introduction.id;
      await ana.client.graphql(SEND_INVITATION, { input: { memberId: dan.member.id, howKnown: 'OTHER' } });
      const refused = await bob.client.graphql(FORWARD, { input: { id } });
      expect(codes(refused.data?.forwardIntroduction)).toEqual([[null, 'INTRODUCED_INVITATIONS_USED']]);
    } finally {
      await limited.close();
    }
  });
});

describe('concurrency', () => {
  it('turns two parallel forwards into one invitation', async () => {
    const { ana, bob, cleo } = await triangle();
    const id = (await ask(ana, bob, cleo)).introduction.id;
    const results = await Promise.all([forward(bob, id), forward(bob, id), forward(bob, id)]);
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    expect(results.flatMap((r) => codes(r))).toEqual([
      ['id', 'INTRODUCTION_NOT_OPEN'],
      ['id', 'INTRODUCTION_NOT_OPEN'],
    ]);
    expect(await invitationsBetween(ana, cleo)).toEqual([{ state: 'PENDING' }]);
  });

  it('decides a forward racing a withdrawal one way, never half', async () => {
    const { ana, bob, cleo } = await triangle();
    const id = (await ask(ana, bob, cleo)).introduction.id;
    const [forwarded, withdrawn] = await Promise.all([forward(bob, id), answer('withdrawIntroduction', ana, id)]);
    expect([forwarded.userErrors.length, withdrawn.userErrors.length].sort()).toEqual([0, 1]);
    const [row] = await server.db.query(
      `SELECT state, invitation_id IS NOT NULL AS sent FROM introduction WHERE id = $1`,
      [dbId(id)],
    );
    expect((await invitationsBetween(ana, cleo)).length).toBe(row.sent ? 1 : 0);
    expect(row.state).toBe(row.sent ? 'FORWARDED' : 'WITHDRAWN');
  });
});

describe('the data export and leaving', () => {
  it('exports each party’s introductions as they see them, and erases them when one leaves', async () => {
    const { ana, bob, cleo } = await triangle();
    const id = (await ask(ana, bob, cleo)).introduction.id;
    await forward(bob, id);
    const exported = async (who: Built) => {
      return introductionsExport.collect(server.db.manager, dbId(who.member.id)) as Promise<any[]>;
    };
    expect(await exported(ana)).toEqual([expect.objectContaining({ role: 'requested', state: 'FORWARDED' })]);
    expect((await exported(bob))[0]).toMatchObject({ role: 'toForward', messageToIntermediary: expect.any(String) });
    expect((await exported(cleo))[0]).toMatchObject({ role: 'received', messageToIntermediary: null });

    const deleted = await bob.client.graphql(
      `mutation ($password: String!) { deleteAccount(input: { password: $password }) { userErrors { code } } }`,
      { password: bob.fields.password },
    );
    expect(deleted.data?.deleteAccount.userErrors).toEqual([]);
    expect(await server.db.query(`SELECT id FROM introduction WHERE id = $1`, [dbId(id)])).toEqual([]);
    // The invitation stays, now a plain one.
    const received = (await cleo.client.graphql(RECEIVED_INVITATIONS)).data?.viewer.invitationsReceived.nodes;
    expect(received).toEqual([expect.objectContaining({ sender: { id: ana.member.id }, introduction: null })]);
  });
});
