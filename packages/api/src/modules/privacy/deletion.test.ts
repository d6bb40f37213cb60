import { randomBytes, randomInt } from 'node:crypto';
import { createCompany } from '../../../test/company-factories';
import { buildMember } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

const DELETE = `mutation ($password: String!) {
  deleteAccount(input: { password: $password }) { deletedMemberId userErrors { field code message } }
}`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }`;
const VIEWER = `{ viewer { id } }`;
const MEMBER = `query ($handle: String!) { member(handle: $handle) { id } }`;
const CHANGE_HANDLE = `mutation ($handle: String!) { changeHandle(input: { handle: $handle }) { member { handle } userErrors { code } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Column = { table: string; column: string };

/** Every column of the database that can hold text: text, varchar, citext, json(b) and arrays of them. */
function textColumns(): Promise<Column[]> {
  return server.db.query(
    `SELECT table_name AS table, column_name AS column FROM information_schema.columns
     WHERE table_schema = 'public'
       AND (data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
            OR udt_name IN ('citext', '_text', '_citext', '_varchar'))`,
  );
}

/** Every column that references member or account, and the member's own id. */
async function memberKeyColumns(): Promise<Column[]> {
  const references: Column[] = await server.db.query(
    `SELECT c.conrelid::regclass::text AS table, a.attname AS column
     FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
     WHERE c.contype = 'f' AND c.confrelid IN ('member'::regclass, 'account'::regclass)`,
  );
  return [{ table: 'member', column: 'id' }, ...references];
}

const like = (needle: string) => `%${needle.replace(/[\\%_]/g, '\\$&')}%`;

/** Where in the whole database the member's id or any of these words still appear, as "table.column". */
async function tracesOf(memberId: string, words: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const { table, column } of await textColumns()) {
    const [{ count }] = await server.db.query(
      `SELECT count(*)::int AS count FROM "${table}" WHERE "${column}"::text ILIKE ANY ($1::text[])`,
      [words.map(like)],
    );
    if (count > 0) found.push(`${table}.${column}`);
  }
  for (const { table, column } of await memberKeyColumns()) {
    const [{ count }] = await server.db.query(`SELECT count(*)::int AS count FROM "${table}" WHERE "${column}" = $1`, [
      memberId,
    ]);
    if (count > 0) found.push(`${table}.${column}`);
  }
  return found;
}

/** Every row keyed by this member, table by table, to compare before and after someone else leaves. */
async function rowsOf(memberId: string): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const { table, column } of await memberKeyColumns()) {
    const rows = await server.db.query<{ row: string }[]>(
      `SELECT to_jsonb(t)::text AS row FROM "${table}" t WHERE "${column}" = $1 ORDER BY 1`,
      [memberId],
    );
    snapshot[`${table}.${column}`] = rows.map((r) => r.row);
  }
  return snapshot;
}

/**
 * A member with data in every table: profile, a job, a school, skills, a former handle, a token, sessions, an
 * export link, a company page they run and follow.
 */
async function buildLeavingMember() {
  const unique = randomBytes(4).toString('hex');
  const built = await buildMember(server, { firstName: `Zéphyrine ${unique}`, lastName: `Quillard${unique}` });
  const { client, fields } = built;
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await client.graphql(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  await run(`mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { userErrors { code } } }`, {
    input: {
      headline: 'Cheffe de projet',
      contactEmail: `contact-${unique}@example.org`,
      phone: `+33 7 ${randomInt(10_000_000, 99_999_999)}`,
    },
  });
  await run(
    `mutation { saveExperience(input: { title: "Cheffe", companyName: "Ulule", startMonth: "2019-01", current: true }) { userErrors { code } } }`,
  );
  await run(`mutation { saveEducation(input: { school: "Sciences Po" }) { userErrors { code } } }`);
  await run(`mutation { setSkills(input: { names: ["Gestion de projet"] }) { userErrors { code } } }`);
  await run(CHANGE_HANDLE, { handle: `zq-${unique}` });
  const { createAccessToken } = await run(
    `mutation { createAccessToken(input: { name: "Zapier", scopes: [READ_PROFILE] }) { token } }`,
  );
  await run(`mutation { exportMyData { downloadUrl } }`);
  const company = await createCompany(client);
  await run(`mutation ($id: ID!) { followCompany(input: { companyId: $id }) { userErrors { code } } }`, {
    id: company.id,
  });
  const bearer = await server.graphql(SIGN_IN, {
    input: { email: fields.email, password: fields.password, issueBearerToken: true },
  });
  const [row] = await server.db.query(
    `SELECT m.id, m.handle, m.first_name, m.last_name, m.contact_email, m.phone, a.email,
            array(SELECT handle::text FROM handle_reservation r WHERE r.member_id = m.id) AS reserved
     FROM member m JOIN account a ON a.member_id = m.id WHERE a.email = $1`,
    [fields.email],
  );
  const words: string[] = [
    row.handle,
    row.first_name,
    row.last_name,
    row.contact_email,
    row.phone,
    row.email,
    ...row.reserved,
  ];
  return {
    ...built,
    id: String(row.id),
    handle: row.handle as string,
    reserved: row.reserved as string[],
    words,
    token: createAccessToken.token as string,
    sessionToken: bearer.data?.signIn.token as string,
  };
}

describe('deleteAccount', () => {
  it('erases every trace of the member and nothing of anyone else', async () => {
    const leaving = await buildLeavingMember();
    const staying = await buildMember(server);
    await staying.client.graphql(`mutation { saveEducation(input: { school: "INSA Lyon" }) { userErrors { code } } }`);
    const [{ id: stayingId }] = await server.db.query(`SELECT member_id AS id FROM account WHERE email = $1`, [
      staying.fields.email,
    ]);
    const before = await rowsOf(String(stayingId));

    const found = await tracesOf(leaving.id, leaving.words);
    for (const place of [
      'member.first_name',
      'member.phone',
      'account.email',
      'session.member_id',
      'data_export.member_id',
    ])
      expect(found).toContain(place);

    const result = await leaving.client.graphql(DELETE, { password: leaving.fields.password });
    expect(result.data?.deleteAccount).toEqual({ deletedMemberId: leaving.member.id, userErrors: [] });
    expect(leaving.client.cookies.size).toBe(0);

    expect(await tracesOf(leaving.id, leaving.words)).toEqual([]);
    expect(await rowsOf(String(stayingId))).toEqual(before);
    expect((await staying.client.graphql(VIEWER)).data?.viewer.id).toBe(staying.member.id);
  });

  it('signs the member out everywhere, refuses their credentials and releases their handles', async () => {
    const leaving = await buildLeavingMember();
    await leaving.client.graphql(DELETE, { password: leaving.fields.password });

    const signIn = await server.graphql(SIGN_IN, {
      input: { email: leaving.fields.email, password: leaving.fields.password },
    });
    expect(signIn.data?.signIn.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    for (const token of [leaving.token, leaving.sessionToken]) {
      const result = await server.graphql(VIEWER, {}, { token });
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (const handle of [leaving.handle, ...leaving.reserved]) {
      expect((await server.graphql(MEMBER, { handle })).data?.member).toBeNull();
    }
    const newcomer = await buildMember(server);
    const taken = await newcomer.client.graphql(CHANGE_HANDLE, { handle: leaving.reserved[0] });
    expect(taken.data?.changeHandle).toEqual({ member: { handle: leaving.reserved[0] }, userErrors: [] });
  });

  it('deletes nothing with a wrong password', async () => {
    const leaving = await buildLeavingMember();
    const result = await leaving.client.graphql(
      DELETE,
      { password: 'pas le bon mot de passe' },
      {
        headers: { 'accept-language': 'fr' },
      },
    );
    expect(result.data?.deleteAccount).toEqual({
      deletedMemberId: null,
      userErrors: [{ field: 'password', code: 'INVALID_CREDENTIALS', message: 'E-mail ou mot de passe incorrect.' }],
    });
    expect((await leaving.client.graphql(VIEWER)).data?.viewer.id).toBe(leaving.member.id);
    expect((await server.graphql(MEMBER, { handle: leaving.handle })).data?.member).not.toBeNull();
    expect(await tracesOf(leaving.id, leaving.words)).toContain('account.email');
  });

  it('counts wrong passwords like failed sign-ins and then refuses with RATE_LIMITED', async () => {
    const leaving = await buildLeavingMember();
    for (let i = 0; i < server.config.signInThrottle.failuresPerEmail; i++) {
      await leaving.client.graphql(DELETE, { password: `mauvais ${i}` });
    }
    const result = await leaving.client.graphql(DELETE, { password: leaving.fields.password });
    expect(result.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await leaving.client.graphql(VIEWER)).data?.viewer.id).toBe(leaving.member.id);
  });

  it('refuses a personal access token with FORBIDDEN', async () => {
    const leaving = await buildLeavingMember();
    const result = await server.graphql(DELETE, { password: leaving.fields.password }, { token: leaving.token });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql(VIEWER, {}, { token: leaving.token })).data?.viewer.id).toBe(leaving.member.id);
  });
});
