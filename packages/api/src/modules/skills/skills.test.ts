import { buildMember } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

const SET = `mutation ($names: [String!]!) {
  setSkills(input: { names: $names }) { member { skills { totalCount nodes { name highlighted } } } userErrors { field code message } }
}`;
const SKILLS = `query ($handle: String!) { member(handle: $handle) { skills(first: 100) { totalCount nodes { name } } } }`;
const SUGGEST = `query ($q: String!) { skillSuggestions(query: $q) }`;
const HIDE = `mutation { setSectionVisibility(input: { section: SKILLS, audience: CONNECTIONS }) { userErrors { code } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('skills', () => {
  it('keep the order chosen, highlight the first three, and merge spellings of one skill', async () => {
    const { client } = await buildMember(server);
    const result = await client.graphql(SET, {
      names: ['Développement web', 'SQL', 'developpement  WEB', 'Gestion de projet', 'Python'],
    });
    expect(result.data?.setSkills.member.skills).toEqual({
      totalCount: 4,
      nodes: [
        { name: 'Développement web', highlighted: true },
        { name: 'SQL', highlighted: true },
        { name: 'Gestion de projet', highlighted: true },
        { name: 'Python', highlighted: false },
      ],
    });
    const reordered = await client.graphql(SET, { names: ['Python', 'SQL'] });
    expect(reordered.data?.setSkills.member.skills.nodes.map((s: any) => s.name)).toEqual(['Python', 'SQL']);
  });

  it('share one catalogue entry across members, whatever the accents and invisible characters', async () => {
    const first = await buildMember(server);
    const second = await buildMember(server);
    await first.client.graphql(SET, { names: ['Négociation commerciale'] });
    const result = await second.client.graphql(SET, { names: ['NEGOCIATION\u200b commerciale'] });
    expect(result.data?.setSkills.member.skills.nodes).toEqual([
      { name: 'Négociation commerciale', highlighted: true },
    ]);
    const [{ n }] = await server.db.query(`SELECT count(*)::int AS n FROM skill WHERE key = 'negociation commerciale'`);
    expect(n).toBe(1);
  });

  it('suggest catalogue names from a few letters typed without accents', async () => {
    const { client } = await buildMember(server);
    await client.graphql(SET, { names: ['Comptabilité analytique', 'Communication interne'] });
    const result = await server.graphql(SUGGEST, { q: 'compta' });
    expect(result.data?.skillSuggestions).toContain('Comptabilité analytique');
    expect(result.data?.skillSuggestions).not.toContain('Communication interne');
  });

  it('refuse more than 50, or names without letters, and keep the previous list', async () => {
    const { client, member } = await buildMember(server);
    await client.graphql(SET, { names: ['Excel'] });
    const tooMany = await client.graphql(SET, { names: Array.from({ length: 51 }, (_, i) => `Compétence ${i}`) });
    expect(tooMany.data?.setSkills.userErrors[0]).toMatchObject({ field: 'names', code: 'LIMIT_REACHED' });
    const odd = await client.graphql(
      SET,
      { names: ['Excel', '\u200b---\u200b'] },
      { headers: { 'accept-language': 'en' } },
    );
    expect(odd.data?.setSkills.userErrors[0]).toMatchObject({ code: 'INVALID_SKILL' });
    expect((await server.graphql(SKILLS, { handle: member.handle })).data?.member.skills.nodes).toEqual([
      { name: 'Excel' },
    ]);
  });

  it('are an empty list for readers outside the section audience', async () => {
    const { client, member } = await buildMember(server);
    await client.graphql(SET, { names: ['Excel', 'Word'] });
    await client.graphql(HIDE);
    expect((await server.graphql(SKILLS, { handle: member.handle })).data?.member.skills).toEqual({
      totalCount: 0,
      nodes: [],
    });
    expect((await client.graphql(SKILLS, { handle: member.handle })).data?.member.skills.totalCount).toBe(2);
  });
});
