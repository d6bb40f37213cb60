import { STATEMENTS_HEADER } from '../../app';
import { seedApplicants } from '../../../bench/seed-applications';
import { APPLICANTS_PAGE } from '../../../bench/applicants';
import { addScreeningQuestions } from '../../../test/application-helpers';
import { buildMember, dbId } from '../../../test/factories';
import { buildCompany, buildJobPosting } from '../../../test/job-factories';
import { startTestServer, type TestServer } from '../../../test/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { countStatements: true });
});
afterAll(() => server.close());

describe('the applicants page of a posting', () => {
  it('costs the same number of statements for 5 applicants as for 50, with everything a recruiter sees', async () => {
    const recruiter = await buildMember(server);
    const company = await buildCompany(server, recruiter);
    const posting = await buildJobPosting(server, company);
    await addScreeningQuestions(server, posting, [
      { kind: 'YES_NO', prompt: 'Permis B ?' },
      { kind: 'NUMBER', prompt: 'Années d’expérience ?' },
      { kind: 'SHORT_TEXT', prompt: 'Disponibilité ?' },
    ]);
    const seeded = await server.db.transaction((manager) =>
      seedApplicants(manager, { postingId: posting.id, count: 64, noteAuthorId: dbId(recruiter.member.id) }),
    );
    expect(seeded).toEqual({ applications: 64, answers: expect.any(Number), notes: expect.any(Number) });

    const page = async (first: number) => {
      const result = await recruiter.client.graphql(APPLICANTS_PAGE, { id: posting.globalId, first });
      expect(result.errors).toBeUndefined();
      const { edges, totalCount } = result.data!.jobPosting.applicants;
      const nodes = edges.map((edge: { node: unknown }) => edge.node);
      return { statements: Number(result.headers.get(STATEMENTS_HEADER)), data: { nodes, totalCount } };
    };
    const small = await page(5);
    const large = await page(50);
    expect(large.data.nodes).toHaveLength(50);
    expect(large.data.totalCount).toBe(64);
    expect(large.data.nodes.some((n: { notes: unknown[] }) => n.notes.length > 0)).toBe(true);
    expect(large.data.nodes.some((n: { answers: unknown[] }) => n.answers.length === 3)).toBe(true);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(9);
  });
});
