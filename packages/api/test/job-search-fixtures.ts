import { skillKey } from '@carnet/shared';
import { dbId } from './factories';
import { buildJobPosting, type PostingFields } from './job-factories';
import type { TestServer } from './server';

/** What search filters read beyond the base factory's fields. */
export interface SearchPostingFields extends PostingFields {
  region: string | null;
  seniority: string | null;
  jobFunction: string | null;
  salary: { min: number | null; max: number | null; currency: string; period: string } | null;
  /** Published this many hours ago. */
  hoursAgo: number;
  skills: string[];
}

/** The skill ids of these names, created in the catalogue when missing. */
export async function skillIds(server: TestServer, names: string[]): Promise<string[]> {
  const rows = await server.db.query<{ id: string; name: string }[]>(
    `WITH wanted AS (SELECT * FROM unnest($1::text[], $2::text[]) AS t(name, key)),
     added AS (INSERT INTO skill (name, key) SELECT name, key FROM wanted ON CONFLICT (key) DO NOTHING RETURNING id, key)
     SELECT coalesce(a.id, s.id)::text AS id, w.name FROM wanted w
     LEFT JOIN added a ON a.key = w.key LEFT JOIN skill s ON s.key = w.key`,
    [names, names.map(skillKey)],
  );
  return names.map((name) => rows.find((row) => row.name === name)!.id);
}

/** A posting with every searchable field set, written straight to the database like buildJobPosting. */
export async function buildSearchPosting(
  server: TestServer,
  company: { id: string },
  overrides: Partial<SearchPostingFields> = {},
) {
  const { region = null, seniority = null, jobFunction = null, salary = null, hoursAgo = 1, skills = [] } = overrides;
  const posting = await buildJobPosting(server, company, overrides);
  await server.db.query(
    `UPDATE job_posting SET region = $2, seniority = $3, job_function = $4, salary_min = $5, salary_max = $6,
       salary_currency = $7, salary_period = $8,
       published_at = CASE WHEN state <> 'DRAFT' THEN now() - make_interval(hours => $9) END
     WHERE id = $1`,
    [
      posting.id,
      region,
      seniority,
      jobFunction,
      salary?.min ?? null,
      salary?.max ?? null,
      salary?.currency ?? null,
      salary?.period ?? null,
      hoursAgo,
    ],
  );
  if (skills.length) {
    const ids = await skillIds(server, skills);
    await server.db.query(
      `INSERT INTO job_posting_skill (posting_id, skill_id, position)
       SELECT $1, skill_id, position - 1 FROM unnest($2::bigint[]) WITH ORDINALITY AS s(skill_id, position)`,
      [posting.id, ids],
    );
  }
  return posting;
}

/** A current job of the member at a company page (what "in my network" and network reasons read). */
export async function workAt(
  server: TestServer,
  member: { member: { id: string } },
  company: { id: string; name: string },
) {
  await server.db.query(
    `INSERT INTO experience (member_id, title, company_name, company_id, start_month, is_current)
     VALUES ($1, 'Ingénieure', $2, $3, date '2024-01-01', true)`,
    [dbId(member.member.id), company.name, company.id],
  );
}
