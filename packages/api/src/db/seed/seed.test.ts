import pino from 'pino';
import { startTestServer, type TestServer } from '../../../test/server';
import { demoPeople, DEMO_SIGN_IN, hasDemoData, seedDemoData, seedDemoDataIfEmpty } from '.';
import { DEMO_COMPANIES } from './companies';
import { demoProfiles } from './profiles';

const count = async (sql: string, params: unknown[] = []): Promise<number> => {
  const [row] = await server.db.query<{ n: number }[]>(sql, params);
  return row!.n;
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('demo data', () => {
  it('makes a few hundred people, French and English, with unique handles and emails, the same each time', () => {
    const people = demoPeople();
    expect(people.length).toBeGreaterThanOrEqual(200);
    expect(new Set(people.map((p) => p.handle)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    expect(people.every((p) => /^[a-z0-9][a-z0-9-]{1,28}[a-z0-9]$/.test(p.handle))).toBe(true);
    expect(demoPeople()).toEqual(people);
  });

  it('gives everyone a headline, a place, a career of 1 to 5 jobs, schools, skills and languages, the same each time', () => {
    const profiles = demoProfiles(demoPeople());
    for (const profile of profiles) {
      expect(profile.headline).toMatch(/ (chez|at) /);
      expect(profile.experiences.length).toBeGreaterThanOrEqual(1);
      expect(profile.experiences.length).toBeLessThanOrEqual(5);
      expect(profile.experiences.filter((job) => job.end === null)).toHaveLength(1);
      expect(profile.education.length).toBeGreaterThanOrEqual(1);
      expect(profile.skills.length).toBeGreaterThanOrEqual(3);
      expect(profile.languages.filter((language) => language.proficiency === 'NATIVE')).toHaveLength(1);
    }
    const openToWork = profiles.filter((profile) => profile.openToWork).length;
    expect(openToWork).toBeGreaterThan(3);
    expect(openToWork).toBeLessThan(profiles.length / 5);
    expect(profiles.some((profile) => profile.certifications.length)).toBe(true);
    expect(profiles.some((profile) => profile.links.length)).toBe(true);
    expect(demoProfiles(demoPeople())).toEqual(profiles);
  });

  it('loads into an empty database once, and its demo account signs in', async () => {
    const logger = pino({ level: 'silent' });
    expect(await hasDemoData(server.db)).toBe(false);
    await seedDemoDataIfEmpty(server.db, logger);
    await seedDemoDataIfEmpty(server.db, logger);
    expect(await hasDemoData(server.db)).toBe(true);
    const [{ n }] = await server.db.query(`SELECT count(*)::int AS n FROM account WHERE email LIKE '%@demo.carnet.fr'`);
    expect(n).toBe(demoPeople().length);
    await expect(seedDemoData(server.db, logger)).rejects.toThrow(/duplicate key/);

    const signIn = await server.graphql(
      `mutation ($input: SignInInput!) { signIn(input: $input) { member { displayName } userErrors { code } } }`,
      { input: DEMO_SIGN_IN },
    );
    expect(signIn.data?.signIn).toEqual({ member: { displayName: 'Camille Martin' }, userErrors: [] });
  });

  it('fills every demo profile and its lists', async () => {
    expect(await count(`SELECT count(*)::int AS n FROM member WHERE headline IS NULL OR industry IS NULL`)).toBe(0);
    for (const table of ['experience', 'education', 'member_skill', 'member_language']) {
      expect(
        await count(
          `SELECT count(*)::int AS n FROM member m WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.member_id = m.id)`,
        ),
      ).toBe(0);
    }
    expect(await count(`SELECT count(*)::int AS n FROM open_to_work`)).toBeGreaterThan(3);
    expect(await count(`SELECT count(*)::int AS n FROM certification`)).toBeGreaterThan(10);
    expect(await count(`SELECT count(*)::int AS n FROM member_link`)).toBeGreaterThan(10);
  });

  it('connects the demo members both ways, colleagues more often than strangers, a few of them with nearly everyone', async () => {
    expect(await count(`SELECT count(*)::int AS n FROM connection`)).toBeGreaterThan(2000);
    const oneWay = `SELECT count(*)::int AS n FROM connection c
      WHERE NOT EXISTS (SELECT 1 FROM connection r WHERE r.member_id = c.peer_id AND r.peer_id = c.member_id)`;
    expect(await count(oneWay)).toBe(0);

    const [{ colleagues, others }] = await server.db.query(`
      WITH colleagues AS (
        SELECT DISTINCT a.member_id AS a, b.member_id AS b FROM experience a
        JOIN experience b ON b.company_name = a.company_name AND b.member_id > a.member_id),
      linked AS (SELECT member_id AS a, peer_id AS b FROM connection WHERE member_id < peer_id)
      SELECT (SELECT count(*) FROM colleagues JOIN linked USING (a, b))::float / (SELECT count(*) FROM colleagues) AS colleagues,
        (SELECT count(*) FROM linked)::float / (SELECT count(*) * (count(*) - 1) / 2 FROM member) AS others`);
    expect(colleagues).toBeGreaterThan(2 * others);

    const degrees: { n: number }[] = await server.db.query(
      `SELECT count(*)::int AS n FROM connection GROUP BY member_id ORDER BY n DESC`,
    );
    expect(degrees.filter(({ n }) => n > 100).length).toBeGreaterThanOrEqual(3);
    expect(degrees.at(-1)!.n).toBeGreaterThan(0);
  });

  it('shows the demo account connections and invitations both ways on its Network page', async () => {
    const camille = server.client();
    await camille.graphql(`mutation ($input: SignInInput!) { signIn(input: $input) { userErrors { code } } }`, {
      input: DEMO_SIGN_IN,
    });
    const { data } = await camille.graphql(`{ viewer {
      connections(first: 1) { totalCount }
      invitationsReceived(first: 10) { totalCount nodes { sender { displayName } } }
      invitationsSent(first: 10) { totalCount }
    } }`);
    expect(data?.viewer.connections.totalCount).toBeGreaterThanOrEqual(10);
    expect(data?.viewer.invitationsReceived.totalCount).toBeGreaterThanOrEqual(3);
    expect(data?.viewer.invitationsReceived.nodes[0].sender.displayName).toEqual(expect.any(String));
    expect(data?.viewer.invitationsSent.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('makes company pages of the catalogue, each with an admin, linked to the careers that name them', async () => {
    const companies: { slug: string; admins: number; recruiters: number; employees: number; followers: number }[] =
      await server.db.query(`
        SELECT c.slug::text AS slug,
          (SELECT count(*) FROM company_role r WHERE r.company_id = c.id AND r.role = 'ADMIN')::int AS admins,
          (SELECT count(*) FROM company_role r WHERE r.company_id = c.id AND r.role = 'RECRUITER')::int AS recruiters,
          (SELECT count(*) FROM experience e WHERE e.company_id = c.id AND e.is_current)::int AS employees,
          (SELECT count(*) FROM company_follow f WHERE f.company_id = c.id)::int AS followers
        FROM company c ORDER BY c.id`);
    expect(companies.map((c) => c.slug)).toEqual(DEMO_COMPANIES.map((c) => c.slug));
    for (const company of companies) {
      expect(company.admins).toBe(1);
      expect(company.recruiters).toBeGreaterThanOrEqual(1);
      expect(company.employees).toBeGreaterThanOrEqual(2);
      expect(company.followers).toBeGreaterThanOrEqual(company.employees);
    }
    expect(await count(`SELECT count(*)::int AS n FROM experience WHERE company_key IS NULL`)).toBe(0);

    const camille = server.client();
    await camille.graphql(`mutation ($input: SignInInput!) { signIn(input: $input) { userErrors { code } } }`, {
      input: DEMO_SIGN_IN,
    });
    const { data } = await camille.graphql(`{ myCompanies(first: 10) { nodes { slug viewerRole } } }`);
    expect(data?.myCompanies.nodes).toContainEqual({ slug: 'doctolib', viewerRole: 'RECRUITER' });
  });
});
