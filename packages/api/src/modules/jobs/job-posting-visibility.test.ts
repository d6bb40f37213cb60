import { buildMember } from '../../../test/factories';
import { buildCompany, buildJobPosting } from '../../../test/job-factories';
import { startTestServer, type TestServer } from '../../../test/server';

const POSTING = /* GraphQL */ `
  query Posting($id: ID!) {
    jobPosting(id: $id) {
      id
      title
      state
      viewerCanManage
      company {
        slug
        viewerRole
      }
    }
  }
`;

describe('reading a job posting', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('shows drafts only to the company recruiters, and reads an open posting past its expiry as EXPIRED', async () => {
    const admin = await buildMember(server);
    const recruiter = await buildMember(server);
    const outsider = await buildMember(server);
    const company = await buildCompany(server, admin, { recruiters: [recruiter] });
    const draft = await buildJobPosting(server, company, { state: 'DRAFT' });
    const expired = await buildJobPosting(server, company, { expiresAt: new Date(Date.now() - 1000) });

    const asRecruiter = await recruiter.client.graphql(POSTING, { id: draft.globalId });
    expect(asRecruiter.data?.jobPosting).toMatchObject({
      state: 'DRAFT',
      viewerCanManage: true,
      company: { slug: company.slug, viewerRole: 'RECRUITER' },
    });
    expect((await outsider.client.graphql(POSTING, { id: draft.globalId })).data?.jobPosting).toBeNull();
    expect((await server.graphql(POSTING, { id: draft.globalId })).data?.jobPosting).toBeNull();
    const node = await server.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: draft.globalId });
    expect(node.data?.node).toBeNull();

    const anonymous = await server.graphql(POSTING, { id: expired.globalId });
    expect(anonymous.data?.jobPosting).toMatchObject({ state: 'EXPIRED', viewerCanManage: false });
  });
});
