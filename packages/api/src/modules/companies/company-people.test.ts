import { buildMember, connect, createToken } from '../../../test/factories';
import { createCompany, SAVE_EXPERIENCE, saveCurrentJob, uniqueSlug } from '../../../test/company-factories';
import { startTestServer, type TestClient, type TestServer } from '../../../test/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const SET_VISIBILITY = `mutation ($input: SetSectionVisibilityInput!) { setSectionVisibility(input: $input) { userErrors { code } } }`;
const EMPLOYEES = `query ($slug: String!) {
  company(slug: $slug) {
    employeeCount
    employees(first: 50) { totalCount edges { title startMonth node { handle } } }
    connectionsWorkingHere { totalCount members { handle } }
  }
}`;
const EXPERIENCES = `query ($handle: String!) {
  member(handle: $handle) { experiences(first: 10) { nodes { companyName company { slug name } } } }
}`;

type Built = Awaited<ReturnType<typeof buildMember>>;

async function hideExperience(member: Built, audience: string) {
  await member.client.graphql(SET_VISIBILITY, { input: { section: 'EXPERIENCE', audience } });
}

async function employeesAs(client: TestClient, slug: string, token?: string) {
  const result = await client.graphql(EMPLOYEES, { slug }, token ? { token } : {});
  expect(result.errors).toBeUndefined();
  const company = result.data!.company;
  return {
    count: company.employeeCount as number,
    total: company.employees.totalCount as number,
    handles: (company.employees.edges as { node: { handle: string } }[]).map((edge) => edge.node.handle).sort(),
    connections: company.connectionsWorkingHere as { totalCount: number; members: { handle: string }[] },
  };
}

describe('linking experiences to company pages', () => {
  it('links the experiences already naming a new page, then new ones by name, case and accents aside', async () => {
    const name = `Société ${uniqueSlug('lien').slice(5)}`;
    const early = await buildMember(server);
    await saveCurrentJob(early.client, name.toUpperCase());
    const admin = await buildMember(server);
    const company = await createCompany(admin.client, { name });

    const read = await server.graphql(EXPERIENCES, { handle: early.member.handle });
    expect(read.data?.member.experiences.nodes).toEqual([
      { companyName: name.toUpperCase(), company: { slug: company.slug, name } },
    ]);
    const late = await buildMember(server);
    const saved = await saveCurrentJob(
      late.client,
      name
        .normalize('NFD')
        .replace(/\p{Mn}/gu, '')
        .toLowerCase(),
    );
    expect(saved.company).toEqual({ slug: company.slug });

    const renamed = await late.client.graphql(SAVE_EXPERIENCE, {
      input: { id: saved.id, title: 'Ingénieure', companyName: 'Ailleurs', startMonth: '2022-03', current: true },
    });
    expect(renamed.data?.saveExperience.experience.company).toBeNull();
  });

  it('links by name only when one page has it, and to the page chosen by id', async () => {
    const name = `Homonyme ${uniqueSlug('h').slice(2)}`;
    const admin = await buildMember(server);
    await createCompany(admin.client, { name });
    const second = await createCompany(admin.client, { name });
    const member = await buildMember(server);
    expect((await saveCurrentJob(member.client, name)).company).toBeNull();
    expect((await saveCurrentJob(member.client, name, second.id)).company).toEqual({ slug: second.slug });
  });

  it('refuses an id that names no company page, and an id of something else', async () => {
    const member = await buildMember(server);
    const missing = Buffer.from('Company:999999999').toString('base64url');
    const input = { title: 'Cheffe', companyName: 'Nulle part', startMonth: '2020-01', current: true };
    const unknown = await member.client.graphql(SAVE_EXPERIENCE, { input: { ...input, companyId: missing } });
    expect(unknown.data?.saveExperience).toEqual({
      experience: null,
      userErrors: [{ field: 'companyId', code: 'INVALID_CHOICE' }],
    });
    const wrongType = await member.client.graphql(SAVE_EXPERIENCE, {
      input: { ...input, companyId: member.member.id },
    });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [{ n }] = await server.db.query(
      `SELECT count(*)::int AS n FROM experience e JOIN member m ON m.id = e.member_id WHERE m.handle = $1`,
      [member.member.handle],
    );
    expect(n).toBe(0);
  });
});

describe('who works at a company', () => {
  /**
   * Six employees with their EXPERIENCE section open to: everyone (open), members (members), connections
   * (close), the network (network), nobody (secret); and a former employee. The viewer is connected with open
   * and close, and two steps from network through a friend.
   */
  async function buildCompanyWithStaff() {
    const admin = await buildMember(server);
    const company = await createCompany(admin.client);
    const [open, members, close, network, secret, former, viewer, friend, stranger] = await Promise.all(
      Array.from({ length: 9 }, () => buildMember(server)),
    );
    for (const employee of [open, members, close, network, secret]) {
      await saveCurrentJob(employee!.client, company.name, company.id, 'Artisane');
    }
    await former!.client.graphql(SAVE_EXPERIENCE, {
      input: {
        title: 'Apprentie',
        companyName: company.name,
        companyId: company.id,
        startMonth: '2015-01',
        endMonth: '2016-01',
      },
    });
    await hideExperience(members!, 'MEMBERS');
    await hideExperience(close!, 'CONNECTIONS');
    await hideExperience(network!, 'NETWORK');
    await hideExperience(secret!, 'ONLY_ME');
    await connect(viewer!, open!);
    await connect(viewer!, close!);
    await connect(viewer!, friend!);
    await connect(friend!, network!);
    return {
      company,
      open: open!,
      members: members!,
      close: close!,
      network: network!,
      secret: secret!,
      viewer: viewer!,
      stranger: stranger!,
    };
  }

  it('shows each reader only the employees whose experience they may see, and counts only those', async () => {
    const staff = await buildCompanyWithStaff();
    const handle = (member: Built) => member.member.handle;
    const sorted = (...members: Built[]) => members.map(handle).sort();

    const anonymous = await employeesAs(server.client(), staff.company.slug);
    expect(anonymous).toEqual({
      count: 1,
      total: 1,
      handles: sorted(staff.open),
      connections: { totalCount: 0, members: [] },
    });

    const stranger = await employeesAs(staff.stranger.client, staff.company.slug);
    expect(stranger.handles).toEqual(sorted(staff.open, staff.members));
    expect(stranger.count).toBe(2);

    const viewer = await employeesAs(staff.viewer.client, staff.company.slug);
    expect(viewer.handles).toEqual(sorted(staff.open, staff.members, staff.close, staff.network));
    expect(viewer.total).toBe(4);
    expect(viewer.connections.totalCount).toBe(2);
    expect(viewer.connections.members.map((m) => m.handle).sort()).toEqual(sorted(staff.open, staff.close));

    const self = await employeesAs(staff.secret.client, staff.company.slug);
    expect(self.handles).toContain(handle(staff.secret));

    const token = await createToken(staff.viewer.client, ['READ_JOBS']);
    const tokenReader = await employeesAs(server.client(), staff.company.slug, token);
    expect(tokenReader.handles).toEqual(sorted(staff.open));
    expect(tokenReader.connections.totalCount).toBe(0);
  });

  it('gives each employee their title and start, and pages through them', async () => {
    const staff = await buildCompanyWithStaff();
    const result = await staff.viewer.client.graphql(
      `query ($slug: String!, $after: String) {
        company(slug: $slug) { employees(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { title startMonth } } }
      }`,
      { slug: staff.company.slug },
    );
    const first = result.data!.company.employees;
    expect(first.totalCount).toBe(4);
    expect(first.edges[0]).toEqual({ title: 'Artisane', startMonth: '2022-03' });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await staff.viewer.client.graphql(
      `query ($slug: String!, $after: String) { company(slug: $slug) { employees(first: 3, after: $after) { edges { title } pageInfo { hasNextPage } } } }`,
      { slug: staff.company.slug, after: first.pageInfo.endCursor },
    );
    expect(next.data!.company.employees.edges).toHaveLength(1);
    expect(next.data!.company.employees.pageInfo.hasNextPage).toBe(false);
  });
});
