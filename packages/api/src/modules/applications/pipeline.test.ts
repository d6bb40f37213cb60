import { buildMember, connect } from '../../../test/factories';
import { buildCompany, buildJobPosting } from '../../../test/job-factories';
import { addScreeningQuestions, apply, uploadProfileCv } from '../../../test/application-helpers';
import { startTestServer, type TestServer } from '../../../test/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const APPLICATION_FIELDS = `application { id stage status rejectionMessage history { status stage } notes { text author { id } } }
  userErrors { field code }`;
const MOVE = `mutation ($id: ID!, $stage: ApplicationStage!) { moveApplication(input: { id: $id, stage: $stage }) {
  ${APPLICATION_FIELDS} } }`;
const NOTE = `mutation ($id: ID!, $text: String!) { addApplicationNote(input: { id: $id, text: $text }) {
  ${APPLICATION_FIELDS} } }`;
const REJECT = `mutation ($id: ID!, $message: String) { rejectApplication(input: { id: $id, message: $message }) {
  ${APPLICATION_FIELDS} } }`;
const APPLICANTS = `query ($id: ID!, $stages: [ApplicationStage!]) { jobPosting(id: $id) {
  applicants(stages: $stages, first: 10) { totalCount stageCounts { stage count }
    nodes { id stage snapshot { displayName } applicant { id headline } answers { question { prompt } yesNo }
      notes { text } connectionPath { members { id } } } } } }`;
const MINE = `{ myApplications { nodes { id stage status rejectionMessage notes { text } history { status stage } } } }`;
const NODE = `query ($id: ID!) { node(id: $id) { ... on JobApplication { id stage notes { text } } } }`;

/** A company with an admin and a recruiter, another company's recruiter, a member, and one application. */
async function pipeline() {
  const admin = await buildMember(server);
  const recruiter = await buildMember(server);
  const otherRecruiter = await buildMember(server);
  const member = await buildMember(server);
  const candidate = await buildMember(server, { firstName: 'Karim', lastName: 'Diallo' });
  const company = await buildCompany(server, admin, { recruiters: [recruiter] });
  await buildCompany(server, otherRecruiter);
  const posting = await buildJobPosting(server, company);
  await addScreeningQuestions(server, posting, [{ kind: 'YES_NO', prompt: 'Disponible tout de suite ?' }]);
  const [question] = (
    await server.graphql(`query ($id: ID!) { jobPosting(id: $id) { screeningQuestions { id } } }`, {
      id: posting.globalId,
    })
  ).data?.jobPosting.screeningQuestions as { id: string }[];
  await uploadProfileCv(server, candidate.client);
  const { application } = await apply(candidate.client, posting, {
    answers: [{ questionId: question!.id, yesNo: true }],
  });
  return { admin, recruiter, otherRecruiter, member, candidate, posting, application: application as { id: string } };
}

describe('the recruiters’ pipeline', () => {
  it('lets the company’s admin and recruiters move, annotate and reject; FORBIDDEN to everyone else', async () => {
    const p = await pipeline();
    const id = p.application.id;
    for (const outsider of [p.candidate, p.member, p.otherRecruiter]) {
      for (const [query, variables] of [
        [MOVE, { id, stage: 'SHORTLISTED' }],
        [NOTE, { id, text: 'Je regarde' }],
        [REJECT, { id, message: null }],
      ] as const) {
        const result = await outsider.client.graphql(query, variables);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const list = await outsider.client.graphql(APPLICANTS, { id: p.posting.globalId });
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await outsider.client.graphql(NODE, { id })).data?.node).toEqual(
        outsider === p.candidate ? { id, stage: null, notes: null } : null,
      );
    }

    const reviewed = await p.recruiter.client.graphql(MOVE, { id, stage: 'REVIEWED' });
    expect(reviewed.data?.moveApplication).toMatchObject({ application: { stage: 'REVIEWED' }, userErrors: [] });
    const shortlisted = await p.admin.client.graphql(MOVE, { id, stage: 'SHORTLISTED' });
    expect(shortlisted.data?.moveApplication.application.history).toEqual([
      { status: 'SUBMITTED', stage: 'NEW' },
      { status: 'VIEWED', stage: 'REVIEWED' },
      { status: 'VIEWED', stage: 'SHORTLISTED' },
    ]);
    const noted = await p.recruiter.client.graphql(NOTE, { id, text: '  Très bon profil  ' });
    expect(noted.data?.addApplicationNote.application.notes).toEqual([
      { text: 'Très bon profil', author: { id: p.recruiter.member.id } },
    ]);
    const empty = await p.recruiter.client.graphql(NOTE, { id, text: '   ' });
    expect(empty.data?.addApplicationNote).toEqual({
      application: null,
      userErrors: [{ field: 'text', code: 'REQUIRED' }],
    });

    const seen = await p.candidate.client.graphql(MINE);
    expect(seen.data?.myApplications.nodes).toEqual([
      {
        id,
        stage: null,
        status: 'VIEWED',
        rejectionMessage: null,
        notes: null,
        history: [
          { status: 'SUBMITTED', stage: null },
          { status: 'VIEWED', stage: null },
        ],
      },
    ]);

    const rejected = await p.recruiter.client.graphql(REJECT, { id, message: 'Merci, le poste est pourvu.' });
    expect(rejected.data?.rejectApplication.application).toMatchObject({
      stage: 'REJECTED',
      rejectionMessage: 'Merci, le poste est pourvu.',
    });
    const told = await p.candidate.client.graphql(MINE);
    expect(told.data?.myApplications.nodes[0]).toMatchObject({
      status: 'NOT_SELECTED',
      rejectionMessage: 'Merci, le poste est pourvu.',
      notes: null,
    });
    const back = await p.recruiter.client.graphql(MOVE, { id, stage: 'INTERVIEW' });
    expect(back.data?.moveApplication.application).toMatchObject({ stage: 'INTERVIEW', rejectionMessage: null });
  });

  it('never moves an application to or from WITHDRAWN', async () => {
    const p = await pipeline();
    const id = p.application.id;
    const toWithdrawn = await p.recruiter.client.graphql(MOVE, { id, stage: 'WITHDRAWN' });
    expect(toWithdrawn.data?.moveApplication.userErrors).toEqual([{ field: 'stage', code: 'INVALID_CHOICE' }]);
    await p.candidate.client.graphql(
      `mutation ($id: ID!) { withdrawApplication(input: { id: $id }) { userErrors { code } } }`,
      {
        id,
      },
    );
    for (const [query, field] of [
      [MOVE, 'moveApplication'],
      [REJECT, 'rejectApplication'],
    ] as const) {
      const result = await p.recruiter.client.graphql(query, { id, stage: 'INTERVIEW', message: null });
      expect(result.data?.[field]).toEqual({
        application: null,
        userErrors: [{ field: null, code: 'APPLICATION_WITHDRAWN' }],
      });
    }
  });

  it('lists a posting’s applicants by stage with the counts of every stage and the path to each candidate', async () => {
    const p = await pipeline();
    const second = await buildMember(server);
    await uploadProfileCv(server, second.client);
    const [question] = (
      await server.graphql(`query ($id: ID!) { jobPosting(id: $id) { screeningQuestions { id } } }`, {
        id: p.posting.globalId,
      })
    ).data?.jobPosting.screeningQuestions as { id: string }[];
    const { application } = await apply(second.client, p.posting, {
      answers: [{ questionId: question!.id, yesNo: false }],
    });
    await p.recruiter.client.graphql(MOVE, { id: application.id, stage: 'INTERVIEW' });
    const bridge = await buildMember(server);
    await connect(p.recruiter, bridge);
    await connect(bridge, p.candidate);

    const all = await p.recruiter.client.graphql(APPLICANTS, { id: p.posting.globalId });
    const applicants = all.data?.jobPosting.applicants;
    expect(applicants.totalCount).toBe(2);
    expect(applicants.nodes.map((n: { id: string }) => n.id)).toEqual([application.id, p.application.id]);
    expect(applicants.stageCounts).toEqual([
      { stage: 'NEW', count: 1 },
      { stage: 'REVIEWED', count: 0 },
      { stage: 'SHORTLISTED', count: 0 },
      { stage: 'INTERVIEW', count: 1 },
      { stage: 'OFFER', count: 0 },
      { stage: 'HIRED', count: 0 },
      { stage: 'REJECTED', count: 0 },
      { stage: 'WITHDRAWN', count: 0 },
    ]);
    expect(applicants.nodes[1]).toMatchObject({
      snapshot: { displayName: 'Karim Diallo' },
      answers: [{ question: { prompt: 'Disponible tout de suite ?' }, yesNo: true }],
      connectionPath: { members: [{ id: bridge.member.id }] },
    });

    const fresh = await p.recruiter.client.graphql(APPLICANTS, { id: p.posting.globalId, stages: ['NEW'] });
    expect(fresh.data?.jobPosting.applicants).toMatchObject({ totalCount: 1, nodes: [{ id: p.application.id }] });
  });
});

describe('openToWorkCandidates', () => {
  const SET_OPEN = `mutation ($input: SetOpenToWorkInput!) { setOpenToWork(input: $input) { userErrors { code } } }`;
  const SEARCH = `query ($query: String, $filters: CandidateFiltersInput) { openToWorkCandidates(query: $query, filters: $filters) {
    totalCount nodes { id headline openToWork { jobTitles visibleTo } } } }`;

  it('is for recruiters only and lists visible signals, respecting each profile’s audiences and blocks', async () => {
    const admin = await buildMember(server);
    const recruiter = await buildMember(server);
    await buildCompany(server, admin, { recruiters: [recruiter] });
    const tag = `Soudeuse${Date.now()}`;
    const open = async (visibleTo: string, extra: Record<string, unknown> = {}) => {
      const member = await buildMember(server);
      await member.client.graphql(SET_OPEN, {
        input: { jobTitles: [`${tag} TIG`], contractTypes: ['CDI'], visibleTo, ...extra },
      });
      return member;
    };
    const everyone = await open('ALL_MEMBERS', { locations: ['Saint-Étienne'] });
    const recruitersOnly = await open('RECRUITERS_ONLY', { contractTypes: ['CDD'] });
    const hidden = await open('ALL_MEMBERS');
    await hidden.client.graphql(
      `mutation { setSectionVisibility(input: { section: OPEN_TO_WORK, audience: CONNECTIONS }) { userErrors { code } } }`,
    );
    const headlineHidden = await open('ALL_MEMBERS');
    await headlineHidden.client.graphql(
      `mutation { updateProfile(input: { headline: "Secret" }) { userErrors { code } } }`,
    );
    await headlineHidden.client.graphql(
      `mutation { setSectionVisibility(input: { section: HEADLINE, audience: ONLY_ME }) { userErrors { code } } }`,
    );
    const blocker = await open('ALL_MEMBERS');
    await blocker.client.graphql(
      `mutation ($id: ID!) { blockMember(input: { memberId: $id }) { userErrors { code } } }`,
      {
        id: recruiter.member.id,
      },
    );

    const refused = await everyone.client.graphql(SEARCH, { query: tag });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const found = await recruiter.client.graphql(SEARCH, { query: tag.toLowerCase() });
    const ids = found.data?.openToWorkCandidates.nodes.map((n: { id: string }) => n.id);
    expect(new Set(ids)).toEqual(new Set([everyone.member.id, recruitersOnly.member.id, headlineHidden.member.id]));
    const secret = found.data?.openToWorkCandidates.nodes.find(
      (n: { id: string }) => n.id === headlineHidden.member.id,
    );
    expect(secret).toMatchObject({ headline: null, openToWork: { jobTitles: [`${tag} TIG`] } });
    expect(
      (await recruiter.client.graphql(SEARCH, { query: `${tag} Secret` })).data?.openToWorkCandidates.nodes,
    ).toEqual([]);

    const cdd = await recruiter.client.graphql(SEARCH, { query: tag, filters: { contractTypes: ['CDD'] } });
    expect(cdd.data?.openToWorkCandidates.nodes.map((n: { id: string }) => n.id)).toEqual([recruitersOnly.member.id]);
    const place = await recruiter.client.graphql(SEARCH, { query: tag, filters: { location: 'saint etienne' } });
    expect(place.data?.openToWorkCandidates.nodes.map((n: { id: string }) => n.id)).toEqual([everyone.member.id]);
  });
});
