import { strFromU8, unzipSync } from 'fflate';
import { buildMember, type MemberFields } from '../../../test/factories';
import { minimalPdf, uploadFile } from '../../../test/files';
import { cookieHeader, startTestServer, type TestClient, type TestServer } from '../../../test/server';
import { EXPORT_SECTIONS, NOT_EXPORTED } from './export-sections';

const EXPORT = `mutation { exportMyData { downloadUrl expiresAt userErrors { code } } }`;
const UPDATE_PROFILE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { userErrors { code } } }`;
const HIDE_CONTACT = `mutation { setSectionVisibility(input: { section: CONTACT_INFO, audience: ONLY_ME }) { userErrors { code } } }`;
const SAVE_EXPERIENCE = `mutation ($input: ExperienceInput!) { saveExperience(input: $input) { userErrors { code } } }`;
const SAVE_EDUCATION = `mutation ($input: EducationInput!) { saveEducation(input: $input) { userErrors { code } } }`;
const SET_SKILLS = `mutation ($names: [String!]!) { setSkills(input: { names: $names }) { userErrors { code } } }`;
const CHANGE_HANDLE = `mutation ($handle: String!) { changeHandle(input: { handle: $handle }) { userErrors { code } } }`;
const CREATE_TOKEN = `mutation { createAccessToken(input: { name: "Sauvegarde", scopes: [READ_PROFILE] }) { token } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { member { id } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const CV = minimalPdf();

const PROFILE = {
  headline: 'Ingénieure données',
  about: 'Dix ans de pipelines.',
  city: 'Nantes',
  region: 'Pays de la Loire',
  country: 'France',
  industry: 'Logiciel',
  contactEmail: 'contact-export@example.fr',
  phone: '+33 6 12 34 56 78',
};

interface Carnet {
  schemaVersion: number;
  exportedAt: string;
  sections: Record<string, Record<string, unknown>[]>;
  files: string[];
}

async function requestExport(client: TestClient): Promise<string> {
  const result = await client.graphql(EXPORT);
  expect(result.data?.exportMyData.userErrors).toEqual([]);
  return result.data?.exportMyData.downloadUrl as string;
}

async function download(url: string) {
  const response = await fetch(url);
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** A member with something in every section: profile, two jobs, a school, skills, a token, two sessions. */
async function buildFullMember() {
  const built = await buildMember(server);
  const { client, fields } = built;
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await client.graphql(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  await run(UPDATE_PROFILE, { input: PROFILE });
  await run(HIDE_CONTACT);
  await run(SAVE_EXPERIENCE, {
    input: { title: 'Data engineer', companyName: 'Octo', startMonth: '2018-03', endMonth: '2021-06' },
  });
  await run(SAVE_EXPERIENCE, {
    input: { title: 'Lead data', companyName: 'Doctolib', startMonth: '2021-07', current: true },
  });
  await run(SAVE_EDUCATION, {
    input: { school: 'Centrale Nantes', degree: 'Ingénieur', startYear: 2012, endYear: 2015 },
  });
  await run(SET_SKILLS, { names: ['SQL', 'Python', 'dbt'] });
  const newHandle = `export-${Date.now().toString(36)}`;
  await run(CHANGE_HANDLE, { handle: newHandle });
  const { createAccessToken } = await run(CREATE_TOKEN);
  const cookie = cookieHeader(client.cookies);
  const cv = await uploadFile(
    `${server.url}/uploads/cv`,
    { bytes: CV, name: 'cv.pdf', type: 'application/pdf' },
    { cookie },
  );
  expect(cv.body.userErrors).toEqual([]);
  const phone = server.client({ headers: { 'user-agent': 'Carnet export phone' } });
  await phone.graphql(SIGN_IN, { input: { email: fields.email, password: fields.password } });
  return { ...built, newHandle, token: createAccessToken.token as string, phone };
}

function readArchive(bytes: Uint8Array) {
  const entries = unzipSync(bytes);
  const carnet = JSON.parse(strFromU8(entries['carnet.json']!)) as Carnet;
  return {
    entries,
    carnet,
    text: Object.values(entries)
      .map((entry) => strFromU8(entry))
      .join('\n'),
  };
}

describe('exportMyData', () => {
  let full: Awaited<ReturnType<typeof buildFullMember>>;
  let archive: ReturnType<typeof readArchive>;
  let response: Response;
  beforeAll(async () => {
    full = await buildFullMember();
    let bytes: Uint8Array;
    ({ response, bytes } = await download(await requestExport(full.client)));
    archive = readArchive(bytes);
  });

  it('serves a zip attachment named after the handle and the day, never cached', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const day = new Date().toISOString().slice(0, 10);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="carnet-${full.newHandle}-${day}.zip"`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(archive.carnet.schemaVersion).toBe(1);
    expect(Date.now() - new Date(archive.carnet.exportedAt).getTime()).toBeLessThan(60_000);
    expect(Object.keys(archive.carnet.sections)).toEqual(EXPORT_SECTIONS.map((section) => section.name));
  });

  it('holds every row of the member', () => {
    const { sections } = archive.carnet;
    const fields: MemberFields = full.fields;
    expect(sections.account).toEqual([{ email: fields.email, createdAt: expect.any(String) }]);
    expect(sections.profile).toEqual([
      expect.objectContaining({
        ...PROFILE,
        handle: full.newHandle,
        firstName: fields.firstName,
        lastName: fields.lastName,
        visibility: expect.objectContaining({ CONTACT_INFO: 'ONLY_ME', HEADLINE: 'PUBLIC' }),
      }),
    ]);
    expect(sections.experiences).toEqual([
      expect.objectContaining({
        title: 'Data engineer',
        companyName: 'Octo',
        startMonth: '2018-03',
        endMonth: '2021-06',
      }),
      expect.objectContaining({ title: 'Lead data', companyName: 'Doctolib', current: true, endMonth: null }),
    ]);
    expect(sections.education).toEqual([
      expect.objectContaining({ school: 'Centrale Nantes', degree: 'Ingénieur', startYear: 2012, endYear: 2015 }),
    ]);
    expect(sections.skills).toEqual([
      { name: 'SQL', position: 0 },
      { name: 'Python', position: 1 },
      { name: 'dbt', position: 2 },
    ]);
    expect(sections.handleReservations).toEqual([{ handle: full.member.handle, reservedUntil: expect.any(String) }]);
    expect(sections.accessTokens).toEqual([
      expect.objectContaining({ name: 'Sauvegarde', prefix: full.token.slice(0, 12), scopes: ['read:profile'] }),
    ]);
    expect(sections.media).toEqual([expect.objectContaining({ kind: 'CV', file_name: 'cv.pdf', file: 'cv/cv.pdf' })]);
    expect(Buffer.from(archive.entries['files/media/cv/cv.pdf']!)).toEqual(CV);
    expect(sections.sessions).toHaveLength(2);
    expect(sections.sessions!.map((s) => s.userAgent)).toContain('Carnet export phone');
  });

  it('holds no password, session or token secret, nor any hash of one', async () => {
    const [account] = await server.db.query(`SELECT password_hash, member_id FROM account WHERE email = $1`, [
      full.fields.email,
    ]);
    const hashes = await server.db.query<{ hash: Buffer }[]>(
      `SELECT token_hash AS hash FROM session WHERE member_id = $1
       UNION ALL SELECT token_hash FROM access_token WHERE member_id = $1
       UNION ALL SELECT secret_hash FROM data_export WHERE member_id = $1`,
      [account.member_id],
    );
    expect(hashes.length).toBeGreaterThanOrEqual(4);
    const secrets = [
      account.password_hash,
      full.fields.password,
      full.token,
      full.client.cookies.get('carnet_session')!,
      full.phone.cookies.get('carnet_session')!,
      ...hashes.flatMap(({ hash }) => [hash.toString('hex'), hash.toString('base64'), hash.toString('base64url')]),
    ];
    for (const secret of secrets) expect(archive.text).not.toContain(secret);
    expect(archive.text).not.toMatch(/passwordHash|password_hash|tokenHash|token_hash/i);
  });

  it('serves a link once, then answers 404', async () => {
    const url = await requestExport(full.client);
    expect((await download(url)).response.status).toBe(200);
    const again = await download(url);
    expect(again.response.status).toBe(404);
    expect(again.response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 404 for an expired or unknown link', async () => {
    const url = await requestExport(full.client);
    await server.db.query(
      `UPDATE data_export SET expires_at = now() - interval '1 second' WHERE used_at IS NULL AND member_id =
         (SELECT member_id FROM account WHERE email = $1)`,
      [full.fields.email],
    );
    expect((await download(url)).response.status).toBe(404);
    expect((await download(`${server.url}/exports/crn_x_unknown`)).response.status).toBe(404);
    expect((await download(`${server.url}/exports/whatever`)).response.status).toBe(404);
  });

  it('gives a link valid 15 minutes on the host that was called', async () => {
    const result = await full.client.graphql(EXPORT);
    const { downloadUrl, expiresAt } = result.data!.exportMyData;
    expect(downloadUrl).toMatch(new RegExp(`^${server.url}/exports/crn_x_[A-Za-z0-9_-]{43}$`));
    const minutes = (new Date(expiresAt).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
  });

  it('refuses a personal access token with FORBIDDEN', async () => {
    const result = await server.graphql(EXPORT, {}, { token: full.token });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

/** Tables with a foreign key to member or account that no export section names and NOT_EXPORTED does not excuse. */
async function uncoveredTables(): Promise<string[]> {
  const rows = await server.db.query<{ table: string }[]>(
    `SELECT DISTINCT c.conrelid::regclass::text AS table FROM pg_constraint c
     WHERE c.contype = 'f' AND c.confrelid IN ('member'::regclass, 'account'::regclass)`,
  );
  expect(rows.length).toBeGreaterThan(5);
  const covered = new Set([...EXPORT_SECTIONS.flatMap((section) => section.tables), ...Object.keys(NOT_EXPORTED)]);
  return rows.map((row) => row.table).filter((table) => !covered.has(table));
}

describe('the export registry', () => {
  it('covers every table that references a member or an account, or says why not', async () => {
    expect(await uncoveredTables()).toEqual([]);
  });

  it('notices a new table of member data that no section names', async () => {
    await server.db.query(`CREATE TABLE test_member_note (member_id bigint REFERENCES member (id) ON DELETE CASCADE)`);
    try {
      expect(await uncoveredTables()).toEqual(['test_member_note']);
    } finally {
      await server.db.query(`DROP TABLE test_member_note`);
    }
  });

  it('names only tables that exist, and each section once', async () => {
    const rows = await server.db.query<{ table: string }[]>(
      `SELECT table_name AS table FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    const existing = new Set(rows.map((row) => row.table));
    const named = [...EXPORT_SECTIONS.flatMap((section) => section.tables), ...Object.keys(NOT_EXPORTED)];
    expect(named.filter((table) => !existing.has(table))).toEqual([]);
    const names = EXPORT_SECTIONS.map((section) => section.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
