import { buildMember, createToken } from '../../../test/factories';
import { startTestServer, type TestClient, type TestServer } from '../../../test/server';
import { fromGlobalId, toGlobalId } from '../../graphql/relay';

const RECORD = `mutation ($memberId: ID!) { recordProfileView(input: { memberId: $memberId }) { recorded userErrors { code } } }`;
const SET_MODE = `mutation ($mode: ProfileViewMode!) {
  setProfileViewMode(input: { mode: $mode }) { member { profileViewMode } userErrors { code } }
}`;
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { userErrors { code } } }`;
const SET_VISIBILITY = `mutation ($section: ProfileSection!, $audience: Audience!) {
  setSectionVisibility(input: { section: $section, audience: $audience }) { userErrors { code } }
}`;
const VIEWS = `query ($handle: String!, $first: Int, $after: String, $weeks: Int! = 12) {
  member(handle: $handle) {
    profileViewMode
    profileViews(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          viewedAt
          viewer {
            __typename
            ... on Member { id handle displayName headline }
            ... on AnonymousProfileViewer { industry }
            ... on PrivateProfileViewer { private }
          }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
    profileViewStats(weeks: $weeks) { total weeks { startsOn isoWeek views } }
  }
}`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Built = Awaited<ReturnType<typeof buildMember>>;

async function viewerWith(mode: string, profile: Record<string, string> = {}, names = {}): Promise<Built> {
  const built = await buildMember(server, names);
  if (Object.keys(profile).length) await built.client.graphql(UPDATE, { input: profile });
  const set = await built.client.graphql(SET_MODE, { mode });
  expect(set.data?.setProfileViewMode).toEqual({ member: { profileViewMode: mode }, userErrors: [] });
  return built;
}

async function record(client: TestClient, memberId: string, options = {}) {
  return client.graphql(RECORD, { memberId }, options);
}

async function viewsOf(owner: Built, variables: Record<string, unknown> = {}, options = {}) {
  const result = await owner.client.graphql(VIEWS, { handle: owner.member.handle, ...variables }, options);
  expect(result.errors).toBeUndefined();
  return result.data?.member;
}

async function tokenFor(client: TestClient, scopes: string[]) {
  return await createToken(client, scopes);
}

describe('recording a profile view', () => {
  it('counts one view per viewer and day, and none of your own profile', async () => {
    const owner = await buildMember(server);
    const visitor = await buildMember(server);
    expect((await record(visitor.client, owner.member.id)).data?.recordProfileView).toEqual({
      recorded: true,
      userErrors: [],
    });
    expect((await record(visitor.client, owner.member.id)).data?.recordProfileView.recorded).toBe(true);
    expect((await record(owner.client, owner.member.id)).data?.recordProfileView.recorded).toBe(false);

    const seen = await viewsOf(owner);
    expect(seen.profileViews.totalCount).toBe(1);
    expect(seen.profileViewStats.total).toBe(1);
    expect(seen.profileViewStats.weeks.at(-1).views).toBe(1);
    const [{ count }] = await server.db.query('SELECT count(*)::int AS count FROM profile_view WHERE member_id = $1', [
      fromGlobalId(owner.member.id)!.id,
    ]);
    expect(count).toBe(1);
  });

  it('needs an account, and read:profile from a token', async () => {
    const owner = await buildMember(server);
    const anonymous = await server.graphql(RECORD, { memberId: owner.member.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const visitor = await buildMember(server);
    const withoutScope = await record(server.client(), owner.member.id, {
      token: await tokenFor(visitor.client, ['READ_JOBS']),
    });
    expect(withoutScope.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await viewsOf(owner)).profileViews.totalCount).toBe(0);

    const withScope = await record(server.client(), owner.member.id, {
      token: await tokenFor(visitor.client, ['READ_PROFILE']),
    });
    expect(withScope.data?.recordProfileView.recorded).toBe(true);
    expect((await viewsOf(owner)).profileViews.totalCount).toBe(1);
  });

  it('refuses a malformed id, the id of something else and an unknown member', async () => {
    const visitor = await buildMember(server);
    const code = async (memberId: string) => (await record(visitor.client, memberId)).errors?.[0]?.extensions;
    expect(await code('not-an-id')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberId' });
    expect(await code(toGlobalId('Experience', '1'))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await code(toGlobalId('Member', '999999999'))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('who viewed my profile', () => {
  it('shows a named viewer with their name, through their own section audiences', async () => {
    const owner = await buildMember(server);
    const named = await viewerWith(
      'NAMED',
      { headline: 'Infirmière à Lille' },
      { firstName: 'Inès', lastName: 'Nommée' },
    );
    await record(named.client, owner.member.id);
    const [edge] = (await viewsOf(owner)).profileViews.edges;
    expect(edge.node.viewer).toEqual({
      __typename: 'Member',
      id: named.member.id,
      handle: named.member.handle,
      displayName: 'Inès Nommée',
      headline: 'Infirmière à Lille',
    });
    expect(Date.now() - new Date(edge.node.viewedAt).getTime()).toBeLessThan(60_000);

    await named.client.graphql(SET_VISIBILITY, { section: 'HEADLINE', audience: 'ONLY_ME' });
    expect((await viewsOf(owner)).profileViews.edges[0].node.viewer).toMatchObject({
      displayName: 'Inès Nommée',
      headline: null,
    });
  });

  it('shows an anonymous viewer as their industry only, and a private one as nothing', async () => {
    const owner = await buildMember(server);
    const anonymous = await viewerWith(
      'ANONYMOUS',
      { industry: 'Santé', headline: 'Cheffe de clinique' },
      { firstName: 'Zébulon', lastName: 'Secret' },
    );
    const noIndustry = await viewerWith('ANONYMOUS', {}, { firstName: 'Yvette', lastName: 'Sansindustrie' });
    const hidden = await viewerWith('PRIVATE', { industry: 'Banque' }, { firstName: 'Xavier', lastName: 'Cache' });
    for (const visitor of [anonymous, noIndustry, hidden]) await record(visitor.client, owner.member.id);

    const result = await owner.client.graphql(VIEWS, { handle: owner.member.handle });
    expect(result.data?.member.profileViews.edges.map((e: any) => e.node.viewer)).toEqual([
      { __typename: 'PrivateProfileViewer', private: true },
      { __typename: 'AnonymousProfileViewer', industry: null },
      { __typename: 'AnonymousProfileViewer', industry: 'Santé' },
    ]);
    const whole = JSON.stringify(result);
    for (const visitor of [anonymous, noIndustry, hidden]) {
      for (const secret of [
        visitor.member.id,
        visitor.member.handle,
        visitor.fields.firstName,
        visitor.fields.lastName,
      ]) {
        expect(whole).not.toContain(secret);
      }
    }
    expect(whole).not.toContain('Banque');
    expect(whole).not.toContain('Cheffe de clinique');
    expect(result.data?.member.profileViewStats.total).toBe(3);
  });

  it('keeps the mode a view was made in, and a day never reveals more than its most private view', async () => {
    const owner = await buildMember(server);
    const visitor = await viewerWith('NAMED');
    await record(visitor.client, owner.member.id);
    await visitor.client.graphql(SET_MODE, { mode: 'ANONYMOUS' });
    expect((await viewsOf(owner)).profileViews.edges[0].node.viewer.__typename).toBe('Member');

    await record(visitor.client, owner.member.id);
    expect((await viewsOf(owner)).profileViews.edges[0].node.viewer.__typename).toBe('AnonymousProfileViewer');
    await visitor.client.graphql(SET_MODE, { mode: 'NAMED' });
    await record(visitor.client, owner.member.id);
    const seen = await viewsOf(owner);
    expect(seen.profileViews.edges.map((e: any) => e.node.viewer.__typename)).toEqual(['AnonymousProfileViewer']);
  });

  it('counts every view per ISO week, empty weeks included', async () => {
    const owner = await buildMember(server);
    const visitors = await Promise.all([viewerWith('NAMED'), viewerWith('ANONYMOUS'), viewerWith('PRIVATE')]);
    for (const visitor of visitors) await record(visitor.client, owner.member.id);
    // One view moved to the week before last.
    await server.db.query(
      `UPDATE profile_view SET last_viewed_at = now() - interval '14 days', viewed_on = (now() - interval '14 days')::date
       WHERE member_id = $1 AND viewer_id = $2`,
      [fromGlobalId(owner.member.id)!.id, fromGlobalId(visitors[0]!.member.id)!.id],
    );
    const { profileViewStats: stats, profileViews } = await viewsOf(owner, { weeks: 4 });
    expect(stats.weeks.map((w: any) => w.views)).toEqual([0, 1, 0, 2]);
    expect(stats.total).toBe(3);
    const current = stats.weeks.at(-1);
    expect(new Date(`${current.startsOn}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(Date.now() - new Date(`${current.startsOn}T00:00:00Z`).getTime()).toBeLessThan(7 * 86_400_000);
    expect(current.isoWeek).toMatch(/^\d{4}-W\d{2}$/);
    expect(profileViews.edges.at(-1).node.viewer.__typename).toBe('Member');

    for (const weeks of [0, 53]) {
      const refused = await owner.client.graphql(VIEWS, { handle: owner.member.handle, weeks });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weeks' });
    }
  });

  it('pages through the views, latest first', async () => {
    const owner = await buildMember(server);
    const visitors = [];
    for (let i = 0; i < 5; i += 1) {
      const visitor = await viewerWith('NAMED');
      await record(visitor.client, owner.member.id);
      visitors.push(visitor);
    }
    const handles: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await viewsOf(owner, { first: 2, after })).profileViews;
      handles.push(...page.edges.map((e: any) => e.node.viewer.handle));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(handles).toEqual(visitors.map((v) => v.member.handle).reverse());

    // A second view today moves that viewer back to the top.
    await record(visitors[0]!.client, owner.member.id);
    const first = (await viewsOf(owner, { first: 1 })).profileViews;
    expect(first.edges[0].node.viewer.handle).toBe(visitors[0]!.member.handle);
    expect(first.totalCount).toBe(5);
  });

  it('reads viewers in one statement per field, whatever their number', async () => {
    const owner = await buildMember(server);
    for (let i = 0; i < 6; i += 1) {
      const visitor = await viewerWith(i % 2 ? 'NAMED' : 'ANONYMOUS', { headline: `Poste ${i}` });
      await record(visitor.client, owner.member.id);
    }
    const statements: string[] = [];
    const spy = jest.spyOn(server.db.logger, 'logQuery').mockImplementation((query) => void statements.push(query));
    try {
      await viewsOf(owner);
    } finally {
      spy.mockRestore();
    }
    expect(statements.filter((sql) => /\bprofile_view\b/.test(sql))).toHaveLength(3); // page, totalCount, stats
    expect(statements.filter((sql) => /FROM "member"/.test(sql))).toHaveLength(2); // the owner, then every viewer
  });

  it('belongs to the owner alone: other members and tokens without read:profile read null', async () => {
    const owner = await buildMember(server);
    const visitor = await buildMember(server);
    await record(visitor.client, owner.member.id);
    expect((await viewsOf(visitor)).profileViewMode).toBe('NAMED');
    const other = (await visitor.client.graphql(VIEWS, { handle: owner.member.handle })).data?.member;
    expect(other).toEqual({ profileViewMode: null, profileViews: null, profileViewStats: null });
    const anonymous = (await server.graphql(VIEWS, { handle: owner.member.handle })).data?.member;
    expect(anonymous).toEqual({ profileViewMode: null, profileViews: null, profileViewStats: null });

    const viaToken = async (scopes: string[]) =>
      (await server.graphql(VIEWS, { handle: owner.member.handle }, { token: await tokenFor(owner.client, scopes) }))
        .data?.member;
    const preview = await owner.client.graphql(
      `{ profilePreview(as: CONNECTIONS) { profileViewMode profileViews { totalCount } profileViewStats { total } } }`,
    );
    expect(preview.data?.profilePreview).toEqual({ profileViewMode: null, profileViews: null, profileViewStats: null });

    expect(await viaToken(['READ_JOBS'])).toEqual({
      profileViewMode: null,
      profileViews: null,
      profileViewStats: null,
    });
    expect((await viaToken(['READ_PROFILE'])).profileViews.totalCount).toBe(1);
  });

  it('changes the view mode only with write:profile', async () => {
    const owner = await buildMember(server);
    const refused = await server.graphql(
      SET_MODE,
      { mode: 'PRIVATE' },
      { token: await tokenFor(owner.client, ['READ_PROFILE']) },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql(SET_MODE, { mode: 'PRIVATE' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await viewsOf(owner)).profileViewMode).toBe('NAMED');
  });
});
