import { currentMonth } from '@carnet/shared';
import { buildMember, createToken } from '../../../test/factories';
import { CompanyService } from '../companies/company.service';
import { startTestServer, type TestClient, type TestServer } from '../../../test/server';

const SIGNAL = 'jobTitles locations contractTypes workplaceTypes availableFrom visibleTo';
const READ = `query ($handle: String!) { member(handle: $handle) { openToWork { ${SIGNAL} } } }`;
const SET = `mutation ($input: SetOpenToWorkInput!) {
  setOpenToWork(input: $input) { member { openToWork { ${SIGNAL} } } userErrors { field code message } }
}`;
const CLEAR = `mutation { clearOpenToWork { member { openToWork { jobTitles } } userErrors { code } } }`;
const SET_VISIBILITY = `mutation ($audience: Audience!) {
  setSectionVisibility(input: { section: OPEN_TO_WORK, audience: $audience }) { userErrors { code } }
}`;
const PREVIEW = `query ($as: PreviewAudience!) { profilePreview(as: $as) { openToWork { jobTitles } } }`;
const UPDATED_AT = `SELECT updated_at FROM member WHERE handle = $1`;

function nextMonth(): string {
  const now = new Date();
  return currentMonth(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)));
}

const signal = (overrides: Record<string, unknown> = {}) => ({
  jobTitles: ['Développeuse React', 'Lead front-end'],
  locations: ['Lyon', 'Télétravail France'],
  contractTypes: ['CDI', 'FREELANCE'],
  workplaceTypes: ['HYBRID', 'REMOTE'],
  availableFrom: null,
  visibleTo: 'ALL_MEMBERS',
  ...overrides,
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function lookingMember(overrides: Record<string, unknown> = {}) {
  const built = await buildMember(server, { firstName: 'Inès', lastName: 'Cherche' });
  const set = await built.client.graphql(SET, { input: signal(overrides) });
  expect(set.data?.setOpenToWork.userErrors).toEqual([]);
  return built;
}

async function rowId(handle: string): Promise<string> {
  return (await server.db.query('SELECT id::text FROM member WHERE handle = $1', [handle]))[0].id;
}

const signalSeenBy = async (client: TestClient, handle: string, options = {}) =>
  (await client.graphql(READ, { handle }, options)).data?.member.openToWork;

async function tokenFor(client: TestClient, scopes: string[]) {
  return await createToken(client, scopes);
}

describe('setting the signal', () => {
  it('turns it on, replaces it on edit and turns it off, marking the profile changed each time', async () => {
    const { client, member } = await buildMember(server);
    expect(await signalSeenBy(client, member.handle)).toBeNull();
    const before = (await server.db.query(UPDATED_AT, [member.handle]))[0].updated_at;

    const set = await client.graphql(SET, { input: signal({ locations: [' Lyon ', 'lyon', ''] }) });
    expect(set.data?.setOpenToWork).toEqual({
      member: { openToWork: { ...signal(), locations: ['Lyon'] } },
      userErrors: [],
    });
    const touched = (await server.db.query(UPDATED_AT, [member.handle]))[0].updated_at;
    expect(touched.getTime()).toBeGreaterThan(before.getTime());

    const later = nextMonth();
    const edited = await client.graphql(SET, {
      input: { jobTitles: ['Data analyst'], contractTypes: ['CDD'], availableFrom: later },
    });
    expect(edited.data?.setOpenToWork.member.openToWork).toEqual({
      jobTitles: ['Data analyst'],
      locations: [],
      contractTypes: ['CDD'],
      workplaceTypes: [],
      availableFrom: later,
      visibleTo: 'ALL_MEMBERS',
    });
    const rows = 'SELECT count(*)::int AS n FROM open_to_work WHERE member_id = $1';
    expect(await server.db.query(rows, [await rowId(member.handle)])).toEqual([{ n: 1 }]);

    const cleared = await client.graphql(CLEAR);
    expect(cleared.data?.clearOpenToWork).toEqual({ member: { openToWork: null }, userErrors: [] });
    expect(await signalSeenBy(server.client(), member.handle)).toBeNull();
    expect((await server.db.query(UPDATED_AT, [member.handle]))[0].updated_at.getTime()).toBeGreaterThan(
      touched.getTime(),
    );
  });

  it.each([
    ['no job title', { jobTitles: ['  '] }, [['jobTitles', 'REQUIRED']]],
    ['six job titles', { jobTitles: ['a', 'b', 'c', 'd', 'e', 'f'] }, [['jobTitles', 'LIMIT_REACHED']]],
    ['an over-long job title', { jobTitles: ['x'.repeat(101)] }, [['jobTitles', 'TOO_LONG']]],
    ['six places', { locations: ['1', '2', '3', '4', '5', '6'] }, [['locations', 'LIMIT_REACHED']]],
    ['an over-long place', { locations: ['é'.repeat(101)] }, [['locations', 'TOO_LONG']]],
    ['no contract type', { contractTypes: [] }, [['contractTypes', 'REQUIRED']]],
    [
      'part time, which is no contract',
      { contractTypes: ['CDI', 'TEMPS_PARTIEL'] },
      [['contractTypes', 'INVALID_CHOICE']],
    ],
    ['a past start month', { availableFrom: '2020-01' }, [['availableFrom', 'DATE_IN_PAST']]],
    ['a start that is no month', { availableFrom: 'demain' }, [['availableFrom', 'INVALID_DATE']]],
  ])('refuses %s with a userError and writes nothing', async (_case, change, expected) => {
    const { client, member } = await lookingMember();
    const result = await client.graphql(SET, { input: signal(change) });
    expect(result.data?.setOpenToWork.member).toBeNull();
    expect(result.data?.setOpenToWork.userErrors.map((e: any) => [e.field, e.code])).toEqual(expected);
    expect(await signalSeenBy(client, member.handle)).toEqual(signal());
  });

  it('words userErrors in the reader’s language and reports every field at once', async () => {
    const { client } = await buildMember(server);
    const result = await client.graphql(
      SET,
      { input: signal({ jobTitles: [], contractTypes: [], availableFrom: '2020-01' }) },
      { headers: { 'accept-language': 'fr' } },
    );
    expect(result.data?.setOpenToWork.userErrors).toEqual([
      { field: 'jobTitles', code: 'REQUIRED', message: 'Ce champ est obligatoire.' },
      { field: 'contractTypes', code: 'REQUIRED', message: 'Ce champ est obligatoire.' },
      { field: 'availableFrom', code: 'DATE_IN_PAST', message: 'Cette date est passée.' },
    ]);
  });

  it('refuses an unknown contract type before running anything', async () => {
    const { client, member } = await buildMember(server);
    const result = await client.graphql(SET, { input: signal({ contractTypes: ['CDX'] }) });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await signalSeenBy(client, member.handle)).toBeNull();
  });

  it('is refused by the database when the rules are bypassed, and leaves with the member', async () => {
    const { member } = await lookingMember();
    const id = await rowId(member.handle);
    for (const change of [
      `job_titles = '{}'`,
      `job_titles = ARRAY[repeat('x', 101)]`,
      `locations = ARRAY['1','2','3','4','5','6']`,
      `contract_types = ARRAY['TEMPS_PARTIEL']`,
      `workplace_types = ARRAY['MOON']`,
      `visible_to = 'NOBODY'`,
    ]) {
      await expect(server.db.query(`UPDATE open_to_work SET ${change} WHERE member_id = $1`, [id])).rejects.toThrow(
        /check constraint/,
      );
    }
    await server.db.query('DELETE FROM member WHERE id = $1', [id]);
    expect(await server.db.query('SELECT 1 FROM open_to_work WHERE member_id = $1', [id])).toEqual([]);
  });

  it('reads a start month that has come as available now', async () => {
    const { client, member } = await lookingMember({ availableFrom: nextMonth() });
    await server.db.query(`UPDATE open_to_work SET available_from = '2024-03-01' WHERE member_id = $1`, [
      await rowId(member.handle),
    ]);
    expect((await signalSeenBy(client, member.handle)).availableFrom).toBeNull();
  });

  it('needs write:profile', async () => {
    const { client, member } = await buildMember(server);
    const reader = await tokenFor(client, ['READ_PROFILE']);
    expect((await server.graphql(SET, { input: signal() }, { token: reader })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await server.graphql(CLEAR, {}, { token: reader })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql(SET, { input: signal() })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const writer = await tokenFor(client, ['WRITE_PROFILE']);
    expect((await server.graphql(SET, { input: signal() }, { token: writer })).data?.setOpenToWork.userErrors).toEqual(
      [],
    );
    expect(await signalSeenBy(client, member.handle)).toEqual(signal());
  });
});

describe('who sees the signal', () => {
  type Reader = 'anonymous' | 'tokenWithoutScope' | 'outOfNetwork' | 'self';
  async function seenBy(owner: { client: TestClient; member: { handle: string } }): Promise<Record<Reader, boolean>> {
    const other = (await buildMember(server)).client;
    const token = await tokenFor(owner.client, ['READ_JOBS']);
    const seen = async (client: TestClient, options = {}) =>
      (await signalSeenBy(client, owner.member.handle, options)) !== null;
    return {
      anonymous: await seen(server.client()),
      tokenWithoutScope: await seen(server.client(), { token }),
      outOfNetwork: await seen(other),
      self: await seen(owner.client),
    };
  }

  // Until the graph lands every other member is out of network; until company pages land nobody is a recruiter.
  it.each([
    ['PUBLIC', 'ALL_MEMBERS', { anonymous: true, tokenWithoutScope: true, outOfNetwork: true, self: true }],
    ['MEMBERS', 'ALL_MEMBERS', { anonymous: false, tokenWithoutScope: false, outOfNetwork: true, self: true }],
    ['NETWORK', 'ALL_MEMBERS', { anonymous: false, tokenWithoutScope: false, outOfNetwork: false, self: true }],
    ['ONLY_ME', 'ALL_MEMBERS', { anonymous: false, tokenWithoutScope: false, outOfNetwork: false, self: true }],
    ['PUBLIC', 'RECRUITERS_ONLY', { anonymous: false, tokenWithoutScope: false, outOfNetwork: false, self: true }],
    ['MEMBERS', 'RECRUITERS_ONLY', { anonymous: false, tokenWithoutScope: false, outOfNetwork: false, self: true }],
  ] as const)('section %s, signal for %s', async (audience, visibleTo, expected) => {
    const owner = await lookingMember({ visibleTo });
    await owner.client.graphql(SET_VISIBILITY, { audience });
    expect(await seenBy(owner)).toEqual(expected);
  });

  it('shows a RECRUITERS_ONLY signal to a recruiter once companies say who recruits', async () => {
    const owner = await lookingMember({ visibleTo: 'RECRUITERS_ONLY' });
    const recruiter = await buildMember(server);
    const recruiterId = await rowId(recruiter.member.handle);
    const answer = jest
      .spyOn(CompanyService.prototype, 'recruiterIds')
      .mockImplementation(async (ids) => new Set(ids.filter((id) => id === recruiterId)));
    try {
      expect(await signalSeenBy(recruiter.client, owner.member.handle)).toMatchObject({ visibleTo: 'RECRUITERS_ONLY' });
      expect(await signalSeenBy((await buildMember(server)).client, owner.member.handle)).toBeNull();
      await owner.client.graphql(SET_VISIBILITY, { audience: 'ONLY_ME' });
      expect(await signalSeenBy(recruiter.client, owner.member.handle)).toBeNull();
    } finally {
      answer.mockRestore();
    }
  });

  it('previews the signal as each audience, never as a recruiter', async () => {
    const owner = await lookingMember();
    await owner.client.graphql(SET_VISIBILITY, { audience: 'MEMBERS' });
    const as = async (audience: string) =>
      (await owner.client.graphql(PREVIEW, { as: audience })).data?.profilePreview.openToWork;
    expect(await as('PUBLIC')).toBeNull();
    for (const audience of ['MEMBERS', 'NETWORK', 'CONNECTIONS']) {
      expect(await as(audience)).toEqual({ jobTitles: signal().jobTitles });
    }
    await owner.client.graphql(SET, { input: signal({ visibleTo: 'RECRUITERS_ONLY' }) });
    for (const audience of ['PUBLIC', 'MEMBERS', 'NETWORK', 'CONNECTIONS']) expect(await as(audience)).toBeNull();
    expect(await signalSeenBy(owner.client, owner.member.handle)).toMatchObject({ visibleTo: 'RECRUITERS_ONLY' });
  });
});
