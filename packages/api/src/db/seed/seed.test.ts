import pino from 'pino';
import { startTestServer, type TestServer } from '../../../test/server';
import { demoPeople, DEMO_SIGN_IN, hasDemoData, seedDemoData, seedDemoDataIfEmpty } from '.';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('demo data', () => {
  it('makes a few hundred people, French and English, with unique handles and emails, the same each time', () => {
    const people = demoPeople();
    expect(people.length).toBeGreaterThanOrEqual(200);
    expect(new Set(people.map((p) => p.handle)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    expect(people.every((p) => /^[a-z0-9][a-z0-9-]{1,28}[a-z0-9]$/.test(p.handle))).toBe(true);
    expect(demoPeople()).toEqual(people);
  });

  it('loads into an empty database once, and its demo account signs in', async () => {
    const logger = pino({ level: 'silent' });
    expect(await hasDemoData(server.db)).toBe(false);
    await seedDemoDataIfEmpty(server.db, logger);
    await seedDemoDataIfEmpty(server.db, logger);
    expect(await hasDemoData(server.db)).toBe(true);
    const [{ n }] = await server.db.query(`SELECT count(*)::int AS n FROM account WHERE email LIKE '%@demo.carnet.fr'`);
    expect(n).toBe(demoPeople().length);
    await expect(seedDemoData(server.db, logger)).rejects.toThrow(/duplicate key/);

    const signIn = await server.graphql(
      `mutation ($input: SignInInput!) { signIn(input: $input) { member { displayName } userErrors { code } } }`,
      { input: DEMO_SIGN_IN },
    );
    expect(signIn.data?.signIn).toEqual({ member: { displayName: 'Camille Martin' }, userErrors: [] });
  });
});
