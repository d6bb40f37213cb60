import { STATEMENTS_HEADER } from '../../app';
import { createServices } from '../../services';
import { buildMember, dbId } from '../../../test/factories';
import { buildCompany } from '../../../test/job-factories';
import { buildSearchPosting } from '../../../test/job-search-fixtures';
import { startTestServer, type TestServer } from '../../../test/server';

let server: TestServer;
let member: Awaited<ReturnType<typeof buildMember>>;
let company: Awaited<ReturnType<typeof buildCompany>>;

beforeAll(async () => {
  server = await startTestServer({}, { countStatements: true });
  const admin = await buildMember(server);
  company = await buildCompany(server, admin, { name: 'Mirakl' });
  member = await buildMember(server);
});
afterAll(() => server.close());

const SAVE = /* GraphQL */ `
  mutation ($input: SaveJobInput!) {
    saveJob(input: $input) {
      jobPosting {
        id
        viewerHasSaved
      }
      userErrors {
        code
      }
    }
  }
`;
const UNSAVE = /* GraphQL */ `
  mutation ($input: SaveJobInput!) {
    unsaveJob(input: $input) {
      jobPosting {
        id
        viewerHasSaved
      }
      userErrors {
        code
      }
    }
  }
`;
const SAVED = /* GraphQL */ `
  query ($after: String) {
    savedJobs(first: 2, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        savedAt
        node {
          id
          title
          state
          viewerHasSaved
          company {
            name
          }
        }
      }
    }
  }
`;

describe('saved jobs', () => {
  it('saves, lists the newest first with closed ones, and unsaves', async () => {
    const first = await buildSearchPosting(server, company, { title: 'Développeuse Elixir' });
    const second = await buildSearchPosting(server, company, { title: 'Data analyst' });
    for (const posting of [first, second]) {
      const saved = await member.client.graphql(SAVE, { input: { jobPostingId: posting.globalId } });
      expect(saved.data!.saveJob.jobPosting).toEqual({ id: posting.globalId, viewerHasSaved: true });
    }
    await member.client.graphql(SAVE, { input: { jobPostingId: first.globalId } });
    await server.db.query(`UPDATE job_posting SET state = 'CLOSED', closed_at = now() WHERE id = $1`, [first.id]);

    const page = await member.client.graphql(SAVED, {});
    expect(page.data!.savedJobs.totalCount).toBe(2);
    expect(
      page.data!.savedJobs.edges.map((edge: { node: { title: string; state: string } }) => [
        edge.node.title,
        edge.node.state,
      ]),
    ).toEqual([
      ['Data analyst', 'OPEN'],
      ['Développeuse Elixir', 'CLOSED'],
    ]);

    const removed = await member.client.graphql(UNSAVE, { input: { jobPostingId: second.globalId } });
    expect(removed.data!.unsaveJob.jobPosting.viewerHasSaved).toBe(false);
    expect((await member.client.graphql(SAVED, {})).data!.savedJobs.totalCount).toBe(1);
    const anonymous = await server.graphql(`query ($id: ID!) { jobPosting(id: $id) { viewerHasSaved } }`, {
      id: first.globalId,
    });
    expect(anonymous.data!.jobPosting.viewerHasSaved).toBe(false);
  });

  it('lists saved jobs in the same number of statements whatever their number', async () => {
    const saver = await buildMember(server);
    const LIST = `{ savedJobs(first: 10) { edges { savedAt node { title viewerHasSaved company { name } } } } }`;
    const statements = async () => Number((await saver.client.graphql(LIST)).headers.get(STATEMENTS_HEADER));
    const posting = await buildSearchPosting(server, company, { title: 'Juriste' });
    await saver.client.graphql(SAVE, { input: { jobPostingId: posting.globalId } });
    const one = await statements();
    for (let i = 0; i < 4; i++) {
      const other = await buildSearchPosting(server, await buildCompany(server, saver), { title: `Juriste ${i}` });
      await saver.client.graphql(SAVE, { input: { jobPostingId: other.globalId } });
    }
    expect(await statements()).toBe(one);
  });

  it('cannot save a draft someone else manages', async () => {
    const draft = await buildSearchPosting(server, company, { title: 'Brouillon', state: 'DRAFT' });
    const result = await member.client.graphql(SAVE, { input: { jobPostingId: draft.globalId } });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('reads viewerHasSaved and companies of a search page in a bounded number of statements', async () => {
    const SEARCH = `query ($first: Int) { jobSearch(query: "statement", first: $first) { totalCount
      edges { node { title viewerHasSaved company { name } } } facets { companies { name count } } } }`;
    const other = await buildCompany(server, member, { name: 'Alan' });
    for (let i = 0; i < 6; i++)
      await buildSearchPosting(server, i % 2 ? company : other, { title: `Statement engineer ${i}` });
    const statements = async (first: number) => {
      const result = await member.client.graphql(SEARCH, { first });
      expect(result.data!.jobSearch.edges).toHaveLength(first);
      return Number(result.headers.get(STATEMENTS_HEADER));
    };
    const few = await statements(2);
    expect(await statements(6)).toBe(few);
    expect(few).toBeLessThanOrEqual(6);
  });
});

const CREATE = /* GraphQL */ `
  mutation ($input: CreateJobAlertInput!) {
    createJobAlert(input: $input) {
      jobAlert {
        id
        name
        query
        frequency
        unseenMatchCount
        filters {
          contractTypes
          locations
          companyIds
          inMyNetwork
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;
const MATCHES = /* GraphQL */ `
  query ($alertId: ID) {
    unseenJobAlertMatchCount
    jobAlertMatches(alertId: $alertId, first: 10) {
      totalCount
      edges {
        node {
          seen
          alert {
            name
          }
          jobPosting {
            title
          }
        }
      }
    }
  }
`;

describe('job alerts', () => {
  it('collects new matching postings once, for due alerts only', async () => {
    const created = await member.client.graphql(CREATE, {
      input: {
        name: 'Rust à Nantes',
        query: 'rust',
        filters: { locations: ['Nantes'], contractTypes: ['CDI'] },
        frequency: 'INSTANT',
      },
    });
    expect(created.data!.createJobAlert.userErrors).toEqual([]);
    const alert = created.data!.createJobAlert.jobAlert;
    expect(alert.filters).toEqual({
      contractTypes: ['CDI'],
      locations: ['Nantes'],
      companyIds: [],
      inMyNetwork: false,
    });
    const daily = await member.client.graphql(CREATE, {
      input: { name: 'Rust partout', query: 'rust', frequency: 'DAILY' },
    });
    const dailyId = daily.data!.createJobAlert.jobAlert.id;

    // Alerts only look at postings published after their last look.
    await server.db.query(`UPDATE job_alert SET checked_at = now() - interval '1 hour' WHERE member_id = $1`, [
      dbId(member.member.id),
    ]);
    await buildSearchPosting(server, company, {
      title: 'Développeur Rust',
      city: 'Nantes',
      contractType: 'CDI',
      hoursAgo: 0,
    });
    await buildSearchPosting(server, company, {
      title: 'Développeuse Rust',
      city: 'Paris',
      contractType: 'CDI',
      hoursAgo: 0,
    });
    await buildSearchPosting(server, company, {
      title: 'Ingénieur Rust',
      city: 'Nantes',
      contractType: 'CDI',
      hoursAgo: 3,
    });

    const service = createServices(server.db, server.config).jobAlerts;
    expect(await service.collectMatches()).toBe(1);
    expect(await service.collectMatches()).toBe(0);

    const all = await member.client.graphql(MATCHES, {});
    expect(all.data!.unseenJobAlertMatchCount).toBe(1);
    expect(all.data!.jobAlertMatches.edges).toEqual([
      { node: { seen: false, alert: { name: 'Rust à Nantes' }, jobPosting: { title: 'Développeur Rust' } } },
    ]);

    // The daily alert looks again a day after its last look, at everything published since.
    await server.db.query(`UPDATE job_alert SET checked_at = now() - interval '25 hours' WHERE id = $1`, [
      dbId(dailyId),
    ]);
    expect(await service.collectMatches()).toBe(3);
    const daily3 = await member.client.graphql(MATCHES, { alertId: dailyId });
    expect(daily3.data!.jobAlertMatches.totalCount).toBe(3);

    const seen = await member.client.graphql(
      `mutation ($input: MarkJobAlertMatchesSeenInput!) { markJobAlertMatchesSeen(input: $input) { unseenCount } }`,
      { input: { alertId: alert.id } },
    );
    expect(seen.data!.markJobAlertMatchesSeen.unseenCount).toBe(3);
  });

  it('renames, changes frequency, deletes, and checks names and the limit', async () => {
    const owner = await buildMember(server);
    const make = (name: string) => owner.client.graphql(CREATE, { input: { name, frequency: 'DAILY' } });
    expect((await make('  ')).data!.createJobAlert.userErrors[0]).toMatchObject({ field: 'name', code: 'REQUIRED' });
    const first = (await make('Mes alertes')).data!.createJobAlert.jobAlert;
    const updated = await owner.client.graphql(
      `mutation ($input: UpdateJobAlertInput!) { updateJobAlert(input: $input) { jobAlert { name frequency } userErrors { code } } }`,
      { input: { id: first.id, name: 'Renommée', frequency: 'INSTANT' } },
    );
    expect(updated.data!.updateJobAlert.jobAlert).toEqual({ name: 'Renommée', frequency: 'INSTANT' });
    const stranger = await member.client.graphql(
      `mutation ($input: JobAlertIdInput!) { deleteJobAlert(input: $input) { deletedId } }`,
      { input: { id: first.id } },
    );
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (let i = 1; i < 20; i++) await make(`Alerte ${i}`);
    expect((await make('Une de trop')).data!.createJobAlert.userErrors[0]).toMatchObject({ code: 'LIMIT_REACHED' });
    const deleted = await owner.client.graphql(
      `mutation ($input: JobAlertIdInput!) { deleteJobAlert(input: $input) { deletedId } }`,
      { input: { id: first.id } },
    );
    expect(deleted.data!.deleteJobAlert.deletedId).toBe(first.id);
    const listed = await owner.client.graphql(`{ jobAlerts(first: 100) { totalCount } }`);
    expect(listed.data!.jobAlerts.totalCount).toBe(19);
  });
});
