import { buildMember } from '../../../test/factories';
import { buildCompany, buildJobPosting } from '../../../test/job-factories';
import {
  addScreeningQuestions,
  apply,
  countRows,
  pdfWith,
  uploadApplicationCv,
  uploadProfileCv,
} from '../../../test/application-helpers';
import { cookieHeader, startTestServer, type TestServer } from '../../../test/server';
import { applicationsExport } from './application.export';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const MY_APPLICATIONS = `{ myApplications(first: 10) { totalCount nodes { id status stage rejectionMessage notes { text }
  posting { id title } history { status stage } } } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawApplication(input: { id: $id }) {
  application { status history { status } } userErrors { code } } }`;
const POSTING = `query ($id: ID!) { jobPosting(id: $id) { applicantsCount acceptsApplications
  viewerApplication { id status } screeningQuestions { id kind prompt required } } }`;

async function setting() {
  const admin = await buildMember(server);
  const company = await buildCompany(server, admin);
  const posting = await buildJobPosting(server, company);
  const candidate = await buildMember(server, { firstName: 'Inès', lastName: 'Benali' });
  await uploadProfileCv(server, candidate.client);
  return { admin, company, posting, candidate };
}

async function download(url: string, client?: { cookies: Map<string, string> }) {
  const response = await fetch(`${server.url}${url}`, {
    headers: client ? { cookie: cookieHeader(client.cookies) } : {},
  });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('applyToJob', () => {
  it('sends a snapshot of the profile, a copy of the profile CV, a cover letter and typed answers', async () => {
    const { posting, candidate } = await setting();
    await candidate.client.graphql(
      `mutation { updateProfile(input: { headline: "Développeuse React" }) { userErrors { code } } }`,
    );
    await candidate.client.graphql(
      `mutation { setSkills(input: { names: ["React", "SQL"] }) { userErrors { code } } }`,
    );
    const [permit, years, city] = await addScreeningQuestions(server, posting, [
      { kind: 'YES_NO', prompt: 'Avez-vous le permis B ?' },
      { kind: 'NUMBER', prompt: 'Années d’expérience ?' },
      { kind: 'SHORT_TEXT', prompt: 'Ville actuelle ?', required: false },
    ]);

    const payload = await apply(candidate.client, posting, {
      coverLetter: '  Bonjour,\r\n\r\nJe suis motivée.  ',
      answers: [
        { questionId: years, number: 4.5 },
        { questionId: permit, yesNo: true },
        { questionId: city, text: '  Lyon ' },
      ],
    });

    expect(payload.userErrors).toEqual([]);
    expect(payload.application).toMatchObject({
      status: 'SUBMITTED',
      stage: null,
      notes: null,
      coverLetter: 'Bonjour,\n\nJe suis motivée.',
      cvFileName: 'cv-profil.pdf',
      snapshot: { displayName: 'Inès Benali', headline: 'Développeuse React', skills: ['React', 'SQL'] },
      history: [{ status: 'SUBMITTED', stage: null }],
    });
    expect(payload.application.answers).toEqual([
      { question: { id: permit, kind: 'YES_NO' }, yesNo: true, text: null, number: null },
      { question: { id: years, kind: 'NUMBER' }, yesNo: null, text: null, number: 4.5 },
      { question: { id: city, kind: 'SHORT_TEXT' }, yesNo: null, text: 'Lyon', number: null },
    ]);

    const read = await candidate.client.graphql(POSTING, { id: posting.globalId });
    expect(read.data?.jobPosting).toMatchObject({
      applicantsCount: 1,
      acceptsApplications: true,
      viewerApplication: { id: payload.application.id, status: 'SUBMITTED' },
    });
    const anonymous = await server.graphql(POSTING, { id: posting.globalId });
    expect(anonymous.data?.jobPosting).toMatchObject({ applicantsCount: 1, viewerApplication: null });
  });

  it('says ALREADY_APPLIED the second time, even when both are sent at once, and keeps one application', async () => {
    const { posting, candidate } = await setting();
    const [first, second] = await Promise.all([apply(candidate.client, posting), apply(candidate.client, posting)]);
    const codes = [first, second].map((p) => p.userErrors.map((e: { code: string }) => e.code));
    expect(codes.sort()).toEqual([[], ['ALREADY_APPLIED']]);
    const again = await apply(candidate.client, posting);
    expect(again).toMatchObject({ application: null, userErrors: [{ field: null, code: 'ALREADY_APPLIED' }] });
    expect(await countRows(server, 'job_application', candidate)).toBe(1);
    expect(await countRows(server, 'job_application_cv', candidate)).toBe(1);
  });

  it('refuses closed, expired and externally applied postings with JOB_CLOSED, and drafts as not found', async () => {
    const { company, candidate } = await setting();
    const closed = await buildJobPosting(server, company, { state: 'CLOSED' });
    const expired = await buildJobPosting(server, company, { expiresAt: new Date(Date.now() - 1000) });
    const external = await buildJobPosting(server, company, { applyUrl: 'https://jobs.example.fr/42' });
    for (const posting of [closed, expired, external]) {
      const payload = await apply(candidate.client, posting);
      expect(payload.userErrors).toEqual([
        { field: null, code: 'JOB_CLOSED', message: 'Cette offre n’accepte plus de candidatures.' },
      ]);
      const read = await server.graphql(POSTING, { id: posting.globalId });
      expect(read.data?.jobPosting).toMatchObject({ acceptsApplications: false, applicantsCount: 0 });
    }
    const draft = await buildJobPosting(server, company, { state: 'DRAFT' });
    const result = await candidate.client.graphql(
      `mutation ($input: ApplyToJobInput!) {
      applyToJob(input: $input) { userErrors { code } } }`,
      {
        input: { jobPostingId: draft.globalId, cv: { useProfileCv: true }, contactEmail: 'a@example.fr' },
      },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await countRows(server, 'job_application', candidate)).toBe(0);
  });

  it('puts each problem of the form on its field, in the reader’s language, and writes nothing', async () => {
    const { posting } = await setting();
    const noCv = await buildMember(server);
    const [permit, years] = await addScreeningQuestions(server, posting, [
      { kind: 'YES_NO', prompt: 'Permis B ?' },
      { kind: 'NUMBER', prompt: 'Années ?' },
    ]);
    const invalid = await noCv.client.graphql(
      `mutation ($input: ApplyToJobInput!) { applyToJob(input: $input) { application { id } userErrors { field code message } } }`,
      {
        input: {
          jobPostingId: posting.globalId,
          cv: { useProfileCv: true },
          coverLetter: 'x'.repeat(5001),
          contactEmail: 'pas-une-adresse',
          contactPhone: 'appelez-moi',
          answers: [{ questionId: permit, text: 'oui' }],
        },
      },
      { headers: { 'accept-language': 'fr' } },
    );
    const errors = invalid.data?.applyToJob.userErrors as { field: string; code: string; message: string }[];
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['coverLetter', 'TOO_LONG'],
      ['contactEmail', 'INVALID_EMAIL'],
      ['contactPhone', 'INVALID_PHONE'],
      [`answers.${permit}`, 'ANSWER_KIND_MISMATCH'],
      [`answers.${years}`, 'REQUIRED'],
    ]);
    expect(errors[0]!.message).toBe('5000 caractères au maximum.');

    const answers = [
      { questionId: permit, yesNo: false },
      { questionId: years, number: 2 },
    ];
    const withoutCv = await apply(noCv.client, posting, { answers });
    expect(withoutCv.userErrors).toEqual([
      { field: 'cv', code: 'NO_PROFILE_CV', message: 'Votre profil n’a pas de CV : envoyez plutôt un PDF.' },
    ]);
    const noChoice = await apply(noCv.client, posting, { answers, cv: { useProfileCv: false } });
    expect(noChoice.userErrors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['cv', 'REQUIRED'],
    ]);
    expect(await countRows(server, 'job_application', noCv)).toBe(0);
  });

  it('takes a PDF uploaded for applying, refuses other files and files over the limit, storing nothing of them', async () => {
    const { posting, candidate } = await setting();
    const other = await buildMember(server);

    const notPdf = await uploadApplicationCv(server, candidate.client, {
      bytes: Buffer.from('<html>pas un pdf</html>'),
      type: 'application/pdf',
    });
    expect(notPdf.status).toBe(422);
    expect(notPdf.body.userErrors[0]).toMatchObject({ field: 'file', code: 'UNSUPPORTED_FILE_TYPE' });
    const tooLarge = await uploadApplicationCv(server, candidate.client, { bytes: Buffer.alloc(6 * 1024 * 1024, 1) });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.userErrors[0]).toMatchObject({ field: 'file', code: 'FILE_TOO_LARGE' });
    expect(await countRows(server, 'job_application_cv', candidate)).toBe(0);
    const anonymous = await fetch(`${server.url}/uploads/application-cv`, { method: 'POST' });
    expect(anonymous.status).toBe(401);

    const uploaded = await uploadApplicationCv(server, candidate.client, {
      bytes: pdfWith('lettre'),
      name: 'CV Inès.pdf',
    });
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.applicationCv).toMatchObject({ fileName: 'CV Inès.pdf', byteSize: expect.any(Number) });
    const someoneElses = await apply(other.client, posting, {
      cv: { uploadedMediaId: uploaded.body.applicationCv.id },
    });
    expect(someoneElses.userErrors).toMatchObject([{ field: 'cv', code: 'CV_NOT_FOUND' }]);

    const payload = await apply(candidate.client, posting, { cv: { uploadedMediaId: uploaded.body.applicationCv.id } });
    expect(payload.application.cvFileName).toBe('CV Inès.pdf');
  });
});

describe('the CV sent with an application', () => {
  it('downloads for the candidate and the company’s recruiters only, and stays as sent when the profile CV changes', async () => {
    const { admin, posting, candidate } = await setting();
    const stranger = await buildMember(server);
    const sent = pdfWith('profil');
    const { application } = await apply(candidate.client, posting);
    await uploadProfileCv(server, candidate.client, pdfWith('un autre CV'));

    for (const reader of [candidate.client, admin.client]) {
      const { response, bytes } = await download(application.cvUrl, reader);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="cv-profil.pdf"/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(bytes.equals(sent)).toBe(true);
    }
    expect((await download(application.cvUrl, stranger.client)).response.status).toBe(404);
    expect((await download(application.cvUrl)).response.status).toBe(404);
  });
});

describe('the candidate’s own applications', () => {
  it('lists them newest first with their status and history, never notes, and lets the candidate withdraw', async () => {
    const { company, posting, candidate } = await setting();
    const later = await buildJobPosting(server, company, { title: 'Data engineer' });
    const first = await apply(candidate.client, posting);
    await apply(candidate.client, later);

    const list = await candidate.client.graphql(MY_APPLICATIONS);
    expect(list.data?.myApplications.totalCount).toBe(2);
    expect(list.data?.myApplications.nodes.map((n: { posting: { title: string } }) => n.posting.title)).toEqual([
      'Data engineer',
      'Développeuse web',
    ]);

    const withdrawn = await candidate.client.graphql(WITHDRAW, { id: first.application.id });
    expect(withdrawn.data?.withdrawApplication).toEqual({
      application: { status: 'WITHDRAWN', history: [{ status: 'SUBMITTED' }, { status: 'WITHDRAWN' }] },
      userErrors: [],
    });
    const twice = await candidate.client.graphql(WITHDRAW, { id: first.application.id });
    expect(twice.data?.withdrawApplication.userErrors).toEqual([{ code: 'APPLICATION_DECIDED' }]);
    const count = await server.graphql(POSTING, { id: posting.globalId });
    expect(count.data?.jobPosting.applicantsCount).toBe(0);

    const other = await buildMember(server);
    const notTheirs = await other.client.graphql(WITHDRAW, { id: first.application.id });
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('disappear with the candidate’s account, and appear in their data export without recruiters’ notes', async () => {
    const { admin, posting, candidate } = await setting();
    const { application } = await apply(candidate.client, posting, { coverLetter: 'Lettre à exporter' });
    await admin.client.graphql(
      `mutation ($id: ID!) { addApplicationNote(input: { id: $id, text: "Note confidentielle" }) { userErrors { code } } }`,
      { id: application.id },
    );
    const exported = await server.db.transaction(async (manager) => {
      const memberId = Buffer.from(candidate.member.id, 'base64url').toString().split(':')[1]!;
      return {
        rows: await applicationsExport.collect(manager, memberId),
        files: await applicationsExport.files!(manager, memberId),
      };
    });
    expect(exported.rows).toEqual([
      expect.objectContaining({
        jobTitle: 'Développeuse web',
        status: 'SUBMITTED',
        coverLetter: 'Lettre à exporter',
        history: [{ status: 'SUBMITTED', at: expect.any(String) }],
        cvFile: expect.stringMatching(/^applications\/\d+-cv-profil\.pdf$/),
      }),
    ]);
    expect(JSON.stringify(exported.rows)).not.toContain('Note confidentielle');
    expect(exported.files).toHaveLength(1);

    const deleted = await candidate.client.graphql(
      `mutation ($password: String!) { deleteAccount(input: { password: $password }) { userErrors { code } } }`,
      { password: candidate.fields.password },
    );
    expect(deleted.data?.deleteAccount.userErrors).toEqual([]);
    const [{ count }] = await server.db.query(
      `SELECT count(*)::int AS count FROM job_application WHERE posting_id = $1`,
      [posting.id],
    );
    expect(count).toBe(0);
    const list = await admin.client.graphql(`query ($id: ID!) { jobPosting(id: $id) { applicants { totalCount } } }`, {
      id: posting.globalId,
    });
    expect(list.data?.jobPosting.applicants.totalCount).toBe(0);
  });
});
