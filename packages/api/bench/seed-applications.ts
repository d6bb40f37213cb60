import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { minimalPdf } from '../test/files';
import { FIRST_NAMES, LAST_NAMES, PLACES, SCHOOLS, TITLES } from './seed-profiles';

export interface SeedApplicantsOptions {
  postingId: string;
  /** How many distinct new members apply. */
  count: number;
  /** Who writes the notes (a recruiter of the posting's company); no notes when null. */
  noteAuthorId: string | null;
  /** How many members already there each applicant is connected to (none by default). */
  connections?: number;
}

export interface SeededApplicants {
  applications: number;
  answers: number;
  notes: number;
}

const PIPELINE = [
  'NEW',
  'NEW',
  'NEW',
  'REVIEWED',
  'SHORTLISTED',
  'INTERVIEW',
  'OFFER',
  'HIRED',
  'REJECTED',
  'WITHDRAWN',
];

/** New members, each with a CV copy and an application carrying a profile snapshot, one minute apart. */
const APPLICATIONS = `
  WITH people AS (
    SELECT n, $3 || '-' || n AS handle, $4::text[] AS first_names, $5::text[] AS last_names
    FROM generate_series(1, $2::int) n
  ), members AS (
    INSERT INTO member (handle, first_name, last_name, headline, city, country)
    SELECT handle, first_names[1 + n % cardinality(first_names)], last_names[1 + (n / 7) % cardinality(last_names)],
      ($6::text[])[1 + n % cardinality($6::text[])], split_part(($7::text[])[1 + n % cardinality($7::text[])], '|', 1), 'FR'
    FROM people
    RETURNING id, handle, first_name, last_name, headline, city
  ), cvs AS (
    INSERT INTO job_application_cv (member_id, file_name, byte_size, sha256, bytes)
    SELECT id, 'cv-' || handle || '.pdf', octet_length($8::bytea), encode(sha256($8::bytea), 'hex'), $8::bytea
    FROM members
    RETURNING id, member_id
  )
  INSERT INTO job_application (posting_id, member_id, stage, cover_letter, snapshot, cv_id, contact_email, created_at)
  SELECT $1, m.id, ($9::text[])[1 + m.id % cardinality($9::text[])],
    CASE WHEN m.id % 2 = 0 THEN 'Bonjour, votre offre correspond à mon parcours. Bien cordialement.' END,
    jsonb_build_object('handle', m.handle, 'firstName', m.first_name, 'lastName', m.last_name,
      'headline', m.headline, 'location', jsonb_build_object('city', m.city, 'region', null, 'country', 'FR'),
      'currentPosition', jsonb_build_object('title', m.headline, 'companyName', 'Carnet'),
      'experiences', jsonb_build_array(jsonb_build_object('title', m.headline, 'companyName', 'Carnet',
        'location', m.city, 'startMonth', '2021-03', 'endMonth', null, 'current', true, 'description', null)),
      'education', jsonb_build_array(jsonb_build_object('school', ($10::text[])[1 + m.id % cardinality($10::text[])],
        'degree', 'Master', 'fieldOfStudy', null, 'startYear', 2015, 'endYear', 2017)),
      'skills', jsonb_build_array('SQL', 'TypeScript', 'Gestion de projet'),
      'languages', jsonb_build_array(jsonb_build_object('code', 'fr', 'proficiency', 'NATIVE'))),
    c.id, m.handle || '@bench.carnet.fr', now() - make_interval(mins => m.id::int % 100000)
  FROM members m JOIN cvs c ON c.member_id = m.id`;

const HISTORY = `
  INSERT INTO job_application_stage (application_id, stage, at)
  SELECT a.id, s.stage, a.created_at + s.step * interval '1 hour'
  FROM job_application a
  CROSS JOIN LATERAL (VALUES ('NEW', 0), (a.stage, 1)) AS s(stage, step)
  WHERE a.posting_id = $1 AND a.contact_email LIKE $2 AND (s.step = 0 OR a.stage <> 'NEW')`;

/** Two answers in three: every question of the posting, with the value of its kind. */
const ANSWERS = `
  INSERT INTO job_application_answer (application_id, question_id, kind, yes_no, text_value, number_value)
  SELECT a.id, q.id, q.kind,
    CASE WHEN q.kind = 'YES_NO' THEN a.id % 2 = 0 END,
    CASE WHEN q.kind = 'SHORT_TEXT' THEN 'Disponible sous un mois' END,
    CASE WHEN q.kind = 'NUMBER' THEN a.id % 15 END
  FROM job_application a JOIN job_screening_question q ON q.posting_id = a.posting_id
  WHERE a.posting_id = $1 AND a.contact_email LIKE $2 AND a.id % 3 <> 0`;

/** A note on every other application. */
const NOTES = `
  INSERT INTO job_application_note (application_id, author_id, text)
  SELECT a.id, $3, 'Profil intéressant, à rappeler.'
  FROM job_application a WHERE a.posting_id = $1 AND a.contact_email LIKE $2 AND a.id % 2 = 0`;

/** Connects each applicant of this run to $3 members who are not applicants of it, spread by a hash. */
const CONNECTIONS = `
  WITH applicants AS (SELECT member_id AS id FROM job_application WHERE posting_id = $1 AND contact_email LIKE $2),
  others AS (SELECT array_agg(id ORDER BY id) AS ids FROM member WHERE id NOT IN (SELECT id FROM applicants)),
  pairs AS (
    SELECT DISTINCT a.id, o.ids[1 + (hashint8(a.id * 1000 + k)::bigint + 2147483648) % cardinality(o.ids)] AS peer
    FROM applicants a CROSS JOIN others o CROSS JOIN generate_series(1, $3::int) k)
  INSERT INTO connection (member_id, peer_id)
  SELECT id, peer FROM pairs UNION ALL SELECT peer, id FROM pairs
  ON CONFLICT DO NOTHING`;

/**
 * Adds `count` applicants to one posting with a few set-based statements: distinct new members, their CVs,
 * applications in every stage with profile snapshots and histories, answers to the posting's screening
 * questions, recruiters' notes and, when asked, connections to the members already there. Run it inside a
 * transaction.
 */
export async function seedApplicants(
  manager: EntityManager,
  options: SeedApplicantsOptions,
): Promise<SeededApplicants> {
  const tag = `ap-${randomBytes(3).toString('hex')}`;
  const ofThisRun = `${tag}-%@bench.carnet.fr`;
  await manager.query(APPLICATIONS, [
    options.postingId,
    options.count,
    tag,
    FIRST_NAMES,
    LAST_NAMES,
    TITLES,
    PLACES,
    minimalPdf(),
    PIPELINE,
    SCHOOLS,
  ]);
  await manager.query(HISTORY, [options.postingId, ofThisRun]);
  if (options.connections) await manager.query(CONNECTIONS, [options.postingId, ofThisRun, options.connections]);
  const answers = await manager.query<unknown[]>(`${ANSWERS} RETURNING 1`, [options.postingId, ofThisRun]);
  const notes = options.noteAuthorId
    ? await manager.query<unknown[]>(`${NOTES} RETURNING 1`, [options.postingId, ofThisRun, options.noteAuthorId])
    : [];
  return { applications: options.count, answers: answers.length, notes: notes.length };
}
