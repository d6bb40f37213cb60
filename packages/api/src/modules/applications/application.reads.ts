import { APPLICATION_STAGES, type ApplicationStage, type ScreeningKind } from '@carnet/shared';
import { In, type DataSource } from 'typeorm';
import {
  ApplicationCvEntity,
  ApplicationNoteEntity,
  ApplicationStageEntity,
  JobApplicationEntity,
} from './application.entity';

/** An answer with its question, read together since every answer is shown under its question. */
export interface AnswerRow {
  applicationId: string;
  questionId: string;
  kind: ScreeningKind;
  prompt: string;
  required: boolean;
  position: number;
  yesNo: boolean | null;
  text: string | null;
  number: number | null;
}

export interface StageCount {
  stage: ApplicationStage;
  count: number;
}

/** Rows of several keys in the order of the keys asked: a DataLoader batch. */
function inKeyOrder<E>(keys: readonly string[], rows: E[], keyOf: (row: E) => string): (E | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

function groupedBy<E>(keys: readonly string[], rows: E[], keyOf: (row: E) => string): E[][] {
  const groups = new Map<string, E[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

/**
 * What the applications module reads in batches, each one statement for a whole page. The screening questions
 * belong to the jobs module: they are read here, never written, because the application form and the answers
 * need them on every page.
 */
export class ApplicationReads {
  constructor(private readonly db: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<(JobApplicationEntity | null)[]> {
    const rows = await this.db.getRepository(JobApplicationEntity).findBy({ id: In([...ids]) });
    return inKeyOrder(ids, rows, (row) => row.id);
  }

  async hasApplied(memberId: string, postingId: string): Promise<boolean> {
    return this.db.getRepository(JobApplicationEntity).existsBy({ memberId, postingId });
  }

  /** The viewer's application to each posting, or null. */
  async applicationsTo(memberId: string, postingIds: readonly string[]): Promise<(JobApplicationEntity | null)[]> {
    const rows = await this.db.getRepository(JobApplicationEntity).findBy({ memberId, postingId: In([...postingIds]) });
    return inKeyOrder(postingIds, rows, (row) => row.postingId);
  }

  /** How many applications each posting has, withdrawn ones aside: a number, never who. */
  async applicantCounts(postingIds: readonly string[]): Promise<number[]> {
    const rows = await this.db.query<{ postingId: string; count: number }[]>(
      `SELECT posting_id::text AS "postingId", count(*)::int AS count FROM job_application
       WHERE posting_id = ANY($1::bigint[]) AND stage <> $2 GROUP BY posting_id`,
      [postingIds, APPLICATION_STAGES.WITHDRAWN],
    );
    return inKeyOrder(postingIds, rows, (row) => row.postingId).map((row) => row?.count ?? 0);
  }

  /** How many applications each posting has in each stage (stages without any left out). */
  async stageCounts(postingIds: readonly string[]): Promise<StageCount[][]> {
    const rows = await this.db.query<(StageCount & { postingId: string })[]>(
      `SELECT posting_id::text AS "postingId", stage, count(*)::int AS count FROM job_application
       WHERE posting_id = ANY($1::bigint[]) GROUP BY posting_id, stage`,
      [postingIds],
    );
    return groupedBy(postingIds, rows, (row) => row.postingId).map((own) =>
      own.map(({ stage, count }) => ({ stage, count })),
    );
  }

  async answersOf(applicationIds: readonly string[]): Promise<AnswerRow[][]> {
    const rows = await this.db.query<AnswerRow[]>(
      `SELECT a.application_id::text AS "applicationId", a.question_id::text AS "questionId", a.kind,
         q.prompt, q.required, q.position, a.yes_no AS "yesNo", a.text_value AS text, a.number_value::float8 AS number
       FROM job_application_answer a JOIN job_screening_question q ON q.id = a.question_id
       WHERE a.application_id = ANY($1::bigint[])
       ORDER BY a.application_id, q.position`,
      [applicationIds],
    );
    return groupedBy(applicationIds, rows, (row) => row.applicationId);
  }

  /** Each application's notes, oldest first. */
  async notesOf(applicationIds: readonly string[]): Promise<ApplicationNoteEntity[][]> {
    const rows = await this.db.query<ApplicationNoteEntity[]>(
      `SELECT id::text, application_id::text AS "applicationId", author_id::text AS "authorId", text,
         created_at AS "createdAt"
       FROM job_application_note WHERE application_id = ANY($1::bigint[]) ORDER BY created_at, id`,
      [applicationIds],
    );
    return groupedBy(applicationIds, rows, (row) => row.applicationId);
  }

  /** Each application's stages, in the order it entered them. */
  async historyOf(applicationIds: readonly string[]): Promise<ApplicationStageEntity[][]> {
    const rows = await this.db.query<ApplicationStageEntity[]>(
      `SELECT id::text, application_id::text AS "applicationId", stage, at
       FROM job_application_stage WHERE application_id = ANY($1::bigint[]) ORDER BY at, id`,
      [applicationIds],
    );
    return groupedBy(applicationIds, rows, (row) => row.applicationId);
  }

  /** The CVs without their bytes. */
  async cvsByIds(ids: readonly string[]): Promise<(ApplicationCvEntity | null)[]> {
    const rows = await this.db.query<ApplicationCvEntity[]>(
      `SELECT id::text, member_id::text AS "memberId", file_name AS "fileName", byte_size AS "byteSize", sha256,
         created_at AS "createdAt"
       FROM job_application_cv WHERE id = ANY($1::bigint[])`,
      [ids],
    );
    return inKeyOrder(ids, rows, (row) => row.id);
  }
}
