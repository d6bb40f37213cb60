import { buildMember } from '../../../test/factories';
import { buildCompany } from '../../../test/job-factories';
import { startTestServer, type TestServer } from '../../../test/server';
import { seedJobPostings } from './job-postings';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('demo job postings', () => {
  it('does nothing without companies, then spreads twenty postings of every contract over the companies', async () => {
    expect(await seedJobPostings(server.db.manager)).toBe(0);
    const admin = await buildMember(server);
    const companies = [await buildCompany(server, admin), await buildCompany(server, admin)];
    expect(await seedJobPostings(server.db.manager)).toBe(20);
    const rows = await server.db.query<{ company_id: string; contract_type: string; state: string; skills: number }[]>(
      `SELECT j.company_id::text AS company_id, j.contract_type, j.state,
         (SELECT count(*)::int FROM job_posting_skill s WHERE s.posting_id = j.id) AS skills
       FROM job_posting j`,
    );
    expect(new Set(rows.map((row) => row.company_id))).toEqual(new Set(companies.map((company) => company.id)));
    expect(new Set(rows.map((row) => row.contract_type))).toEqual(
      new Set(['CDI', 'CDD', 'STAGE', 'ALTERNANCE', 'FREELANCE', 'INTERIM', 'TEMPS_PARTIEL']),
    );
    expect(new Set(rows.map((row) => row.state))).toEqual(new Set(['OPEN', 'DRAFT', 'CLOSED']));
    expect(rows.every((row) => row.skills >= 2)).toBe(true);

    const listed = await server.graphql(`query ($slug: String!) { company(slug: $slug) { jobs { totalCount } } }`, {
      slug: companies[0]!.slug,
    });
    expect(listed.data?.company.jobs.totalCount).toBeGreaterThan(5);
  });
});
