import { APPLICATION_STAGES, type ApplicationStage, type ScreeningKind } from '@carnet/shared';
import { In, type DataSource } from 'typeorm';
import { JobApplicationEntity } from './application.entity';

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

export interface StageEntry {
  stage: ApplicationStage;
  at: Date;
}

export interface NoteRow {
  id: string;
  authorId: string | null;
  text: string;
  createdAt: Date;
}

export interface ApplicationDetails {
  cvFileName: string;
  answers: AnswerRow[];
  history: StageEntry[];
  notes: NoteRow[];
}

/** JSON gives dates as text. */
type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };

interface DetailsRow {
  id: string;
  cvFileName: string;
  answers: Omit<AnswerRow, 'applicationId'>[];
  history: Json<StageEntry>[];
  notes: Json<NoteRow>[];
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

  /**
   * Everything shown under each application: its CV's file name, the answers with their questions (in the
   * questions' order), the stages it went through and the recruiters' notes (oldest first); one statement for
   * a whole page.
   */
  async detailsOf(applicationIds: readonly string[]): Promise<ApplicationDetails[]> {
    const rows = await this.db.query<DetailsRow[]>(
      `SELECT a.id::text AS id, cv.file_name AS "cvFileName",
         coalesce((SELECT json_agg(json_build_object('questionId', an.question_id::text, 'kind', an.kind,
             'prompt', q.prompt, 'required', q.required, 'position', q.position, 'yesNo', an.yes_no,
             'text', an.text_value, 'number', an.number_value::float8) ORDER BY q.position)
           FROM job_application_answer an JOIN job_screening_question q ON q.id = an.question_id
           WHERE an.application_id = a.id), '[]') AS answers,
         coalesce((SELECT json_agg(json_build_object('stage', st.stage, 'at', st.at) ORDER BY st.at, st.id)
           FROM job_application_stage st WHERE st.application_id = a.id), '[]') AS history,
         coalesce((SELECT json_agg(json_build_object('id', n.id::text, 'authorId', n.author_id::text, 'text', n.text,
             'createdAt', n.created_at) ORDER BY n.created_at, n.id)
           FROM job_application_note n WHERE n.application_id = a.id), '[]') AS notes
       FROM job_application a JOIN job_application_cv cv ON cv.id = a.cv_id
       WHERE a.id = ANY($1::bigint[])`,
      [applicationIds],
    );
    return inKeyOrder(applicationIds, rows, (row) => row.id).map((row) => ({
      cvFileName: row?.cvFileName ?? '',
      answers: (row?.answers ?? []).map((answer) => ({ ...answer, applicationId: row!.id })),
      history: (row?.history ?? []).map(({ stage, at }) => ({ stage, at: new Date(at) })),
      notes: (row?.notes ?? []).map((note) => ({ ...note, createdAt: new Date(note.createdAt) })),
    }));
  }
}
