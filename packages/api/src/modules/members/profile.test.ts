import { buildMember, createToken } from '../../../test/factories';
import { startTestServer, type TestServer, type TestClient } from '../../../test/server';

const PROFILE = `query ($handle: String!) {
  member(handle: $handle) {
    handle displayName headline industry about
    location { city region country }
    contactInfo { email phone }
    visibility { section audience }
  }
}`;
const UPDATE = `mutation ($input: UpdateProfileInput!) {
  updateProfile(input: $input) { member { headline about location { city } } userErrors { field code message } }
}`;
const SET_VISIBILITY = `mutation ($section: ProfileSection!, $audience: Audience!) {
  setSectionVisibility(input: { section: $section, audience: $audience }) { member { visibility { section audience } } }
}`;
const PREVIEW = `query ($as: PreviewAudience!) { profilePreview(as: $as) { headline about contactInfo { email } visibility { section } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const FULL_PROFILE = {
  headline: 'Développeuse full-stack chez Doctolib',
  about: 'Dix ans de web.\n\n<script>alert(1)</script> reste du texte.',
  city: 'Lyon',
  region: 'Auvergne-Rhône-Alpes',
  country: 'France',
  industry: 'Santé',
  contactEmail: 'contact@zoe.fr',
  phone: '+33 6 12 34 56 78',
};

async function owner() {
  const built = await buildMember(server, { firstName: 'Zoé', lastName: 'Profil' });
  const updated = await built.client.graphql(UPDATE, { input: FULL_PROFILE });
  expect(updated.data?.updateProfile.userErrors).toEqual([]);
  return built;
}

async function tokenFor(client: TestClient, scopes: string[]) {
  return await createToken(client, scopes);
}

describe('editing a profile', () => {
  it('keeps text as given, HTML included, and clears a field with an empty string', async () => {
    const { client, member } = await owner();
    const seen = await client.graphql(PROFILE, { handle: member.handle });
    expect(seen.data?.member).toMatchObject({
      headline: FULL_PROFILE.headline,
      about: FULL_PROFILE.about,
      location: { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'France' },
      contactInfo: { email: 'contact@zoe.fr', phone: '+33 6 12 34 56 78' },
    });
    const cleared = await client.graphql(UPDATE, {
      input: { headline: '  ', city: null, region: null, country: null },
    });
    expect(cleared.data?.updateProfile.member).toEqual({ headline: null, about: FULL_PROFILE.about, location: null });
  });

  it('refuses over-long text, a bad contact email or phone, and an empty name, changing nothing', async () => {
    const { client, member } = await owner();
    const result = await client.graphql(
      UPDATE,
      {
        input: {
          headline: 'x'.repeat(221),
          about: 'é'.repeat(2601),
          contactEmail: 'javascript:alert(1)',
          phone: 'call me',
          firstName: ' ',
        },
      },
      { headers: { 'accept-language': 'fr' } },
    );
    expect(result.data?.updateProfile.member).toBeNull();
    expect(result.data?.updateProfile.userErrors.map((e: any) => [e.field, e.code])).toEqual([
      ['firstName', 'REQUIRED'],
      ['headline', 'TOO_LONG'],
      ['about', 'TOO_LONG'],
      ['contactEmail', 'INVALID_EMAIL'],
      ['phone', 'INVALID_PHONE'],
    ]);
    expect(result.data?.updateProfile.userErrors[1].message).toBe('220 caractères au maximum.');
    const seen = await client.graphql(PROFILE, { handle: member.handle });
    expect(seen.data?.member).toMatchObject({ displayName: 'Zoé Profil', headline: FULL_PROFILE.headline });
  });

  it('needs write:profile from a token', async () => {
    const { client } = await owner();
    const reader = await tokenFor(client, ['READ_PROFILE']);
    const refused = await server.graphql(UPDATE, { input: { headline: 'via API' } }, { token: reader });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const writer = await tokenFor(client, ['WRITE_PROFILE', 'READ_PROFILE']);
    const done = await server.graphql(UPDATE, { input: { headline: 'via API' } }, { token: writer });
    expect(done.data?.updateProfile.member.headline).toBe('via API');
    expect((await server.graphql(UPDATE, { input: { headline: 'anon' } })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('who sees what', () => {
  type Reader = 'anonymous' | 'tokenWithoutScope' | 'tokenWithScope' | 'outOfNetwork' | 'self';
  const visible = async (handle: string, reader: Reader, ctx: { ownerClient: TestClient; other: TestClient }) => {
    const options =
      reader === 'tokenWithoutScope'
        ? { token: await tokenFor(ctx.ownerClient, ['READ_JOBS']) }
        : reader === 'tokenWithScope'
          ? { token: await tokenFor(ctx.ownerClient, ['READ_PROFILE']) }
          : {};
    const client = reader === 'self' ? ctx.ownerClient : reader === 'outOfNetwork' ? ctx.other : server.client();
    const result = await client.graphql(PROFILE, { handle }, options);
    const m = result.data?.member;
    return {
      headline: m.headline !== null,
      about: m.about !== null,
      contact: m.contactInfo !== null,
      settings: m.visibility !== null,
    };
  };

  // Nobody here is connected: every reader other than the owner is out of network (a token with read:profile reads as its owner).
  it.each([
    ['PUBLIC', { anonymous: true, tokenWithoutScope: true, tokenWithScope: true, outOfNetwork: true, self: true }],
    ['MEMBERS', { anonymous: false, tokenWithoutScope: false, tokenWithScope: true, outOfNetwork: true, self: true }],
    ['NETWORK', { anonymous: false, tokenWithoutScope: false, tokenWithScope: true, outOfNetwork: false, self: true }],
    [
      'CONNECTIONS',
      { anonymous: false, tokenWithoutScope: false, tokenWithScope: true, outOfNetwork: false, self: true },
    ],
    ['ONLY_ME', { anonymous: false, tokenWithoutScope: false, tokenWithScope: true, outOfNetwork: false, self: true }],
  ] as const)('ABOUT set to %s', async (audience, expected) => {
    const { client, member } = await owner();
    const other = (await buildMember(server)).client;
    await client.graphql(SET_VISIBILITY, { section: 'ABOUT', audience });
    for (const [reader, canSee] of Object.entries(expected) as [Reader, boolean][]) {
      const seen = await visible(member.handle, reader, { ownerClient: client, other });
      expect({ reader, about: seen.about }).toEqual({ reader, about: canSee });
      expect({ reader, headline: seen.headline }).toEqual({ reader, headline: true });
    }
  });

  it('shows contact info only to connections by default and the audience settings only to the owner', async () => {
    const { client, member } = await owner();
    const other = (await buildMember(server)).client;
    for (const reader of ['anonymous', 'tokenWithoutScope', 'outOfNetwork'] as Reader[]) {
      expect(await visible(member.handle, reader, { ownerClient: client, other })).toEqual({
        headline: true,
        about: true,
        contact: false,
        settings: false,
      });
    }
    expect(await visible(member.handle, 'self', { ownerClient: client, other })).toEqual({
      headline: true,
      about: true,
      contact: true,
      settings: true,
    });
  });

  it('lets the owner preview the profile as each audience', async () => {
    const { client } = await owner();
    await client.graphql(SET_VISIBILITY, { section: 'ABOUT', audience: 'NETWORK' });
    await client.graphql(SET_VISIBILITY, { section: 'HEADLINE', audience: 'MEMBERS' });
    const as = async (audience: string) => (await client.graphql(PREVIEW, { as: audience })).data?.profilePreview;
    expect(await as('PUBLIC')).toEqual({ headline: null, about: null, contactInfo: null, visibility: null });
    expect(await as('MEMBERS')).toEqual({
      headline: FULL_PROFILE.headline,
      about: null,
      contactInfo: null,
      visibility: null,
    });
    expect(await as('NETWORK')).toMatchObject({ about: FULL_PROFILE.about, contactInfo: null });
    expect(await as('CONNECTIONS')).toMatchObject({ contactInfo: { email: 'contact@zoe.fr' } });
  });

  it('hides a section through node(id:) too', async () => {
    const { client, member } = await owner();
    await client.graphql(SET_VISIBILITY, { section: 'ABOUT', audience: 'ONLY_ME' });
    const viaNode = await server.graphql(`query ($id: ID!) { node(id: $id) { ... on Member { about headline } } }`, {
      id: member.id,
    });
    expect(viaNode.data?.node).toEqual({ about: null, headline: FULL_PROFILE.headline });
  });

  it('answers null for an unknown handle', async () => {
    expect((await server.graphql(PROFILE, { handle: 'nobody-here' })).data?.member).toBeNull();
  });
});

describe('profile completeness', () => {
  it('tells the owner the next most useful step, and nobody else', async () => {
    const { client, member } = await buildMember(server);
    const QUERY = `query ($handle: String!) { member(handle: $handle) { completeness { percent nextStep } } }`;
    expect((await client.graphql(QUERY, { handle: member.handle })).data?.member.completeness).toEqual({
      percent: 0,
      nextStep: 'ADD_PHOTO',
    });
    await client.graphql(UPDATE, { input: { headline: 'Comptable', city: 'Nantes' } });
    expect((await client.graphql(QUERY, { handle: member.handle })).data?.member.completeness).toEqual({
      percent: 25,
      nextStep: 'ADD_PHOTO',
    });
    expect((await server.graphql(QUERY, { handle: member.handle })).data?.member.completeness).toBeNull();
  });
});
