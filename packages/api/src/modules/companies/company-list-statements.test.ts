import { STATEMENTS_HEADER } from '../../app';
import { buildMember, dbId } from '../../../test/factories';
import { buildCompany } from '../../../test/job-factories';
import { startTestServer, type TestServer } from '../../../test/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { countStatements: true });
});
afterAll(() => server.close());

const COMPANIES_PAGE = /* GraphQL */ `
  query ($query: String!) {
    companies(query: $query, first: 50) {
      totalCount
      nodes {
        name
        viewerRole
        followersCount
        viewerIsFollowing
        logo {
          url(size: SMALL)
        }
        employeeCount
        employees(first: 3) {
          totalCount
          edges {
            title
            node {
              displayName
            }
          }
        }
        connectionsWorkingHere {
          totalCount
          members {
            displayName
          }
        }
      }
    }
  }
`;

/**
 * `count` companies named "<prefix> <i>", each with four current employees (one connected with the viewer, one
 * whose experience only their network sees, one hidden from everyone) and a follower.
 */
async function buildCompanies(count: number, prefix: string) {
  const viewer = await buildMember(server);
  const viewerId = dbId(viewer.member.id);
  for (let i = 0; i < count; i++) {
    const company = await buildCompany(server, viewer, { name: `${prefix} ${i}` });
    const staff = await server.db.query<{ id: string }[]>(
      `INSERT INTO member (handle, first_name, last_name, visibility)
       SELECT $1 || '-' || g, 'Staff', $1 || ' ' || g,
              CASE g WHEN 2 THEN '{"EXPERIENCE": "NETWORK"}'::jsonb WHEN 3 THEN '{"EXPERIENCE": "ONLY_ME"}'::jsonb
                     ELSE '{}'::jsonb END
       FROM generate_series(0, 3) AS g ORDER BY g RETURNING id::text AS id`,
      [`${prefix}-${i}`],
    );
    const ids = staff.map((row) => row.id);
    await server.db.query(
      `INSERT INTO experience (member_id, title, company_name, company_id, start_month, is_current)
       SELECT id, 'Poste', $2, $3, DATE '2021-01-01', true FROM unnest($1::bigint[]) AS m(id)`,
      [ids, `${prefix} ${i}`, company.id],
    );
    await server.db.query(`INSERT INTO connection (member_id, peer_id) VALUES ($1, $2), ($2, $1)`, [viewerId, ids[0]]);
    await server.db.query(`INSERT INTO company_follow (member_id, company_id) VALUES ($1, $2)`, [ids[1], company.id]);
  }
  return viewer;
}

async function listCompanies(prefix: string, count: number) {
  const viewer = await buildCompanies(count, prefix);
  const result = await viewer.client.graphql(COMPANIES_PAGE, { query: prefix });
  expect(result.errors).toBeUndefined();
  return { nodes: result.data!.companies.nodes as any[], statements: Number(result.headers.get(STATEMENTS_HEADER)) };
}

describe('a page of companies with their people', () => {
  /*
   * The statements: the session; the ranked page; its companies' rows; the page's count; the viewer's roles;
   * follower counts; the viewer's follows; logos; the employees of every company (one join); the degrees of the
   * NETWORK-only employees; the employees' member rows.
   */
  it('runs as many SQL statements for 12 companies as for 2, and at most 11', async () => {
    const few = await listCompanies('peu', 2);
    const many = await listCompanies('beaucoup', 12);
    expect(few.nodes).toHaveLength(2);
    expect(many.nodes).toHaveLength(12);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(11);
  });

  it('gives each company its visible employees, followers and the viewer’s connection there', async () => {
    const { nodes } = await listCompanies('exact', 3);
    for (const node of nodes) {
      expect(node).toEqual(
        expect.objectContaining({
          viewerRole: 'ADMIN',
          followersCount: 1,
          viewerIsFollowing: false,
          logo: null,
          employeeCount: 2,
          connectionsWorkingHere: { totalCount: 1, members: [{ displayName: expect.stringMatching(/ 0$/) }] },
        }),
      );
      expect(node.employees.totalCount).toBe(2);
    }
  });
});
