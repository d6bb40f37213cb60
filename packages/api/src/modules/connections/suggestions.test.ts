import { buildMember, connect, createToken, dbId, SEND_INVITATION } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

const SUGGESTIONS = `query ($first: Int) {
  viewer { suggestedConnections(first: $first) { member { id } mutualConnectionCount reasons { kind count name } } }
}`;
const DISMISS = `mutation ($memberId: ID!) {
  dismissSuggestion(input: { memberId: $memberId }) { member { id } userErrors { field code } }
}`;
const ADD_EXPERIENCE = `mutation ($input: ExperienceInput!) { saveExperience(input: $input) { userErrors { field code } } }`;
const ADD_EDUCATION = `mutation ($input: EducationInput!) { saveEducation(input: $input) { userErrors { field code } } }`;
const SET_VISIBILITY = `mutation ($section: ProfileSection!, $audience: Audience!) {
  setSectionVisibility(input: { section: $section, audience: $audience }) { userErrors { code } }
}`;

type Built = Awaited<ReturnType<typeof buildMember>>;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function suggestionsOf(member: Built, first = 20) {
  const result = await member.client.graphql(SUGGESTIONS, { first });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.viewer.suggestedConnections as {
    member: { id: string };
    mutualConnectionCount: number;
    reasons: unknown[];
  }[];
}

const ids = (list: { member: { id: string } }[]) => list.map((s) => s.member.id);

async function worksAt(member: Built, companyName: string, current: boolean) {
  const input = {
    title: 'Ingénieure',
    companyName,
    startMonth: '2018-01',
    ...(current ? { current: true } : { endMonth: '2020-01' }),
  };
  const result = await member.client.graphql(ADD_EXPERIENCE, { input });
  expect(result.data?.saveExperience.userErrors).toEqual([]);
}

async function studiedAt(member: Built, school: string) {
  const result = await member.client.graphql(ADD_EDUCATION, { input: { school } });
  expect(result.data?.saveEducation.userErrors).toEqual([]);
}

/** One new member per name given, in order (the names only make the tests readable). */
async function members<const T extends readonly string[]>(...names: T): Promise<{ [K in keyof T]: Built }> {
  const built: Built[] = [];
  for (let i = 0; i < names.length; i += 1) built.push(await buildMember(server));
  return built as { [K in keyof T]: Built };
}

describe('people you may know', () => {
  it('ranks by mutual connections, then shared employers and schools, each with its reasons', async () => {
    const [me, a, b, c, two, one, colleague, classmate] = await members(
      'me',
      'a',
      'b',
      'c',
      'two',
      'one',
      'colleague',
      'classmate',
    );
    // two: mutual through a and b; one: through c only.
    for (const friend of [a, b, c]) await connect(me, friend);
    await connect(a, two);
    await connect(b, two);
    await connect(c, one);
    await worksAt(me, 'Renault', true);
    await worksAt(colleague, '  RENAULT ', true);
    await worksAt(two, 'renault', false);
    await studiedAt(me, 'INSA Lyon');
    await studiedAt(classmate, 'Insa  Lyon');

    const list = await suggestionsOf(me);
    expect(list).toEqual([
      {
        member: { id: two.member.id },
        mutualConnectionCount: 2,
        reasons: [
          { kind: 'MUTUAL_CONNECTIONS', count: 2, name: null },
          { kind: 'WORKED_AT', count: null, name: 'Renault' },
        ],
      },
      {
        member: { id: colleague.member.id },
        mutualConnectionCount: 0,
        reasons: [{ kind: 'WORKS_AT', count: null, name: 'Renault' }],
      },
      {
        member: { id: classmate.member.id },
        mutualConnectionCount: 0,
        reasons: [{ kind: 'STUDIED_AT', count: null, name: 'INSA Lyon' }],
      },
      {
        member: { id: one.member.id },
        mutualConnectionCount: 1,
        reasons: [{ kind: 'MUTUAL_CONNECTIONS', count: 1, name: null }],
      },
    ]);
    expect(ids(await suggestionsOf(me, 2))).toEqual([two.member.id, colleague.member.id]);
  });

  it('compares employers accent-insensitively and keeps the viewer spelling', async () => {
    const [me, other] = await members('me', 'other');
    await worksAt(me, 'Société Générale', false);
    await worksAt(other, 'SOCIETE GENERALE', true);
    expect((await suggestionsOf(me))[0]).toMatchObject({
      member: { id: other.member.id },
      reasons: [{ kind: 'WORKS_AT', name: 'Société Générale' }],
    });
  });

  it('leaves out self, connections, pending invitations both ways, blocks both ways, dismissed and deleted members', async () => {
    const [me, hub, invitedByMe, invitedMe, blockedByMe, blockingMe, dismissed, gone, kept] = await members(
      'me',
      'hub',
      'invitedByMe',
      'invitedMe',
      'blockedByMe',
      'blockingMe',
      'dismissed',
      'gone',
      'kept',
    );
    await connect(me, hub);
    for (const other of [invitedByMe, invitedMe, blockedByMe, blockingMe, dismissed, gone, kept])
      await connect(hub, other);
    expect(new Set(ids(await suggestionsOf(me)))).toEqual(
      new Set([invitedByMe, invitedMe, blockedByMe, blockingMe, dismissed, gone, kept].map((m) => m.member.id)),
    );

    await me.client.graphql(SEND_INVITATION, { input: { memberId: invitedByMe.member.id, howKnown: 'FRIEND' } });
    await invitedMe.client.graphql(SEND_INVITATION, { input: { memberId: me.member.id, howKnown: 'FRIEND' } });
    await server.db.query('INSERT INTO member_block (member_id, blocked_id) VALUES ($1, $2), ($3, $1)', [
      dbId(me.member.id),
      dbId(blockedByMe.member.id),
      dbId(blockingMe.member.id),
    ]);
    const dismissal = await me.client.graphql(DISMISS, { memberId: dismissed.member.id });
    expect(dismissal.data?.dismissSuggestion).toEqual({ member: { id: dismissed.member.id }, userErrors: [] });
    await server.db.query('DELETE FROM member WHERE id = $1', [dbId(gone.member.id)]);

    const list = await suggestionsOf(me);
    expect(ids(list)).toEqual([kept.member.id]);
    expect(ids(list)).not.toContain(me.member.id);
    expect(ids(list)).not.toContain(hub.member.id);
    // Suggestions are symmetric in exclusions: the blocked and blocking members do not see me either.
    expect(ids(await suggestionsOf(blockedByMe))).not.toContain(me.member.id);
    expect(ids(await suggestionsOf(blockingMe))).not.toContain(me.member.id);
  });

  it('remembers a dismissal, and refuses dismissing oneself or an unknown member', async () => {
    const [me, hub, other] = await members('me', 'hub', 'other');
    await connect(me, hub);
    await connect(hub, other);
    await me.client.graphql(DISMISS, { memberId: other.member.id });
    await me.client.graphql(DISMISS, { memberId: other.member.id });
    expect(await suggestionsOf(me)).toEqual([]);
    const rows = await server.db.query('SELECT 1 FROM suggestion_dismissal WHERE member_id = $1', [dbId(me.member.id)]);
    expect(rows).toHaveLength(1);

    const self = await me.client.graphql(DISMISS, { memberId: me.member.id });
    expect(self.data?.dismissSuggestion.userErrors).toEqual([{ field: 'memberId', code: 'CANNOT_DISMISS_SELF' }]);
    await server.db.query('DELETE FROM member WHERE id = $1', [dbId(other.member.id)]);
    const unknown = await me.client.graphql(DISMISS, { memberId: other.member.id });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('does not count as mutual a connection whose connections list is only theirs', async () => {
    const [me, secretive, open, target] = await members('me', 'secretive', 'open', 'target');
    await connect(me, secretive);
    await connect(me, open);
    await connect(secretive, target);
    await connect(open, target);
    await secretive.client.graphql(SET_VISIBILITY, { section: 'CONNECTIONS', audience: 'ONLY_ME' });
    const [suggestion] = await suggestionsOf(me);
    expect(suggestion).toMatchObject({ member: { id: target.member.id }, mutualConnectionCount: 1 });

    await open.client.graphql(SET_VISIBILITY, { section: 'CONNECTIONS', audience: 'ONLY_ME' });
    expect(await suggestionsOf(me)).toEqual([]);
  });

  it('gives a shared employer only when the member shows their experience to the viewer', async () => {
    const [me, discreet] = await members('me', 'discreet');
    await worksAt(me, 'Airbus', true);
    await worksAt(discreet, 'Airbus', true);
    await discreet.client.graphql(SET_VISIBILITY, { section: 'EXPERIENCE', audience: 'CONNECTIONS' });
    expect(await suggestionsOf(me)).toEqual([]);
  });

  it('is only for the member themselves, and a token needs read:network', async () => {
    const [me, other] = await members('me', 'other');
    const theirs = await me.client.graphql(
      `query ($handle: String!) { member(handle: $handle) { suggestedConnections { member { id } } } }`,
      {
        handle: other.member.handle,
      },
    );
    expect(theirs.data?.member.suggestedConnections).toBeNull();

    const token = async (scopes: string[]) => await createToken(me.client, scopes);
    const withoutScope = await server.graphql(SUGGESTIONS, {}, { token: await token(['READ_PROFILE']) });
    expect(withoutScope.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const withScope = await server.graphql(SUGGESTIONS, {}, { token: await token(['READ_NETWORK']) });
    expect(withScope.data?.viewer.suggestedConnections).toEqual([]);
    const dismissWithRead = await server.graphql(
      DISMISS,
      { memberId: other.member.id },
      { token: await token(['READ_NETWORK']) },
    );
    expect(dismissWithRead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
