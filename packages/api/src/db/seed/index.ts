import { en, fr, Faker } from '@faker-js/faker';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../modules/accounts/password';
import { handleBase } from '../../modules/members/handle';

export const DEMO_PASSWORD = 'carnet-demo-2026';
export const DEMO_EMAIL_DOMAIN = 'demo.carnet.fr';
/** The account README tells newcomers to sign in with. */
export const DEMO_SIGN_IN = { email: `camille.martin@${DEMO_EMAIL_DOMAIN}`, password: DEMO_PASSWORD };

const MEMBER_COUNT = 300;

interface DemoPerson {
  firstName: string;
  lastName: string;
  handle: string;
  email: string;
}

/** Deterministic people, two in three with French names, each with a unique handle and email. */
export function demoPeople(count = MEMBER_COUNT): DemoPerson[] {
  const french = new Faker({ locale: [fr, en], seed: 2026 });
  const english = new Faker({ locale: [en], seed: 1789 });
  const used = new Set<string>();
  const people: DemoPerson[] = [];
  for (let i = 0; i < count; i++) {
    const faker = i % 3 === 2 ? english : french;
    const [firstName, lastName] = i === 0 ? ['Camille', 'Martin'] : [faker.person.firstName(), faker.person.lastName()];
    const base = handleBase(firstName, lastName);
    let handle = base;
    for (let n = 2; used.has(handle); n++) handle = `${base}-${n}`;
    used.add(handle);
    people.push({ firstName, lastName, handle, email: `${handle.replace(/-/g, '.')}@${DEMO_EMAIL_DOMAIN}` });
  }
  return people;
}

/** Loads the demo network in one transaction. Every demo account has the same password. */
export async function seedDemoData(db: DataSource, logger: Logger): Promise<void> {
  const people = demoPeople();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (manager) => {
    const members: { id: string }[] = await manager.query(
      `INSERT INTO member (handle, first_name, last_name)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) RETURNING id`,
      [people.map((p) => p.handle), people.map((p) => p.firstName), people.map((p) => p.lastName)],
    );
    await manager.query(
      `INSERT INTO account (member_id, email, password_hash)
       SELECT id, email, $3 FROM unnest($1::bigint[], $2::text[]) AS t(id, email)`,
      [members.map((m) => m.id), people.map((p) => p.email), passwordHash],
    );
  });
  logger.info({ members: people.length, signIn: DEMO_SIGN_IN }, 'demo data loaded');
}

/** On the first start of an empty embedded database only. */
export async function seedDemoDataIfEmpty(db: DataSource, logger: Logger): Promise<void> {
  const [row] = await db.query<{ empty: boolean }[]>('SELECT NOT EXISTS (SELECT 1 FROM member) AS empty');
  if (row?.empty) await seedDemoData(db, logger);
}

export async function hasDemoData(db: DataSource): Promise<boolean> {
  const [row] = await db.query<{ found: boolean }[]>(
    'SELECT EXISTS (SELECT 1 FROM account WHERE email = $1) AS found',
    [DEMO_SIGN_IN.email],
  );
  return row?.found ?? false;
}
