import { buildMember, connect, createToken } from '../../../test/factories';
import { cookieHeader, startTestServer, type TestServer } from '../../../test/server';

const SEARCH = `query ($query: String, $sort: ConnectionSort, $first: Int, $after: String) {
  viewer {
    searchConnections(query: $query, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { connectedAt node { displayName } }
    }
  }
}`;
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { userErrors { field code } } }`;
const SAVE_EXPERIENCE = `mutation ($input: ExperienceInput!) { saveExperience(input: $input) { userErrors { field code } } }`;
const SET_VISIBILITY = `mutation ($section: ProfileSection!, $audience: Audience!) {
  setSectionVisibility(input: { section: $section, audience: $audience }) { userErrors { code } }
}`;

type Built = Awaited<ReturnType<typeof buildMember>>;

let server: TestServer;
let me: Built;
let people: Record<'eloise' | 'zoe' | 'andre' | 'formula', Built>;

async function person(firstName: string, lastName: string, profile: Record<string, unknown>, job?: [string, string]) {
  const built = await buildMember(server, { firstName, lastName });
  const updated = await built.client.graphql(UPDATE, { input: profile });
  expect(updated.data?.updateProfile.userErrors).toEqual([]);
  if (job) {
    const input = { title: job[0], companyName: job[1], startMonth: '2020-01', current: true };
    expect((await built.client.graphql(SAVE_EXPERIENCE, { input })).data?.saveExperience.userErrors).toEqual([]);
  }
  await connect(me, built);
  return built;
}

beforeAll(async () => {
  server = await startTestServer();
  me = await buildMember(server, { firstName: 'Camille', lastName: 'Martin' });
  people = {
    eloise: await person('Éloïse', 'Durand', { headline: 'Cheffe de projet, "agile", Lyon' }, [
      'Ingénieure',
      'Électricité de France',
    ]),
    zoe: await person('Zoé', 'Aubert', { headline: 'Data scientist', contactEmail: 'zoe.contact@example.fr' }, [
      'Analyste',
      'Renault',
    ]),
    andre: await person('André', 'Meunier', { headline: 'Secret headline', contactEmail: 'andre@example.fr' }, [
      'Directeur',
      'Thales',
    ]),
    formula: await person('=HYPERLINK("x")', '@Evil', {
      headline: '+33 line one\nline two',
      contactEmail: 'f@example.fr',
    }),
  };
  await people.andre.client.graphql(SET_VISIBILITY, { section: 'HEADLINE', audience: 'ONLY_ME' });
  await people.andre.client.graphql(SET_VISIBILITY, { section: 'EXPERIENCE', audience: 'ONLY_ME' });
  await people.zoe.client.graphql(SET_VISIBILITY, { section: 'CONTACT_INFO', audience: 'ONLY_ME' });
});
afterAll(() => server.close());

async function search(variables: Record<string, unknown>, token?: string) {
  const result = await (token ? server.graphql(SEARCH, variables, { token }) : me.client.graphql(SEARCH, variables));
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.viewer.searchConnections;
}
const names = (page: { edges: { node: { displayName: string } }[] }) => page.edges.map((e) => e.node.displayName);

describe('searching my connections', () => {
  it('matches names, headlines, current titles and companies, accents and case aside', async () => {
    expect(names(await search({ query: 'eloise' }))).toEqual(['Éloïse Durand']);
    expect(names(await search({ query: 'ELECTRICITE' }))).toEqual(['Éloïse Durand']);
    expect(names(await search({ query: 'renault analyste' }))).toEqual(['Zoé Aubert']);
    expect(names(await search({ query: 'data' }))).toEqual(['Zoé Aubert']);
    expect((await search({ query: 'nobody' })).totalCount).toBe(0);
  });

  it('never matches what a connection keeps to themselves', async () => {
    expect(names(await search({ query: 'secret' }))).toEqual([]);
    expect(names(await search({ query: 'thales' }))).toEqual([]);
    expect(names(await search({ query: 'meunier' }))).toEqual(['André Meunier']);
  });

  it('sorts by recency or by last name, and pages with cursors', async () => {
    expect(names(await search({ sort: 'RECENT' }))).toEqual([
      '=HYPERLINK("x") @Evil',
      'André Meunier',
      'Zoé Aubert',
      'Éloïse Durand',
    ]);
    const first = await search({ sort: 'NAME', first: 2 });
    expect(names(first)).toEqual(['=HYPERLINK("x") @Evil', 'Zoé Aubert']);
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const second = await search({ sort: 'NAME', first: 2, after: first.pageInfo.endCursor });
    expect(names(second)).toEqual(['Éloïse Durand', 'André Meunier']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('is only for the member themselves and needs read:network', async () => {
    const other = await me.client.graphql(
      `query ($h: String!) { member(handle: $h) { searchConnections { totalCount } } }`,
      {
        h: people.zoe.member.handle,
      },
    );
    expect(other.data?.member.searchConnections).toBeNull();
    const token = await createToken(me.client, ['READ_PROFILE']);
    const denied = await server.graphql(SEARCH, {}, { token });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('exporting my connections as CSV', () => {
  const download = (headers: Record<string, string>) => fetch(`${server.url}/exports/connections.csv`, { headers });
  const cookie = () => ({ cookie: cookieHeader(me.client.cookies) });

  it('answers an attachment in UTF-8 with a BOM, escaped, formulas defused, emails only where shown', async () => {
    const response = await download({ ...cookie(), 'accept-language': 'en' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="carnet-connections-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const day = /\d{4}-\d{2}-\d{2}/.source;
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('First name,Last name,Headline,Current company,Connected on,Email');
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""x"")",'@Evil,'+33 line one line two,,${lines[1]!.match(day)![0]},f@example.fr`,
    );
    expect(lines[2]).toMatch(new RegExp(`^André,Meunier,,,${day},andre@example\\.fr$`));
    expect(lines[3]).toMatch(new RegExp(`^Zoé,Aubert,Data scientist,Renault,${day},$`));
    expect(lines[4]).toMatch(
      new RegExp(`^Éloïse,Durand,"Cheffe de projet, ""agile"", Lyon",Électricité de France,${day},$`),
    );
    expect(lines[5]).toBe('');
    expect(text).not.toContain(people.zoe.fields.email);
  });

  it('speaks French by default and when asked', async () => {
    const text = await (await download({ ...cookie(), 'accept-language': 'fr-FR' })).text();
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'Prénom,Nom,Titre,Entreprise actuelle,Relation depuis le,E-mail',
    );
  });

  it('needs a session or a token with read:network', async () => {
    expect((await download({})).status).toBe(401);
    expect((await download({ authorization: 'Bearer nonsense' })).status).toBe(401);
    const token = async (scopes: string[]) => await createToken(me.client, scopes);
    expect((await download({ authorization: `Bearer ${await token(['READ_PROFILE'])}` })).status).toBe(403);
    const networkOnly = await download({ authorization: `Bearer ${await token(['READ_NETWORK'])}` });
    expect(networkOnly.status).toBe(200);
    // Without read:profile a token reads profiles as an anonymous visitor: no contact email (CONNECTIONS by default).
    expect(await networkOnly.text()).not.toContain('f@example.fr');
  });
});
