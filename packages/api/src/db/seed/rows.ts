import { companyNameKey, skillKey } from '@carnet/shared';
import type { EntityManager } from 'typeorm';
import { COMMON_SKILLS, TRACKS } from './catalogue';
import type { DemoProfile } from './profiles';

type Row = Record<string, unknown>;

/** One row per item of each member's list, with the member's id and the item's position in it. */
function rowsOf<T>(ids: string[], profiles: DemoProfile[], list: (profile: DemoProfile) => T[], row: (item: T) => Row) {
  return ids.flatMap((member_id, i) =>
    list(profiles[i]!).map((item, position) => ({ member_id, position, ...row(item) })),
  );
}

/** Inserts rows given as JSON objects in one statement; `record` names and types the columns to read. */
async function insertRows(manager: EntityManager, table: string, record: string, rows: Row[]): Promise<void> {
  const columns = record.split(',').map((column) => column.trim().split(' ')[0]);
  await manager.query(
    `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${record})`,
    [JSON.stringify(rows)],
  );
}

/** Every list of the demo profiles, one set-based statement per table. */
export async function insertProfiles(manager: EntityManager, ids: string[], profiles: DemoProfile[]): Promise<void> {
  const experiences = rowsOf(
    ids,
    profiles,
    (p) => p.experiences,
    (job) => ({
      title: job.title,
      company_name: job.company,
      company_key: companyNameKey(job.company),
      location: job.city,
      start_month: job.start,
      end_month: job.end,
      is_current: job.end === null,
    }),
  );
  await insertRows(
    manager,
    'experience',
    `member_id bigint, title text, company_name text, company_key text, location text,
    start_month date, end_month date, is_current boolean`,
    experiences,
  );

  const education = rowsOf(
    ids,
    profiles,
    (p) => p.education,
    (school) => ({
      school: school.school,
      degree: school.degree,
      field_of_study: school.field,
      start_year: school.startYear,
      end_year: school.endYear,
    }),
  );
  await insertRows(
    manager,
    'education',
    `member_id bigint, school text, degree text, field_of_study text,
    start_year smallint, end_year smallint`,
    education,
  );

  const catalogue = [...new Set([...TRACKS.flatMap((track) => track.skills), ...COMMON_SKILLS])];
  await manager.query(
    `INSERT INTO skill (name, key) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (key) DO NOTHING`,
    [catalogue, catalogue.map(skillKey)],
  );
  const skills = rowsOf(
    ids,
    profiles,
    (p) => p.skills,
    (name) => ({ key: skillKey(name) }),
  );
  await manager.query(
    `INSERT INTO member_skill (member_id, skill_id, position)
     SELECT r.member_id, s.id, r.position FROM jsonb_to_recordset($1::jsonb) AS r(member_id bigint, key text, position smallint)
     JOIN skill s ON s.key = r.key`,
    [JSON.stringify(skills)],
  );

  const languages = rowsOf(
    ids,
    profiles,
    (p) => p.languages,
    (language) => language,
  );
  await insertRows(
    manager,
    'member_language',
    'member_id bigint, code text, proficiency text, position smallint',
    languages,
  );

  const certifications = rowsOf(
    ids,
    profiles,
    (p) => p.certifications,
    (certification) => ({
      name: certification.name,
      issuing_organization: certification.issuer,
      issue_month: certification.issueMonth,
    }),
  );
  await insertRows(
    manager,
    'certification',
    'member_id bigint, name text, issuing_organization text, issue_month date',
    certifications,
  );

  const links = rowsOf(
    ids,
    profiles,
    (p) => p.links,
    (link) => link,
  );
  await insertRows(manager, 'member_link', 'member_id bigint, position smallint, kind text, url text', links);

  const openToWork = rowsOf(
    ids,
    profiles,
    (p) => (p.openToWork ? [p.openToWork] : []),
    (wish) => ({
      job_titles: wish.jobTitles,
      locations: wish.locations,
      contract_types: wish.contractTypes,
      workplace_types: wish.workplaceTypes,
      visible_to: 'ALL_MEMBERS',
    }),
  );
  await insertRows(
    manager,
    'open_to_work',
    `member_id bigint, job_titles text[], locations text[],
    contract_types text[], workplace_types text[], visible_to text`,
    openToWork,
  );
}
