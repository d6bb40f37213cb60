import { en, fr, Faker } from '@faker-js/faker';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../modules/accounts/password';
import { handleBase } from '../../modules/members/handle';
import { seedDemoCompanies } from './companies';
import { seedJobPostings } from './job-postings';
import { connectDemoNetwork } from './network';
import { demoProfiles } from './profiles';
import { insertProfiles } from './rows';

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
  english: boolean;
}

/** Deterministic people, two in three with French names, each with a unique handle and email. */
export function demoPeople(count = MEMBER_COUNT): DemoPerson[] {
  const french = new Faker({ locale: [fr, en], seed: 2026 });
  const english = new Faker({ locale: [en], seed: 1789 });
  const used = new Set<string>();
  const people: DemoPerson[] = [];
  for (let i = 0; i < count; i++) {
    const isEnglish = i % 3 === 2;
    const faker = isEnglish ? english : french;
    const [firstName, lastName] = i === 0 ? ['Camille', 'Martin'] : [faker.person.firstName(), faker.person.lastName()];
    const base = handleBase(firstName, lastName);
    let handle = base;
    for (let n = 2; used.has(handle); n++) handle = `${base}-${n}`;
    used.add(handle);
    const email = `${handle.replace(/-/g, '.')}@${DEMO_EMAIL_DOMAIN}`;
    people.push({ firstName, lastName, handle, email, english: isEnglish });
  }
  return people;
}

/**
 * Loads the demo network in one transaction: members with full profiles, their connections and a few pending
 * invitations of the demo account, and a few company pages. Every demo account has the same password.
 */
export async function seedDemoData(db: DataSource, logger: Logger): Promise<void> {
  const people = demoPeople();
  const profiles = demoProfiles(people);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (manager) => {
    const members: { id: string }[] = await manager.query(
      `INSERT INTO member (handle, first_name, last_name, headline, about, city, region, country, industry)
       SELECT handle, first_name, last_name, headline, about, city, region, country, industry
       FROM jsonb_to_recordset($1::jsonb) AS p(handle text, first_name text, last_name text,
         headline text, about text, city text, region text, country text, industry text, n int)
       ORDER BY n RETURNING id`,
      [
        JSON.stringify(
          people.map((person, i) => {
            const { headline, about, place, industry } = profiles[i]!;
            const [city, region, country] = place;
            const { handle, firstName: first_name, lastName: last_name } = person;
            return { n: i, handle, first_name, last_name, headline, about, city, region, country, industry };
          }),
        ),
      ],
    );
    const ids = members.map((m) => m.id);
    await manager.query(
      `INSERT INTO account (member_id, email, password_hash)
       SELECT id, email, $3 FROM unnest($1::bigint[], $2::text[]) AS t(id, email)`,
      [ids, people.map((p) => p.email), passwordHash],
    );
    await insertProfiles(manager, ids, profiles);
    await connectDemoNetwork(manager, ids);
    await seedDemoCompanies(manager, ids);
    // After the companies: postings go to the companies already there.
    await seedJobPostings(manager);
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
