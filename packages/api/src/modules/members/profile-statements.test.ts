import { STATEMENTS_HEADER } from '../../app';
import { buildMember } from '../../../test/factories';
import { FULL_PROFILE_BY_HANDLE, FULL_PROFILES_BY_ID } from '../../../test/full-profile';
import { startTestServer, type TestClient, type TestServer } from '../../../test/server';

const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { userErrors { code } } }`;
const SAVE_EXPERIENCE = `mutation ($input: ExperienceInput!) { saveExperience(input: $input) { userErrors { code } } }`;
const SAVE_EDUCATION = `mutation ($input: EducationInput!) { saveEducation(input: $input) { userErrors { code } } }`;
const SET_SKILLS = `mutation ($names: [String!]!) { setSkills(input: { names: $names }) { userErrors { code } } }`;

interface ProfileSize {
  experiences: number;
  schools: number;
  skills: number;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { countStatements: true });
});
afterAll(() => server.close());

async function expectNoErrors(client: TestClient, query: string, variables: Record<string, unknown>) {
  const result = await client.graphql(query, variables);
  expect(Object.values(result.data ?? {}).map((payload: any) => payload.userErrors)).toEqual([[]]);
}

/** A member with a full profile of this size, built through the API. */
async function memberOfSize({ experiences, schools, skills }: ProfileSize) {
  const built = await buildMember(server);
  const { client } = built;
  await expectNoErrors(client, UPDATE, {
    input: { headline: 'Data engineer', about: 'Pipelines.', city: 'Nantes', contactEmail: 'moi@example.fr' },
  });
  for (let i = 0; i < experiences; i++) {
    const input = {
      title: `Poste ${i}`,
      companyName: `Entreprise ${i}`,
      startMonth: `${2000 + i}-01`,
      endMonth: `${2000 + i}-06`,
    };
    await expectNoErrors(client, SAVE_EXPERIENCE, { input });
  }
  for (let i = 0; i < schools; i++) {
    await expectNoErrors(client, SAVE_EDUCATION, { input: { school: `École ${i}`, startYear: 1990 + i } });
  }
  await expectNoErrors(client, SET_SKILLS, { names: Array.from({ length: skills }, (_, i) => `Compétence ${i}`) });
  return built;
}

async function statementsOf(query: string, variables: Record<string, unknown>, client: TestClient) {
  const result = await client.graphql(query, variables);
  expect(result.errors).toBeUndefined();
  return { data: result.data, statements: Number(result.headers.get(STATEMENTS_HEADER)) };
}

describe('the SQL statements of a full profile', () => {
  let small: Awaited<ReturnType<typeof memberOfSize>>;
  let large: Awaited<ReturnType<typeof memberOfSize>>;
  let outsider: Awaited<ReturnType<typeof buildMember>>;
  beforeAll(async () => {
    outsider = await buildMember(server);
    small = await memberOfSize({ experiences: 1, schools: 0, skills: 1 });
    large = await memberOfSize({ experiences: 12, schools: 4, skills: 30 });
  });

  // Each reader stands in the same relation to both profiles: the only difference is their size.
  it.each([
    ['an anonymous visitor', () => [server.client(), server.client()]],
    ['a member out of their network', () => [outsider.client, outsider.client]],
    ['their owners', () => [small.client, large.client]],
  ])('are as many for a large profile as for a small one, read by %s', async (_reader, readers) => {
    const [readerOfSmall, readerOfLarge] = readers();
    const one = await statementsOf(FULL_PROFILE_BY_HANDLE, { handle: small.member.handle }, readerOfSmall!);
    const many = await statementsOf(FULL_PROFILE_BY_HANDLE, { handle: large.member.handle }, readerOfLarge!);
    expect(many.data?.member.experiences.totalCount).toBe(12);
    expect(many.data?.member.education.totalCount).toBe(4);
    expect(many.data?.member.skills.totalCount).toBe(30);
    expect(one.statements).toBeGreaterThan(0);
    expect(many.statements).toBe(one.statements);
  });

  it('do not grow with the number of members a query lists', async () => {
    const others = await Promise.all(
      Array.from({ length: 8 }, (_, i) => memberOfSize({ experiences: i % 3, schools: i % 2, skills: i })),
    );
    const ids = [small, large, ...others].map((built) => built.member.id);
    for (const client of [server.client(), large.client]) {
      const alone = await statementsOf(FULL_PROFILES_BY_ID, { ids: [small.member.id] }, client);
      const ten = await statementsOf(FULL_PROFILES_BY_ID, { ids }, client);
      expect(ten.data?.nodes.map((node: any) => node.id)).toEqual(ids);
      expect(ten.data?.nodes[1].experiences.totalCount).toBe(12);
      expect(ten.statements).toBe(alone.statements);
    }
  });
});
