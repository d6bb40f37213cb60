import { buildMember, createToken, dbId } from '../../../test/factories';
import { CREATE_COMPANY, createCompany, uniqueSlug } from '../../../test/company-factories';
import { startTestServer, type TestServer } from '../../../test/server';
import { companyFollowsExport, companyRolesExport } from './company.export';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const COMPANY = `query ($slug: String!) {
  company(slug: $slug) {
    id slug name description industry size locations website foundedYear viewerRole followersCount viewerIsFollowing
    headquarters { city region country }
  }
}`;
const UPDATE = `mutation ($input: UpdateCompanyInput!) {
  updateCompany(input: $input) { company { name slug description website } userErrors { field code } }
}`;
const SET_ROLE = `mutation ($input: SetCompanyRoleInput!) {
  setCompanyRole(input: $input) { company { people { edges { role node { handle } } } } userErrors { field code message } }
}`;
const REMOVE_ROLE = `mutation ($input: RemoveCompanyRoleInput!) {
  removeCompanyRole(input: $input) { company { slug } userErrors { field code message } }
}`;
const PEOPLE = `query ($slug: String!) { company(slug: $slug) { viewerRole people { totalCount edges { role node { handle } } } } }`;
const FOLLOW = `mutation ($id: ID!) { followCompany(input: { companyId: $id }) { company { followersCount viewerIsFollowing } } }`;
const UNFOLLOW = `mutation ($id: ID!) { unfollowCompany(input: { companyId: $id }) { company { followersCount viewerIsFollowing } } }`;
const SEARCH = `query ($query: String, $first: Int, $after: String) {
  companies(query: $query, first: $first, after: $after) { totalCount nodes { name } pageInfo { hasNextPage endCursor } }
}`;
const MINE = `{ myCompanies(first: 10) { totalCount nodes { name viewerRole } } }`;

const FULL = {
  name: '  Atelier   Dupont ',
  description: 'Meubles sur mesure.\r\n\r\nDepuis 1987.',
  industry: 'Ébénisterie',
  size: 'S_11_50',
  headquarters: { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'fr' },
  locations: ['Paris', 'Nantes', 'paris'],
  website: 'www.atelier-dupont.fr',
  foundedYear: 1987,
};

describe('createCompany', () => {
  it('creates a page whose creator is its admin, fields normalized, readable by anyone', async () => {
    const admin = await buildMember(server);
    const slug = uniqueSlug('atelier');
    const result = await admin.client.graphql(CREATE_COMPANY, { input: { ...FULL, slug: slug.toUpperCase() } });
    expect(result.data?.createCompany).toEqual({
      company: { id: expect.any(String), slug, name: 'Atelier Dupont', viewerRole: 'ADMIN' },
      userErrors: [],
    });
    const read = await server.graphql(COMPANY, { slug });
    expect(read.data?.company).toEqual({
      id: result.data?.createCompany.company.id,
      slug,
      name: 'Atelier Dupont',
      description: 'Meubles sur mesure.\n\nDepuis 1987.',
      industry: 'Ébénisterie',
      size: 'S_11_50',
      headquarters: { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'FR' },
      locations: ['Paris', 'Nantes'],
      website: 'https://www.atelier-dupont.fr',
      foundedYear: 1987,
      viewerRole: null,
      followersCount: 0,
      viewerIsFollowing: false,
    });
    const [row] = await server.db.query(`SELECT name_key FROM company WHERE slug = $1`, [slug]);
    expect(row.name_key).toBe('atelier dupont');
  });

  it('puts each problem beside its field, in the reader’s language, and writes nothing', async () => {
    const admin = await buildMember(server);
    const slug = uniqueSlug();
    const result = await admin.client.graphql(
      CREATE_COMPANY,
      {
        input: {
          name: '',
          slug: 'admin',
          website: 'javascript:alert(1)',
          foundedYear: 2999,
          headquarters: { country: 'France' },
          locations: ['x'.repeat(101)],
        },
      },
      { headers: { 'accept-language': 'fr' } },
    );
    expect(result.data?.createCompany.company).toBeNull();
    expect(result.data?.createCompany.userErrors).toEqual([
      { field: 'name', code: 'REQUIRED', message: 'Ce champ est obligatoire.' },
      { field: 'slug', code: 'SLUG_RESERVED', message: expect.stringMatching(/réservée/) },
      { field: 'headquarters.country', code: 'INVALID_COUNTRY', message: expect.any(String) },
      { field: 'locations.0', code: 'TOO_LONG', message: expect.any(String) },
      { field: 'website', code: 'INVALID_URL', message: expect.any(String) },
      { field: 'foundedYear', code: 'DATE_IN_FUTURE', message: 'Cette date est dans le futur.' },
    ]);
    const bad = await admin.client.graphql(CREATE_COMPANY, { input: { name: 'Bad', slug: 'Pas-Un--Slug' } });
    expect(bad.data?.createCompany.userErrors).toEqual([
      expect.objectContaining({ field: 'slug', code: 'INVALID_SLUG' }),
    ]);
    expect((await server.graphql(COMPANY, { slug })).data?.company).toBeNull();
  });

  it('answers SLUG_TAKEN for a slug in use, whatever its case, and for two creations racing', async () => {
    const [a, b] = [await buildMember(server), await buildMember(server)];
    const first = await createCompany(a.client);
    const again = await b.client.graphql(CREATE_COMPANY, { input: { name: 'Autre', slug: first.slug.toUpperCase() } });
    expect(again.data?.createCompany).toEqual({
      company: null,
      userErrors: [expect.objectContaining({ field: 'slug', code: 'SLUG_TAKEN' })],
    });

    const slug = uniqueSlug('course');
    const results = await Promise.all(
      [a, b, a, b].map((member) => member.client.graphql(CREATE_COMPANY, { input: { name: 'Course', slug } })),
    );
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    const codes = results.map((result) => result.data?.createCompany.userErrors[0]?.code ?? 'CREATED').sort();
    expect(codes).toEqual(['CREATED', 'SLUG_TAKEN', 'SLUG_TAKEN', 'SLUG_TAKEN']);
    const [{ n }] = await server.db.query(
      `SELECT count(*)::int AS n FROM company_role r JOIN company c ON c.id = r.company_id WHERE c.slug = $1`,
      [slug],
    );
    expect(n).toBe(1);
  });

  it('needs a signed-in member, and write:jobs for a token', async () => {
    const anonymous = await server.graphql(CREATE_COMPANY, { input: { name: 'X', slug: uniqueSlug() } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const member = await buildMember(server);
    const token = await createToken(member.client, ['READ_JOBS']);
    const refused = await server.graphql(CREATE_COMPANY, { input: { name: 'X', slug: uniqueSlug() } }, { token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('updateCompany', () => {
  it('changes the page for its admins only, with the same checks', async () => {
    const admin = await buildMember(server);
    const other = await buildMember(server);
    const company = await createCompany(admin.client);
    const input = { companyId: company.id, name: 'Nouveau nom', slug: company.slug, website: 'https://nouveau.fr' };

    const refused = await other.client.graphql(UPDATE, { input });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const changed = await admin.client.graphql(UPDATE, { input });
    expect(changed.data?.updateCompany).toEqual({
      company: { name: 'Nouveau nom', slug: company.slug, description: null, website: 'https://nouveau.fr' },
      userErrors: [],
    });
    const taken = await createCompany(other.client);
    const clash = await admin.client.graphql(UPDATE, { input: { ...input, slug: taken.slug } });
    expect(clash.data?.updateCompany.userErrors).toEqual([{ field: 'slug', code: 'SLUG_TAKEN' }]);
    const invalid = await admin.client.graphql(UPDATE, { input: { ...input, foundedYear: 3000 } });
    expect(invalid.data?.updateCompany.userErrors).toEqual([{ field: 'foundedYear', code: 'DATE_IN_FUTURE' }]);
    expect((await server.graphql(COMPANY, { slug: company.slug })).data?.company.name).toBe('Nouveau nom');
  });

  it('answers NOT_FOUND for a company that does not exist', async () => {
    const admin = await buildMember(server);
    const missing = Buffer.from('Company:999999999').toString('base64url');
    const result = await admin.client.graphql(UPDATE, { input: { companyId: missing, name: 'X', slug: 'xx' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('company roles', () => {
  async function companyWithAdmin() {
    const admin = await buildMember(server);
    const company = await createCompany(admin.client);
    return { admin, company };
  }

  it('lets admins add admins and recruiters, whom the people list shows to them only', async () => {
    const { admin, company } = await companyWithAdmin();
    const recruiter = await buildMember(server);
    const outsider = await buildMember(server);
    const set = await admin.client.graphql(SET_ROLE, {
      input: { companyId: company.id, memberId: recruiter.member.id, role: 'RECRUITER' },
    });
    expect(set.data?.setCompanyRole.company.people.edges).toEqual([
      { role: 'ADMIN', node: { handle: admin.member.handle } },
      { role: 'RECRUITER', node: { handle: recruiter.member.handle } },
    ]);
    const asRecruiter = await recruiter.client.graphql(PEOPLE, { slug: company.slug });
    expect(asRecruiter.data?.company).toEqual(
      expect.objectContaining({ viewerRole: 'RECRUITER', people: expect.objectContaining({ totalCount: 2 }) }),
    );
    for (const reader of [outsider.client, server.client()]) {
      const read = await reader.graphql(PEOPLE, { slug: company.slug });
      expect(read.data?.company).toEqual({ viewerRole: null, people: { totalCount: 0, edges: [] } });
    }
    const byRecruiter = await recruiter.client.graphql(SET_ROLE, {
      input: { companyId: company.id, memberId: outsider.member.id, role: 'ADMIN' },
    });
    expect(byRecruiter.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('never leaves a company without an admin, and lets a member leave their own role', async () => {
    const { admin, company } = await companyWithAdmin();
    const second = await buildMember(server);
    const recruiter = await buildMember(server);
    const demote = await admin.client.graphql(SET_ROLE, {
      input: { companyId: company.id, memberId: admin.member.id, role: 'RECRUITER' },
    });
    expect(demote.data?.setCompanyRole.userErrors).toEqual([
      { field: 'role', code: 'LAST_COMPANY_ADMIN', message: expect.stringMatching(/au moins un administrateur/) },
    ]);
    const leave = await admin.client.graphql(REMOVE_ROLE, {
      input: { companyId: company.id, memberId: admin.member.id },
    });
    expect(leave.data?.removeCompanyRole.userErrors).toEqual([expect.objectContaining({ code: 'LAST_COMPANY_ADMIN' })]);

    await admin.client.graphql(SET_ROLE, {
      input: { companyId: company.id, memberId: second.member.id, role: 'ADMIN' },
    });
    await admin.client.graphql(SET_ROLE, {
      input: { companyId: company.id, memberId: recruiter.member.id, role: 'RECRUITER' },
    });
    const recruiterLeaves = await recruiter.client.graphql(REMOVE_ROLE, {
      input: { companyId: company.id, memberId: recruiter.member.id },
    });
    expect(recruiterLeaves.data?.removeCompanyRole.userErrors).toEqual([]);
    const recruiterRemovesAdmin = await recruiter.client.graphql(REMOVE_ROLE, {
      input: { companyId: company.id, memberId: admin.member.id },
    });
    expect(recruiterRemovesAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noRole = await admin.client.graphql(REMOVE_ROLE, {
      input: { companyId: company.id, memberId: recruiter.member.id },
    });
    expect(noRole.data?.removeCompanyRole.userErrors).toEqual([expect.objectContaining({ code: 'NO_COMPANY_ROLE' })]);

    // Two admins removing each other at once: the company's lock lets only one of them through.
    const results = await Promise.all([
      admin.client.graphql(REMOVE_ROLE, { input: { companyId: company.id, memberId: second.member.id } }),
      second.client.graphql(REMOVE_ROLE, { input: { companyId: company.id, memberId: admin.member.id } }),
    ]);
    const codes = results.map(
      (r) => r.data?.removeCompanyRole.userErrors[0]?.code ?? r.errors?.[0]?.extensions?.code ?? 'DONE',
    );
    expect(codes.filter((code) => code === 'DONE')).toHaveLength(1);
    const [{ admins }] = await server.db.query(
      `SELECT count(*)::int AS admins FROM company_role r JOIN company c ON c.id = r.company_id WHERE c.slug = $1 AND r.role = 'ADMIN'`,
      [company.slug],
    );
    expect(admins).toBe(1);
  });

  it('answers MEMBER_NOT_FOUND for a member that does not exist', async () => {
    const { admin, company } = await companyWithAdmin();
    const ghost = Buffer.from('Member:999999999').toString('base64url');
    const result = await admin.client.graphql(SET_ROLE, {
      input: { companyId: company.id, memberId: ghost, role: 'RECRUITER' },
    });
    expect(result.data?.setCompanyRole.userErrors).toEqual([
      expect.objectContaining({ field: 'memberId', code: 'MEMBER_NOT_FOUND' }),
    ]);
  });

  it('lists my companies with my role', async () => {
    const member = await buildMember(server);
    const other = await buildMember(server);
    await createCompany(member.client, { name: 'Zèbre et Cie' });
    const theirs = await createCompany(other.client, { name: 'Abeille SARL' });
    await other.client.graphql(SET_ROLE, {
      input: { companyId: theirs.id, memberId: member.member.id, role: 'RECRUITER' },
    });
    await createCompany(other.client, { name: 'Pas la mienne' });
    const mine = await member.client.graphql(MINE);
    expect(mine.data?.myCompanies).toEqual({
      totalCount: 2,
      nodes: [
        { name: 'Abeille SARL', viewerRole: 'RECRUITER' },
        { name: 'Zèbre et Cie', viewerRole: 'ADMIN' },
      ],
    });
  });
});

describe('following a company', () => {
  it('counts followers and tells each viewer whether they follow, idempotently', async () => {
    const [admin, fan, other] = [await buildMember(server), await buildMember(server), await buildMember(server)];
    const company = await createCompany(admin.client);
    expect((await fan.client.graphql(FOLLOW, { id: company.id })).data?.followCompany.company).toEqual({
      followersCount: 1,
      viewerIsFollowing: true,
    });
    await fan.client.graphql(FOLLOW, { id: company.id });
    expect((await other.client.graphql(FOLLOW, { id: company.id })).data?.followCompany.company.followersCount).toBe(2);
    expect((await server.graphql(COMPANY, { slug: company.slug })).data?.company).toEqual(
      expect.objectContaining({ followersCount: 2, viewerIsFollowing: false }),
    );
    expect((await fan.client.graphql(UNFOLLOW, { id: company.id })).data?.unfollowCompany.company).toEqual({
      followersCount: 1,
      viewerIsFollowing: false,
    });
    const missing = Buffer.from('Company:999999999').toString('base64url');
    expect((await fan.client.graphql(FOLLOW, { id: missing })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('puts the pages followed and run in the member’s export', async () => {
    const [admin, fan] = [await buildMember(server), await buildMember(server)];
    const company = await createCompany(admin.client, { name: 'Exportée' });
    await fan.client.graphql(FOLLOW, { id: company.id });
    expect(await companyFollowsExport.collect(server.db.manager, dbId(fan.member.id))).toEqual([
      { name: 'Exportée', slug: company.slug, since: expect.any(Date) },
    ]);
    expect(await companyRolesExport.collect(server.db.manager, dbId(admin.member.id))).toEqual([
      expect.objectContaining({ name: 'Exportée', role: 'ADMIN', createdByYou: true }),
    ]);
  });
});

describe('companies(query)', () => {
  it('finds pages by prefix, word and look-alike, accent- and case-insensitively, best first, page by page', async () => {
    const admin = await buildMember(server);
    const tag = uniqueSlug('q').slice(2, 8);
    const names = [`Électricité ${tag}`, `Groupe Electricite ${tag}`, `Elektricite ${tag}`, `Boulangerie ${tag}`];
    for (const name of names) await createCompany(admin.client, { name });

    const all = await server.graphql(SEARCH, { query: `ELECTRICITE ${tag}`, first: 10 });
    expect(all.data?.companies.nodes.map((n: { name: string }) => n.name)).toEqual([
      `Électricité ${tag}`,
      `Groupe Electricite ${tag}`,
      `Elektricite ${tag}`,
    ]);
    expect(all.data?.companies.totalCount).toBe(3);

    const first = await server.graphql(SEARCH, { query: `electricite ${tag}`, first: 2 });
    expect(first.data?.companies.pageInfo.hasNextPage).toBe(true);
    const next = await server.graphql(SEARCH, {
      query: `electricite ${tag}`,
      first: 2,
      after: first.data?.companies.pageInfo.endCursor,
    });
    expect(next.data?.companies.nodes).toEqual([{ name: `Elektricite ${tag}` }]);
    expect(next.data?.companies.pageInfo.hasNextPage).toBe(false);

    const word = await server.graphql(SEARCH, { query: 'elec', first: 100 });
    expect(word.data?.companies.nodes.map((n: { name: string }) => n.name)).toEqual(
      expect.arrayContaining([`Électricité ${tag}`, `Groupe Electricite ${tag}`]),
    );
    const listed = await server.graphql(SEARCH, { first: 1 });
    expect(listed.data?.companies.totalCount).toBeGreaterThanOrEqual(4);
  });
});
