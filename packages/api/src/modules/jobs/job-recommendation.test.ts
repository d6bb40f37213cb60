import { buildMember, connect, dbId } from '../../../test/factories';
import { buildCompany } from '../../../test/job-factories';
import { buildSearchPosting, skillIds, workAt } from '../../../test/job-search-fixtures';
import { startTestServer, type TestServer } from '../../../test/server';

let server: TestServer;
let member: Awaited<ReturnType<typeof buildMember>>;
const posting: Record<string, string> = {};

const JOBS_FOR_YOU = /* GraphQL */ `
  query ($first: Int, $after: String) {
    jobsForYou(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        reasons {
          kind
          count
          text
        }
        node {
          id
          title
          company {
            name
          }
        }
      }
    }
  }
`;

/**
 * A member in Lyon, "Développeur backend" now, with four skills, open to CDI, remote work, Lyon and the title
 * "Data engineer"; two connections at Qonto and one at Airbus who hides her experience.
 */
beforeAll(async () => {
  server = await startTestServer();
  const admin = await buildMember(server);
  const doctolib = await buildCompany(server, admin, { name: 'Doctolib' });
  const qonto = await buildCompany(server, admin, { name: 'Qonto' });
  const airbus = await buildCompany(server, admin, { name: 'Airbus' });
  posting.backend = (
    await buildSearchPosting(server, doctolib, {
      title: 'Développeur backend',
      city: 'Lyon',
      contractType: 'CDI',
      workplaceType: 'HYBRID',
      skills: ['Node.js', 'PostgreSQL', 'Docker'],
    })
  ).globalId;
  posting.accountant = (
    await buildSearchPosting(server, qonto, {
      title: 'Comptable',
      city: 'Paris',
      contractType: 'CDI',
      workplaceType: 'ON_SITE',
    })
  ).globalId;
  posting.technician = (
    await buildSearchPosting(server, airbus, {
      title: 'Technicien',
      city: 'Toulouse',
      contractType: 'CDI',
      workplaceType: 'ON_SITE',
    })
  ).globalId;
  posting.data = (
    await buildSearchPosting(server, doctolib, {
      title: 'Data engineer',
      city: 'Paris',
      contractType: 'CDD',
      workplaceType: 'REMOTE',
      skills: ['PostgreSQL'],
    })
  ).globalId;
  posting.closed = (
    await buildSearchPosting(server, airbus, {
      title: 'Développeur backend',
      city: 'Lyon',
      state: 'CLOSED',
      skills: ['Node.js'],
    })
  ).globalId;

  member = await buildMember(server);
  const id = dbId(member.member.id);
  await server.db.query(`UPDATE member SET city = 'Lyon', region = 'Auvergne-Rhône-Alpes' WHERE id = $1`, [id]);
  const skills = await skillIds(server, ['Node.js', 'PostgreSQL', 'Docker', 'Python']);
  await server.db.query(
    `INSERT INTO member_skill (member_id, skill_id, position)
     SELECT $1, skill_id, position - 1 FROM unnest($2::bigint[]) WITH ORDINALITY AS s(skill_id, position)`,
    [id, skills],
  );
  await server.db.query(
    `INSERT INTO experience (member_id, title, company_name, start_month, is_current)
     VALUES ($1, 'Développeur backend', 'Ailleurs', date '2023-01-01', true)`,
    [id],
  );
  await server.db.query(
    `INSERT INTO open_to_work (member_id, job_titles, locations, contract_types, workplace_types, visible_to)
     VALUES ($1, '{Data engineer}', '{Lyon}', '{CDI}', '{REMOTE}', 'ALL_MEMBERS')`,
    [id],
  );
  for (const [company, hidden] of [
    [qonto, false],
    [qonto, false],
    [airbus, true],
  ] as const) {
    const peer = await buildMember(server);
    await connect(member, peer);
    await workAt(server, peer, company);
    if (hidden) {
      await server.db.query(`UPDATE member SET visibility = '{"EXPERIENCE": "ONLY_ME"}' WHERE id = $1`, [
        dbId(peer.member.id),
      ]);
    }
  }
});
afterAll(() => server.close());

describe('jobsForYou', () => {
  it('ranks postings by skills, titles, place, wishes and network, with worded reasons', async () => {
    const result = await member.client.graphql(JOBS_FOR_YOU, {}, { headers: { 'accept-language': 'fr' } });
    expect(result.errors).toBeUndefined();
    const { edges, totalCount } = result.data!.jobsForYou;
    expect(edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([
      posting.backend,
      posting.data,
      posting.accountant,
    ]);
    expect(totalCount).toBe(3);
    expect(edges[0].reasons).toEqual([
      { kind: 'TITLE', count: null, text: 'Correspond à votre intitulé « Développeur backend »' },
      { kind: 'SKILLS', count: 3, text: 'Correspond à 3 de vos compétences' },
      { kind: 'LOCATION', count: null, text: 'À Lyon, près de chez vous' },
      { kind: 'PREFERENCES', count: 2, text: 'Répond à 2 de vos souhaits de recherche' },
    ]);
    expect(edges[1].reasons.map((reason: { kind: string }) => reason.kind)).toEqual(['TITLE', 'SKILLS', 'PREFERENCES']);
    expect(edges[2].reasons).toEqual([
      { kind: 'NETWORK', count: 2, text: '2 relations travaillent chez Qonto' },
      { kind: 'PREFERENCES', count: 1, text: 'Répond à l’un de vos souhaits de recherche' },
    ]);
  });

  it('words reasons in English and pages without repeating', async () => {
    const first = await member.client.graphql(JOBS_FOR_YOU, { first: 2 }, { headers: { 'accept-language': 'en' } });
    expect(first.data!.jobsForYou.edges[0].reasons[1].text).toBe('Matches 3 of your skills');
    const next = await member.client.graphql(JOBS_FOR_YOU, {
      first: 2,
      after: first.data!.jobsForYou.pageInfo.endCursor,
    });
    expect(next.data!.jobsForYou.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([
      posting.accountant,
    ]);
    expect(next.data!.jobsForYou.pageInfo.hasNextPage).toBe(false);
  });

  it('is for signed-in members only', async () => {
    const result = await server.graphql(JOBS_FOR_YOU, {});
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
