import { STATEMENTS_HEADER } from '../../app';
import { buildMember } from '../../../test/factories';
import { buildCompany, buildJobPosting } from '../../../test/job-factories';
import { startTestServer, type TestServer } from '../../../test/server';

const DAY = 86_400_000;

const COMPANY_JOBS = /* GraphQL */ `
  query ($slug: String!, $states: [JobState!], $first: Int, $after: String) {
    company(slug: $slug) {
      jobs(states: $states, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          title
          state
        }
      }
    }
  }
`;
const MANAGED = /* GraphQL */ `
  query ($states: [JobState!], $first: Int, $after: String) {
    managedJobPostings(states: $states, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        title
        state
        company {
          slug
        }
      }
    }
  }
`;
const JOBS_OF_COMPANIES = /* GraphQL */ `
  query ($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Company {
        name
        jobs(first: 10) {
          totalCount
          nodes {
            title
            url
            shareText
            viewerCanManage
            skills {
              name
            }
            screeningQuestions {
              prompt
            }
            company {
              name
            }
          }
        }
      }
    }
  }
`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { countStatements: true });
});
afterAll(() => server.close());

/** Postings published one minute apart in the past, the last one the newest. */
async function publishInOrder(company: { id: string }, titles: string[], overrides = {}) {
  for (const [i, title] of titles.entries()) {
    const posting = await buildJobPosting(server, company, { title, ...overrides });
    await server.db.query(`UPDATE job_posting SET published_at = now() - $2 * interval '1 minute' WHERE id = $1`, [
      posting.id,
      titles.length - i,
    ]);
  }
}

describe('a company’s jobs', () => {
  it('shows open postings newest first to everyone, page by page, and any state to its recruiters', async () => {
    const admin = await buildMember(server);
    const company = await buildCompany(server, admin);
    await publishInOrder(company, ['Un', 'Deux', 'Trois', 'Quatre', 'Cinq']);
    await buildJobPosting(server, company, { title: 'Brouillon', state: 'DRAFT' });
    await buildJobPosting(server, company, { title: 'Fermée', state: 'CLOSED' });
    await buildJobPosting(server, company, { title: 'Expirée', expiresAt: new Date(Date.now() - DAY) });

    const first = await server.graphql(COMPANY_JOBS, { slug: company.slug, first: 3 });
    const jobs = first.data?.company.jobs;
    expect(jobs.totalCount).toBe(5);
    expect(jobs.nodes.map((job: { title: string }) => job.title)).toEqual(['Cinq', 'Quatre', 'Trois']);
    expect(jobs.pageInfo.hasNextPage).toBe(true);
    const second = await server.graphql(COMPANY_JOBS, { slug: company.slug, first: 3, after: jobs.pageInfo.endCursor });
    expect(second.data?.company.jobs.nodes.map((job: { title: string }) => job.title)).toEqual(['Deux', 'Un']);
    expect(second.data?.company.jobs.pageInfo.hasNextPage).toBe(false);

    const asked = await server.graphql(COMPANY_JOBS, { slug: company.slug, states: ['DRAFT', 'CLOSED'] });
    expect(asked.data?.company.jobs.totalCount).toBe(5);
    const asAdmin = await admin.client.graphql(COMPANY_JOBS, {
      slug: company.slug,
      states: ['DRAFT', 'CLOSED', 'EXPIRED'],
    });
    expect(asAdmin.data?.company.jobs.nodes).toEqual([
      { title: 'Expirée', state: 'EXPIRED' },
      { title: 'Fermée', state: 'CLOSED' },
      { title: 'Brouillon', state: 'DRAFT' },
    ]);
  });

  it('loads the jobs of many companies with as many statements as for a few', async () => {
    const admin = await buildMember(server);
    const companies: Awaited<ReturnType<typeof buildCompany>>[] = [];
    for (let i = 0; i < 8; i++) {
      const company = await buildCompany(server, admin);
      await publishInOrder(company, [`Poste ${i} A`, `Poste ${i} B`]);
      companies.push(company);
    }
    await server.db.query(
      `INSERT INTO job_screening_question (posting_id, position, kind, prompt)
       SELECT id, 0, 'YES_NO', 'Permis B ?' FROM job_posting WHERE company_id = ANY($1::bigint[])`,
      [companies.map((company) => company.id)],
    );
    const statements = async (count: number) => {
      const result = await admin.client.graphql(JOBS_OF_COMPANIES, {
        ids: companies.slice(0, count).map((company) => company.globalId),
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.nodes).toHaveLength(count);
      expect(result.data?.nodes[0].jobs.totalCount).toBe(2);
      return Number(result.headers.get(STATEMENTS_HEADER));
    };
    const few = await statements(2);
    const many = await statements(8);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(12);
  });
});

describe('managed job postings', () => {
  it('lists the postings of every company the viewer recruits for, in any state, and nothing for others', async () => {
    const recruiter = await buildMember(server);
    const outsider = await buildMember(server);
    const first = await buildCompany(server, recruiter);
    const admin = await buildMember(server);
    const second = await buildCompany(server, admin, { recruiters: [recruiter] });
    const elsewhere = await buildCompany(server, outsider);
    await publishInOrder(first, ['Première A', 'Première B']);
    await buildJobPosting(server, second, { title: 'Seconde brouillon', state: 'DRAFT' });
    await buildJobPosting(server, elsewhere, { title: 'Ailleurs' });

    const all = await recruiter.client.graphql(MANAGED, {});
    expect(all.data?.managedJobPostings.totalCount).toBe(3);
    expect(all.data?.managedJobPostings.nodes.map((job: { title: string }) => job.title)).toEqual([
      'Seconde brouillon',
      'Première B',
      'Première A',
    ]);
    const drafts = await recruiter.client.graphql(MANAGED, { states: ['DRAFT'] });
    expect(drafts.data?.managedJobPostings.nodes).toEqual([
      { title: 'Seconde brouillon', state: 'DRAFT', company: { slug: second.slug } },
    ]);
    const paged = await recruiter.client.graphql(MANAGED, { first: 2 });
    const rest = await recruiter.client.graphql(MANAGED, {
      first: 2,
      after: paged.data?.managedJobPostings.pageInfo.endCursor,
    });
    expect(rest.data?.managedJobPostings.nodes.map((job: { title: string }) => job.title)).toEqual(['Première A']);
    const member = await buildMember(server);
    expect((await member.client.graphql(MANAGED, {})).data?.managedJobPostings.totalCount).toBe(0);
    expect((await server.graphql(MANAGED, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
