import { buildMember, createToken } from '../../../test/factories';
import { CredentialService } from './credentials.service';
import { startTestServer, type TestClient, type TestServer } from '../../../test/server';

const SET_LANGUAGES = `mutation ($languages: [LanguageInput!]!) {
  setLanguages(input: { languages: $languages }) {
    member { languages { totalCount nodes { code name proficiency } } }
    userErrors { field code message }
  }
}`;
const SAVE_CERTIFICATION = `mutation ($input: CertificationInput!) {
  saveCertification(input: $input) {
    certification { id name issuingOrganization issueMonth expiryMonth credentialId credentialUrl }
    userErrors { field code message }
  }
}`;
const REMOVE_CERTIFICATION = `mutation ($id: ID!) { removeCertification(input: { id: $id }) { removedId } }`;
const SET_LINKS = `mutation ($links: [ExternalLinkInput!]!) {
  setLinks(input: { links: $links }) {
    member { links { totalCount nodes { kind url label } } }
    userErrors { field code message }
  }
}`;
const SECTIONS = `query ($handle: String!, $first: Int, $after: String) {
  member(handle: $handle) {
    languages(first: $first, after: $after) { totalCount nodes { code name proficiency } pageInfo { hasNextPage endCursor } }
    certifications(first: $first, after: $after) { totalCount nodes { name issueMonth } pageInfo { hasNextPage endCursor } }
    links(first: $first, after: $after) { totalCount nodes { kind url label } pageInfo { hasNextPage endCursor } }
  }
}`;
const HIDE = `mutation ($section: ProfileSection!, $audience: Audience!) {
  setSectionVisibility(input: { section: $section, audience: $audience }) { userErrors { code } }
}`;
const PREVIEW = `query ($as: PreviewAudience!) {
  profilePreview(as: $as) { languages { totalCount } certifications { totalCount } links { totalCount } }
}`;
const UPDATED_AT = `SELECT updated_at FROM member WHERE handle = $1`;

const certification = (overrides: Record<string, unknown> = {}) => ({
  name: 'AWS Certified Solutions Architect',
  issuingOrganization: 'Amazon Web Services',
  issueMonth: '2023-03',
  expiryMonth: '2026-03',
  credentialId: 'AWS-123',
  credentialUrl: 'https://www.credly.com/badges/abc',
  ...overrides,
});
const pairs = (errors: { field: string; code: string }[]) => errors.map((e) => [e.field, e.code]);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function sections(handle: string, reader: Pick<TestClient, 'graphql'> = server, token?: string) {
  return (await reader.graphql(SECTIONS, { handle }, token ? { token } : {})).data?.member;
}

async function updatedAt(handle: string): Promise<Date> {
  const [row] = await server.db.query(UPDATED_AT, [handle]);
  return row.updated_at;
}

describe('languages', () => {
  it('keep the order chosen, name each language in the reader’s language, and replace the list', async () => {
    const { client, member } = await buildMember(server);
    const before = await updatedAt(member.handle);
    const languages = [
      { code: 'fr', proficiency: 'NATIVE' },
      { code: ' EN ', proficiency: 'C1' },
      { code: 'de', proficiency: 'A2' },
    ];
    const saved = await client.graphql(SET_LANGUAGES, { languages }, { headers: { 'accept-language': 'fr' } });
    expect(saved.data?.setLanguages).toEqual({
      member: {
        languages: {
          totalCount: 3,
          nodes: [
            { code: 'fr', name: 'français', proficiency: 'NATIVE' },
            { code: 'en', name: 'anglais', proficiency: 'C1' },
            { code: 'de', name: 'allemand', proficiency: 'A2' },
          ],
        },
      },
      userErrors: [],
    });
    expect((await updatedAt(member.handle)).getTime()).toBeGreaterThan(before.getTime());

    const english = await server.graphql(SECTIONS, { handle: member.handle }, { headers: { 'accept-language': 'en' } });
    expect(english.data?.member.languages.nodes.map((l: { name: string }) => l.name)).toEqual([
      'French',
      'English',
      'German',
    ]);

    const page1 = (await server.graphql(SECTIONS, { handle: member.handle, first: 2 })).data?.member.languages;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await server.graphql(SECTIONS, { handle: member.handle, first: 2, after: page1.pageInfo.endCursor });
    expect(page2.data?.member.languages.nodes.map((l: { code: string }) => l.code)).toEqual(['de']);

    const reordered = await client.graphql(SET_LANGUAGES, {
      languages: [
        { code: 'de', proficiency: 'B1' },
        { code: 'fr', proficiency: 'NATIVE' },
      ],
    });
    expect(reordered.data?.setLanguages.member.languages.nodes.map((l: { code: string }) => l.code)).toEqual([
      'de',
      'fr',
    ]);
    expect((await client.graphql(SET_LANGUAGES, { languages: [] })).data?.setLanguages.member.languages).toEqual({
      totalCount: 0,
      nodes: [],
    });
  });

  it('refuse unknown codes, duplicates and more than 20, keeping the previous list', async () => {
    const { client, member } = await buildMember(server);
    await client.graphql(SET_LANGUAGES, { languages: [{ code: 'fr', proficiency: 'NATIVE' }] });
    const unknown = await client.graphql(
      SET_LANGUAGES,
      {
        languages: [
          { code: 'fr', proficiency: 'NATIVE' },
          { code: 'xx', proficiency: 'B2' },
        ],
      },
      { headers: { 'accept-language': 'en' } },
    );
    expect(unknown.data?.setLanguages).toEqual({
      member: null,
      userErrors: [
        { field: 'languages.1.code', code: 'INVALID_LANGUAGE', message: 'Choose a language from the list.' },
      ],
    });
    const twice = await client.graphql(SET_LANGUAGES, {
      languages: [
        { code: 'es', proficiency: 'B2' },
        { code: 'ES', proficiency: 'C1' },
      ],
    });
    expect(pairs(twice.data?.setLanguages.userErrors)).toEqual([['languages.1.code', 'DUPLICATE']]);
    const codes = ['en', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'zh', 'ja', 'ko', 'ar', 'he', 'hi', 'sv'];
    const many = [...codes, 'da', 'fi', 'no', 'el', 'tr', 'fr'].map((code) => ({ code, proficiency: 'A1' }));
    const tooMany = await client.graphql(SET_LANGUAGES, { languages: many });
    expect(pairs(tooMany.data?.setLanguages.userErrors)).toEqual([['languages', 'LIMIT_REACHED']]);
    const badLevel = await client.graphql(SET_LANGUAGES, { languages: [{ code: 'de', proficiency: 'D1' }] });
    expect(badLevel.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await sections(member.handle)).languages.nodes).toEqual([
      { code: 'fr', name: 'français', proficiency: 'NATIVE' },
    ]);
    expect((await client.graphql(SET_LANGUAGES, { languages: many.slice(1) })).data?.setLanguages.userErrors).toEqual(
      [],
    );
  });
});

describe('certifications', () => {
  it('add, list the latest issued first, change and remove, marking the profile changed', async () => {
    const { client, member } = await buildMember(server);
    const first = await client.graphql(SAVE_CERTIFICATION, {
      input: certification({ name: 'TOEIC', issueMonth: '2019-06', expiryMonth: null, credentialUrl: null }),
    });
    const aws = await client.graphql(SAVE_CERTIFICATION, {
      input: certification({ name: '  AWS   Solutions Architect ', credentialUrl: ' www.credly.com/badges/abc ' }),
    });
    await client.graphql(SAVE_CERTIFICATION, { input: certification({ name: 'Scrum Master', issueMonth: '2021-01' }) });
    expect(aws.data?.saveCertification).toEqual({
      certification: {
        id: expect.any(String),
        name: 'AWS Solutions Architect',
        issuingOrganization: 'Amazon Web Services',
        issueMonth: '2023-03',
        expiryMonth: '2026-03',
        credentialId: 'AWS-123',
        credentialUrl: 'https://www.credly.com/badges/abc',
      },
      userErrors: [],
    });
    const listed = await sections(member.handle);
    expect(listed.certifications.nodes.map((c: { name: string }) => c.name)).toEqual([
      'AWS Solutions Architect',
      'Scrum Master',
      'TOEIC',
    ]);

    const id = first.data?.saveCertification.certification.id;
    const before = await updatedAt(member.handle);
    const changed = await client.graphql(SAVE_CERTIFICATION, {
      input: certification({ id, name: 'TOEIC 945', issueMonth: '2024-06', expiryMonth: null }),
    });
    expect(changed.data?.saveCertification.certification).toMatchObject({
      id,
      name: 'TOEIC 945',
      issueMonth: '2024-06',
    });
    expect((await updatedAt(member.handle)).getTime()).toBeGreaterThan(before.getTime());
    expect((await sections(member.handle)).certifications.nodes[0].name).toBe('TOEIC 945');

    expect((await client.graphql(REMOVE_CERTIFICATION, { id })).data?.removeCertification.removedId).toBe(id);
    expect((await sections(member.handle)).certifications.totalCount).toBe(2);
  });

  it.each([
    ['a blank name', { name: ' ' }, [['name', 'REQUIRED']]],
    ['a name over 120', { name: 'x'.repeat(121) }, [['name', 'TOO_LONG']]],
    ['an organization over 120', { issuingOrganization: 'x'.repeat(121) }, [['issuingOrganization', 'TOO_LONG']]],
    ['a credential id over 100', { credentialId: 'x'.repeat(101) }, [['credentialId', 'TOO_LONG']]],
    ['a javascript: address', { credentialUrl: 'javascript:alert(1)' }, [['credentialUrl', 'INVALID_URL']]],
    ['an ftp: address', { credentialUrl: 'ftp://files.example.fr/cert.pdf' }, [['credentialUrl', 'INVALID_URL']]],
    [
      'an address over 2048',
      { credentialUrl: `https://example.fr/${'a'.repeat(2048)}` },
      [['credentialUrl', 'TOO_LONG']],
    ],
    ['a future issue', { issueMonth: '2099-01', expiryMonth: '2099-06' }, [['issueMonth', 'DATE_IN_FUTURE']]],
    ['a month 13', { issueMonth: '2023-13' }, [['issueMonth', 'INVALID_DATE']]],
    ['an expiry before the issue', { expiryMonth: '2023-02' }, [['expiryMonth', 'END_BEFORE_START']]],
  ])('refuse %s and write nothing', async (_label, change, expected) => {
    const { client, member } = await buildMember(server);
    const result = await client.graphql(SAVE_CERTIFICATION, { input: certification(change) });
    expect(result.data?.saveCertification.certification).toBeNull();
    expect(pairs(result.data?.saveCertification.userErrors)).toEqual(expected);
    expect((await sections(member.handle)).certifications.totalCount).toBe(0);
  });

  it('explain a bad address in the reader’s language', async () => {
    const { client } = await buildMember(server);
    const input = certification({ credentialUrl: 'data:text/html,<script>alert(1)</script>' });
    const fr = await client.graphql(SAVE_CERTIFICATION, { input }, { headers: { 'accept-language': 'fr' } });
    const en = await client.graphql(SAVE_CERTIFICATION, { input }, { headers: { 'accept-language': 'en' } });
    expect(fr.data?.saveCertification.userErrors[0].message).toMatch(/^Saisissez une adresse web/);
    expect(en.data?.saveCertification.userErrors[0].message).toMatch(/^Enter a web address/);
  });

  it('stop at 50, and cannot change or remove someone else’s', async () => {
    const { client, member } = await buildMember(server);
    const [{ id: memberId }] = await server.db.query(`SELECT id FROM member WHERE handle = $1`, [member.handle]);
    await server.db.query(
      `INSERT INTO certification (member_id, name, issue_month) SELECT $1, 'Cert ' || n, '2020-01-01' FROM generate_series(1, 50) n`,
      [memberId],
    );
    const over = await client.graphql(SAVE_CERTIFICATION, { input: certification() });
    expect(pairs(over.data?.saveCertification.userErrors)).toEqual([[null, 'LIMIT_REACHED']]);
    expect((await sections(member.handle)).certifications.totalCount).toBe(50);

    const other = await buildMember(server);
    const { id } = (await other.client.graphql(SAVE_CERTIFICATION, { input: certification() })).data!.saveCertification
      .certification;
    const change = await client.graphql(SAVE_CERTIFICATION, { input: certification({ id, name: 'Pirate' }) });
    expect(change.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await client.graphql(REMOVE_CERTIFICATION, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await sections(other.member.handle)).certifications.nodes[0].name).toBe(certification().name);
  });
});

describe('links', () => {
  it('keep the order chosen, add https:// to www addresses, and replace the list', async () => {
    const { client, member } = await buildMember(server);
    const before = await updatedAt(member.handle);
    const saved = await client.graphql(SET_LINKS, {
      links: [
        { kind: 'WEB_CV', url: 'www.doyoubuzz.com/camille-martin', label: '  Mon CV  ' },
        { kind: 'GITHUB', url: 'https://github.com/camille', label: null },
        { kind: 'MASTODON', url: 'https://mastodon.social/@camille', label: '' },
      ],
    });
    expect(saved.data?.setLinks).toEqual({
      member: {
        links: {
          totalCount: 3,
          nodes: [
            { kind: 'WEB_CV', url: 'https://www.doyoubuzz.com/camille-martin', label: 'Mon CV' },
            { kind: 'GITHUB', url: 'https://github.com/camille', label: null },
            { kind: 'MASTODON', url: 'https://mastodon.social/@camille', label: null },
          ],
        },
      },
      userErrors: [],
    });
    expect((await updatedAt(member.handle)).getTime()).toBeGreaterThan(before.getTime());
    const page1 = (await server.graphql(SECTIONS, { handle: member.handle, first: 2 })).data?.member.links;
    const page2 = await server.graphql(SECTIONS, { handle: member.handle, first: 2, after: page1.pageInfo.endCursor });
    expect(page2.data?.member.links.nodes.map((l: { kind: string }) => l.kind)).toEqual(['MASTODON']);

    const replaced = await client.graphql(SET_LINKS, { links: [{ kind: 'BLOG', url: 'http://blog.camille.fr' }] });
    expect(replaced.data?.setLinks.member.links.nodes).toEqual([
      { kind: 'BLOG', url: 'http://blog.camille.fr', label: null },
    ]);
  });

  it('refuse bad addresses, long labels, duplicates and more than 15, keeping the previous list', async () => {
    const { client, member } = await buildMember(server);
    const kept = { kind: 'PORTFOLIO', url: 'https://camille.fr', label: null };
    await client.graphql(SET_LINKS, { links: [kept] });
    const bad = await client.graphql(SET_LINKS, {
      links: [
        kept,
        { kind: 'BLOG', url: 'javascript:alert(1)' },
        { kind: 'OTHER', url: 'https://user:pass@example.fr' },
        { kind: 'OTHER', url: 'http://localhost:3000' },
        { kind: 'X', url: 'https://x.com/camille', label: 'x'.repeat(61) },
        { kind: 'OTHER', url: ' ' },
        { kind: 'LINKEDIN', url: 'camille.fr' },
      ],
    });
    expect(pairs(bad.data?.setLinks.userErrors)).toEqual([
      ['links.1.url', 'INVALID_URL'],
      ['links.2.url', 'INVALID_URL'],
      ['links.3.url', 'INVALID_URL'],
      ['links.4.label', 'TOO_LONG'],
      ['links.5.url', 'REQUIRED'],
      ['links.6.url', 'DUPLICATE'],
    ]);
    const many = Array.from({ length: 16 }, (_, i) => ({ kind: 'OTHER', url: `https://site${i}.fr` }));
    expect(pairs((await client.graphql(SET_LINKS, { links: many })).data?.setLinks.userErrors)).toEqual([
      ['links', 'LIMIT_REACHED'],
    ]);
    expect((await sections(member.handle)).links.nodes).toEqual([kept]);
  });
});

describe('hidden sections', () => {
  async function fullMember() {
    const built = await buildMember(server);
    await built.client.graphql(SET_LANGUAGES, { languages: [{ code: 'fr', proficiency: 'NATIVE' }] });
    await built.client.graphql(SAVE_CERTIFICATION, { input: certification() });
    await built.client.graphql(SET_LINKS, { links: [{ kind: 'BLOG', url: 'https://blog.example.fr' }] });
    return built;
  }
  const empty = { totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };

  it('are empty with a total of 0 for readers outside their audience, anonymous or token without read:profile', async () => {
    const { client, member } = await fullMember();
    for (const section of ['LANGUAGES', 'CERTIFICATIONS', 'LINKS']) {
      await client.graphql(HIDE, { section, audience: 'MEMBERS' });
    }
    expect(await sections(member.handle)).toEqual({ languages: empty, certifications: empty, links: empty });

    const reader = await buildMember(server);
    const seen = await sections(member.handle, reader.client);
    expect([seen.languages.totalCount, seen.certifications.totalCount, seen.links.totalCount]).toEqual([1, 1, 1]);
    const jobsOnly = await createToken(reader.client, ['READ_JOBS']);
    expect(await sections(member.handle, server, jobsOnly)).toEqual({
      languages: empty,
      certifications: empty,
      links: empty,
    });
    const profileReader = await createToken(reader.client, ['READ_PROFILE']);
    expect((await sections(member.handle, server, profileReader)).links.totalCount).toBe(1);
  });

  it('show in the preview as each audience sees them', async () => {
    const { client } = await fullMember();
    await client.graphql(HIDE, { section: 'LANGUAGES', audience: 'CONNECTIONS' });
    await client.graphql(HIDE, { section: 'LINKS', audience: 'ONLY_ME' });
    const preview = async (as: string) => (await client.graphql(PREVIEW, { as })).data?.profilePreview;
    expect(await preview('PUBLIC')).toEqual({
      languages: { totalCount: 0 },
      certifications: { totalCount: 1 },
      links: { totalCount: 0 },
    });
    expect(await preview('CONNECTIONS')).toEqual({
      languages: { totalCount: 1 },
      certifications: { totalCount: 1 },
      links: { totalCount: 0 },
    });
  });
});

describe('loading', () => {
  it('reads each section of many members in one batch', async () => {
    const built = await Promise.all([buildMember(server), buildMember(server), buildMember(server)]);
    await Promise.all(
      built.map(({ client }, i) =>
        client.graphql(SET_LANGUAGES, { languages: [{ code: ['fr', 'en', 'de'][i], proficiency: 'B2' }] }),
      ),
    );
    const batches = (['languagesOf', 'certificationsOf', 'linksOf'] as const).map((method) =>
      jest.spyOn(CredentialService.prototype, method),
    );
    const result = await server.graphql(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Member { languages { nodes { code } } certifications { totalCount } links { totalCount } } } }`,
      { ids: built.map(({ member }) => member.id) },
    );
    expect(result.data?.nodes.map((m: any) => m.languages.nodes[0].code)).toEqual(['fr', 'en', 'de']);
    expect(batches.map((spy) => spy.mock.calls.length)).toEqual([1, 1, 1]);
    batches.forEach((spy) => spy.mockRestore());
  });
});
