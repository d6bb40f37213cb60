import { buildMember } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

const SAVE = `mutation ($input: ExperienceInput!) {
  saveExperience(input: $input) { experience { id title companyName startMonth endMonth current } userErrors { field code } }
}`;
const SAVE_EDUCATION = `mutation ($input: EducationInput!) {
  saveEducation(input: $input) { education { id school endYear } userErrors { field code } }
}`;
const REMOVE = `mutation ($id: ID!) { removeExperience(input: { id: $id }) { removedId } }`;
const CV = `query ($handle: String!, $first: Int, $after: String) {
  member(handle: $handle) {
    experiences(first: $first, after: $after) { totalCount nodes { title current } pageInfo { hasNextPage endCursor } }
    education { totalCount nodes { school } }
  }
}`;
const HIDE = `mutation ($section: ProfileSection!) { setSectionVisibility(input: { section: $section, audience: ONLY_ME }) { userErrors { code } } }`;

const job = (overrides: Record<string, unknown> = {}) => ({
  title: 'Développeuse',
  companyName: 'Doctolib',
  location: 'Paris',
  startMonth: '2020-01',
  endMonth: '2022-12',
  current: false,
  description: null,
  ...overrides,
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('experience and education', () => {
  it('adds, lists current jobs first then the latest, changes and removes', async () => {
    const { client, member } = await buildMember(server);
    await client.graphql(SAVE, { input: job({ title: 'Stagiaire', startMonth: '2018-03', endMonth: '2018-08' }) });
    const current = await client.graphql(SAVE, {
      input: job({ title: 'Lead dev', startMonth: '2023-01', endMonth: null, current: true }),
    });
    await client.graphql(SAVE, { input: job() });
    expect(current.data?.saveExperience.experience).toMatchObject({
      startMonth: '2023-01',
      endMonth: null,
      current: true,
    });

    const cv = await server.graphql(CV, { handle: member.handle });
    expect(cv.data?.member.experiences.nodes.map((e: any) => e.title)).toEqual([
      'Lead dev',
      'Développeuse',
      'Stagiaire',
    ]);

    const page1 = await server.graphql(CV, { handle: member.handle, first: 2 });
    expect(page1.data?.member.experiences.pageInfo.hasNextPage).toBe(true);
    const page2 = await server.graphql(CV, {
      handle: member.handle,
      first: 2,
      after: page1.data?.member.experiences.pageInfo.endCursor,
    });
    expect(page2.data?.member.experiences.nodes.map((e: any) => e.title)).toEqual(['Stagiaire']);

    const id = current.data?.saveExperience.experience.id;
    const changed = await client.graphql(SAVE, {
      input: job({ id, title: 'CTO', startMonth: '2023-01', endMonth: null, current: true }),
    });
    expect(changed.data?.saveExperience.experience).toMatchObject({ id, title: 'CTO' });
    expect((await client.graphql(REMOVE, { id })).data?.removeExperience.removedId).toBe(id);
    expect((await server.graphql(CV, { handle: member.handle })).data?.member.experiences.totalCount).toBe(2);
  });

  it('refuses future dates and an end before the start, writing nothing', async () => {
    const { client, member } = await buildMember(server);
    const future = await client.graphql(SAVE, { input: job({ startMonth: '2099-01', endMonth: '2099-02' }) });
    expect(future.data?.saveExperience.userErrors).toEqual([
      { field: 'startMonth', code: 'DATE_IN_FUTURE' },
      { field: 'endMonth', code: 'DATE_IN_FUTURE' },
    ]);
    const backwards = await client.graphql(SAVE, { input: job({ startMonth: '2022-01', endMonth: '2021-01' }) });
    expect(backwards.data?.saveExperience.userErrors).toEqual([{ field: 'endMonth', code: 'END_BEFORE_START' }]);
    const school = await client.graphql(SAVE_EDUCATION, {
      input: { school: 'INSA Lyon', startYear: 2020, endYear: 2019 },
    });
    expect(school.data?.saveEducation.userErrors).toEqual([{ field: 'endYear', code: 'END_BEFORE_START' }]);
    const cv = await server.graphql(CV, { handle: member.handle });
    expect(cv.data?.member.experiences.totalCount).toBe(0);
    expect(cv.data?.member.education.totalCount).toBe(0);
  });

  it("cannot change or remove someone else's entry", async () => {
    const owner = await buildMember(server);
    const other = await buildMember(server);
    const { id } = (await owner.client.graphql(SAVE, { input: job() })).data!.saveExperience.experience;
    const change = await other.client.graphql(SAVE, { input: job({ id, title: 'Pirate' }) });
    expect(change.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const remove = await other.client.graphql(REMOVE, { id });
    expect(remove.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const cv = await server.graphql(CV, { handle: owner.member.handle });
    expect(cv.data?.member.experiences.nodes).toEqual([{ title: 'Développeuse', current: false }]);
  });

  it('shows a hidden section as an empty list with a total of 0', async () => {
    const { client, member } = await buildMember(server);
    await client.graphql(SAVE, { input: job() });
    await client.graphql(SAVE_EDUCATION, { input: { school: 'Sciences Po', endYear: 2019 } });
    await client.graphql(HIDE, { section: 'EXPERIENCE' });
    const seen = await server.graphql(CV, { handle: member.handle });
    expect(seen.data?.member.experiences).toMatchObject({ totalCount: 0, nodes: [] });
    expect(seen.data?.member.education).toEqual({ totalCount: 1, nodes: [{ school: 'Sciences Po' }] });
    expect((await client.graphql(CV, { handle: member.handle })).data?.member.experiences.totalCount).toBe(1);
  });
});
