import { LIMITS } from '@carnet/shared';
import { buildMember, memberFields, SIGN_UP, STRONG_PASSWORD } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';
import { SESSION_COOKIE } from '../../http/session-cookie';

const VIEWER = `{ viewer { id handle displayName } }`;
const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { member { id } token userErrors { field code message } }
}`;
const SIGN_OUT = `mutation SignOut($everywhere: Boolean) { signOut(input: { everywhere: $everywhere }) { userErrors { code } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function memberRowsNamed(lastName: string): Promise<number> {
  const [row] = await server.db.query('SELECT count(*)::int AS n FROM member WHERE last_name = $1', [lastName]);
  return row.n;
}

describe('signUp', () => {
  it('creates the member, signs in with an HttpOnly SameSite cookie, and stays signed in on the next request', async () => {
    const client = server.client();
    const fields = memberFields({ firstName: 'Zoë', lastName: 'Le Gall-Bréhat', email: 'Zoe.LeGall@Example.FR' });
    const result = await client.graphql(SIGN_UP, { input: fields });

    expect(result.data?.signUp).toMatchObject({
      member: { firstName: 'Zoë', lastName: 'Le Gall-Bréhat', displayName: 'Zoë Le Gall-Bréhat' },
      token: null,
      userErrors: [],
    });
    expect(result.data?.signUp.member.handle).toMatch(/^zoe-le-gall-brehat(-\d+)?$/);
    const cookie = result.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);

    const viewer = await client.graphql(VIEWER);
    expect(viewer.data?.viewer).toMatchObject({ id: result.data?.signUp.member.id });
    const account = await client.graphql(`{ account { email } }`);
    expect(account.data?.account.email).toBe('zoe.legall@example.fr');
  });

  it('stores the password with argon2id, never in clear', async () => {
    const { fields, member } = await buildMember(server);
    const [row] = await server.db.query(
      `SELECT a.password_hash FROM account a JOIN member m ON m.id = a.member_id WHERE m.handle = $1`,
      [member.handle],
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(fields.password);
  });

  it('refuses an email that exists in another case, and writes nothing', async () => {
    const { fields } = await buildMember(server);
    const again = memberFields({ email: fields.email.toUpperCase(), lastName: 'Doublon' });
    const result = await server.graphql(SIGN_UP, { input: again }, { headers: { 'accept-language': 'en' } });
    expect(result.data?.signUp).toEqual({
      member: null,
      token: null,
      userErrors: [{ field: 'email', code: 'EMAIL_TAKEN', message: expect.stringContaining('already') }],
    });
    expect(await memberRowsNamed('Doublon')).toBe(0);
  });

  it('reports every bad field at once, in French for a French reader, and writes nothing', async () => {
    const input = { email: 'pas-un-email', password: 'x'.repeat(10 * 1024), firstName: '   ', lastName: 'Vide' };
    const result = await server.graphql(SIGN_UP, { input }, { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } });
    expect(result.data?.signUp.userErrors).toEqual([
      { field: 'email', code: 'INVALID_EMAIL', message: expect.stringContaining('adresse e-mail valide') },
      { field: 'password', code: 'TOO_LONG', message: `${LIMITS.passwordMax} caractères au maximum.` },
      { field: 'firstName', code: 'REQUIRED', message: 'Ce champ est obligatoire.' },
    ]);
    expect(await memberRowsNamed('Vide')).toBe(0);
  });

  it('refuses weak passwords in English for an English reader', async () => {
    const input = memberFields({ password: 'azertyuiop' });
    const result = await server.graphql(SIGN_UP, { input }, { headers: { 'accept-language': 'en-GB' } });
    expect(result.data?.signUp.userErrors).toEqual([
      { field: 'password', code: 'PASSWORD_TOO_COMMON', message: expect.stringContaining('too common') },
    ]);
  });

  it('makes one account of two simultaneous sign-ups with the same email', async () => {
    const email = memberFields().email;
    const results = await Promise.all(
      [1, 2, 3].map((i) => server.graphql(SIGN_UP, { input: memberFields({ email, lastName: `Course${i}` }) })),
    );
    const created = results.filter((r) => r.data?.signUp.member);
    expect(created).toHaveLength(1);
    const [row] = await server.db.query(
      `SELECT count(*)::int AS n FROM member WHERE last_name IN ('Course1', 'Course2', 'Course3')`,
    );
    expect(row.n).toBe(1);
  });

  it('hands an API client a bearer token instead of a cookie when asked', async () => {
    const result = await server.graphql(SIGN_UP, { input: { ...memberFields(), issueBearerToken: true } });
    expect(result.data?.signUp.token).toMatch(/^crn_s_/);
    expect(result.headers.getSetCookie()).toEqual([]);
    const viewer = await server.graphql(VIEWER, {}, { token: result.data?.signUp.token });
    expect(viewer.data?.viewer.id).toBe(result.data?.signUp.member.id);
  });
});

describe('signIn and signOut', () => {
  it('signs out, refuses the old cookie, and signs in again', async () => {
    const { client, fields, member } = await buildMember(server);
    const stolenCookie = client.cookies.get(SESSION_COOKIE)!;

    const out = await client.graphql(SIGN_OUT);
    expect(out.data?.signOut.userErrors).toEqual([]);
    expect(client.cookies.has(SESSION_COOKIE)).toBe(false);
    expect((await client.graphql(VIEWER)).data?.viewer).toBeNull();
    const replay = await server.graphql(VIEWER, {}, { headers: { cookie: `${SESSION_COOKIE}=${stolenCookie}` } });
    expect(replay.data?.viewer).toBeNull();

    const back = await client.graphql(SIGN_IN, {
      input: { email: fields.email.toUpperCase(), password: fields.password },
    });
    expect(back.data?.signIn).toMatchObject({ member: { id: member.id }, userErrors: [] });
    expect((await client.graphql(VIEWER)).data?.viewer.id).toBe(member.id);
  });

  it('says only "wrong email or password", whether the email exists or not', async () => {
    const { fields } = await buildMember(server);
    const wrongPassword = await server.graphql(SIGN_IN, {
      input: { email: fields.email, password: 'not the password' },
    });
    const unknownEmail = await server.graphql(SIGN_IN, {
      input: { email: 'nobody@example.fr', password: STRONG_PASSWORD },
    });
    for (const result of [wrongPassword, unknownEmail]) {
      expect(result.data?.signIn).toMatchObject({
        member: null,
        userErrors: [{ field: null, code: 'INVALID_CREDENTIALS' }],
      });
    }
  });

  it('signs out everywhere: every session of the account ends', async () => {
    const { client, fields } = await buildMember(server);
    const laptop = server.client();
    await laptop.graphql(SIGN_IN, { input: { email: fields.email, password: fields.password } });
    expect((await laptop.graphql(VIEWER)).data?.viewer).not.toBeNull();

    await client.graphql(SIGN_OUT, { everywhere: true });
    expect((await laptop.graphql(VIEWER)).data?.viewer).toBeNull();
  });

  it('ignores the session cookie on a request from another site', async () => {
    const { client } = await buildMember(server);
    const crossSite = await client.graphql(VIEWER, {}, { headers: { origin: 'https://evil.example' } });
    expect(crossSite.data?.viewer).toBeNull();
    const sameSite = await client.graphql(VIEWER, {}, { headers: { origin: server.url } });
    expect(sameSite.data?.viewer).not.toBeNull();
  });
});

describe('sign-in throttling', () => {
  it('refuses further attempts for an email with RATE_LIMITED after repeated failures, even with the right password', async () => {
    const { fields } = await buildMember(server);
    const limit = server.config.signInThrottle.failuresPerEmail;
    for (let i = 0; i < limit; i++) {
      const result = await server.graphql(SIGN_IN, { input: { email: fields.email, password: `wrong guess ${i}` } });
      expect(result.data?.signIn.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    }
    const refused = await server.graphql(SIGN_IN, { input: { email: fields.email, password: fields.password } });
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
  });

  it('refuses an address that fails on many emails', async () => {
    const throttled = await startTestServer({
      signInThrottle: { ...server.config.signInThrottle, failuresPerAddress: 3 },
    });
    try {
      for (let i = 0; i < 3; i++) {
        await throttled.graphql(SIGN_IN, { input: { email: `someone${i}@example.fr`, password: STRONG_PASSWORD } });
      }
      const refused = await throttled.graphql(SIGN_IN, {
        input: { email: 'other@example.fr', password: STRONG_PASSWORD },
      });
      expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await throttled.close();
    }
  });
});

describe('sign-up throttling', () => {
  it('refuses sign-ups from one address past the hourly limit, creating nothing', async () => {
    const throttled = await startTestServer({
      signInThrottle: { ...server.config.signInThrottle, signUpsPerAddressPerHour: 2 },
    });
    try {
      for (let i = 0; i < 2; i++) {
        expect((await throttled.graphql(SIGN_UP, { input: memberFields() })).data?.signUp.member).not.toBeNull();
      }
      const refused = await throttled.graphql(SIGN_UP, { input: memberFields({ lastName: 'Refusé' }) });
      expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      const [{ n }] = await throttled.db.query(`SELECT count(*)::int AS n FROM member WHERE last_name = 'Refusé'`);
      expect(n).toBe(0);
    } finally {
      await throttled.close();
    }
  });
});
