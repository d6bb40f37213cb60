import {
  APPLICATION_STAGES,
  canWithdraw,
  checkNote,
  checkRejectionMessage,
  normalizeApplication,
  normalizeParagraphs,
  USER_ERROR_CODES,
  validateApplication,
  type AnswerFields,
  type ApplicationFields,
  type ApplicationStage,
  type UserErrorDraft,
} from '@carnet/shared';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { isForeignKeyViolation } from '../../db/errors';
import { paginate, type ConnectionArgs, type Page } from '../../graphql/relay';
import type { CompanyService } from '../companies/company.service';
import { takesApplications } from '../jobs/job-posting.policy';
import type { JobPostingService } from '../jobs/job-posting.service';
import type { MediaService } from '../media/media.service';
import { JobApplicationEntity } from './application.entity';
import { ApplicationCvStore } from './application-cv.store';
import { takeSnapshot, type ProfileSources } from './application.snapshot';
import { ApplicationReads } from './application.reads';

/** Where the CV of an application comes from: the profile's current one, or a PDF uploaded for applying. */
export interface CvChoice {
  useProfileCv: boolean;
  uploadedCvId: string | null;
}

export interface ApplyInput extends ApplicationFields {
  postingId: string;
  cv: CvChoice;
}

/** Why an action is refused outright, rather than with userErrors. */
export type Refusal = 'NOT_FOUND' | 'FORBIDDEN';

export type Outcome<T> =
  { ok: true; value: T } | { ok: false; errors: UserErrorDraft[] } | { ok: false; refused: Refusal };

const fail = (field: string, code: UserErrorDraft['code']): { ok: false; errors: UserErrorDraft[] } => ({
  ok: false,
  errors: [{ field, code }],
});

/** Raised inside a transaction to roll it back when the database says the member already applied. */
class AlreadyApplied extends Error {}

const INSERT_APPLICATION = `
  INSERT INTO job_application (posting_id, member_id, cover_letter, snapshot, cv_id, contact_email, contact_phone)
  VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (posting_id, member_id) DO NOTHING
  RETURNING id`;

const INSERT_ANSWERS = `
  INSERT INTO job_application_answer (application_id, question_id, kind, yes_no, text_value, number_value)
  SELECT $1, q, k, y, t, n FROM unnest($2::bigint[], $3::text[], $4::boolean[], $5::text[], $6::numeric[]) AS a(q, k, y, t, n)`;

/**
 * Applications to job postings: applying with a profile snapshot, a CV and answers; the candidate's withdrawal;
 * the recruiters' pipeline (stages, notes, rejections). Every change writes its stage history in the same
 * transaction.
 */
export class ApplicationService {
  readonly reads: ApplicationReads;
  readonly cvs: ApplicationCvStore;

  constructor(
    private readonly db: DataSource,
    private readonly postings: JobPostingService,
    private readonly companies: CompanyService,
    media: MediaService,
    private readonly profiles: ProfileSources,
  ) {
    this.reads = new ApplicationReads(db);
    this.cvs = new ApplicationCvStore(db, media);
  }

  /**
   * Checks everything that can be checked before writing (the posting takes applications, the answers fit its
   * questions, the CV exists), then writes the CV copy, the application, its answers and its first stage in one
   * transaction. A second application, even a concurrent one, is ALREADY_APPLIED and leaves nothing behind.
   */
  async apply(memberId: string, raw: ApplyInput): Promise<Outcome<JobApplicationEntity>> {
    const [posting] = await this.postings.findByIds([raw.postingId]);
    if (!posting || posting.state === 'DRAFT') return { ok: false, refused: 'NOT_FOUND' };
    if (!takesApplications(posting, new Date())) return fail('', USER_ERROR_CODES.JOB_CLOSED);
    const fields = normalizeApplication(raw);
    const [questions = []] = await this.postings.questionsOf([posting.id]);
    const errors = validateApplication(fields, questions);
    if (errors.length) return { ok: false, errors };
    if (await this.reads.hasApplied(memberId, posting.id)) return fail('', USER_ERROR_CODES.ALREADY_APPLIED);
    const cv = await this.cvs.choose(memberId, raw.cv);
    if (!cv.ok) return cv;
    const snapshot = await takeSnapshot(this.profiles, memberId);
    if (!snapshot) return { ok: false, refused: 'NOT_FOUND' };
    try {
      const id = await this.db.transaction(async (manager) => {
        const cvId = await cv.value.save(manager);
        const [row] = await manager.query<{ id: string }[]>(INSERT_APPLICATION, [
          posting.id,
          memberId,
          fields.coverLetter,
          snapshot,
          cvId,
          fields.contactEmail,
          fields.contactPhone,
        ]);
        if (!row) throw new AlreadyApplied();
        await this.insertAnswers(manager, row.id, fields.answers, questions);
        await this.recordStage(manager, row.id, APPLICATION_STAGES.NEW);
        return String(row.id);
      });
      return { ok: true, value: (await this.reads.findByIds([id]))[0]! };
    } catch (error) {
      if (error instanceof AlreadyApplied) return fail('', USER_ERROR_CODES.ALREADY_APPLIED);
      // An upload left unused for a day may be dropped by the member's next upload, between check and write.
      if (isForeignKeyViolation(error, 'job_application_cv_id_fkey')) return fail('cv', USER_ERROR_CODES.CV_NOT_FOUND);
      throw error;
    }
  }

  private async insertAnswers(
    manager: EntityManager,
    applicationId: string,
    answers: readonly AnswerFields[],
    questions: readonly { id: string; kind: string }[],
  ): Promise<void> {
    const kinds = new Map(questions.map((q) => [q.id, q.kind]));
    const given = answers.filter((a) => a.yesNo != null || a.text != null || a.number != null);
    if (!given.length) return;
    await manager.query(INSERT_ANSWERS, [
      applicationId,
      given.map((a) => a.questionId),
      given.map((a) => kinds.get(a.questionId)),
      given.map((a) => a.yesNo ?? null),
      given.map((a) => a.text ?? null),
      given.map((a) => (a.number == null ? null : String(a.number))),
    ]);
  }

  private recordStage(manager: EntityManager, applicationId: string, stage: ApplicationStage): Promise<unknown> {
    return manager.query(`INSERT INTO job_application_stage (application_id, stage) VALUES ($1, $2)`, [
      applicationId,
      stage,
    ]);
  }

  /** The candidate withdraws their application, until a decision is made. */
  async withdraw(memberId: string, applicationId: string): Promise<Outcome<JobApplicationEntity>> {
    const [application] = await this.reads.findByIds([applicationId]);
    if (!application || application.memberId !== memberId) return { ok: false, refused: 'NOT_FOUND' };
    return this.changeStage(application.id, APPLICATION_STAGES.WITHDRAWN, null, (stage) =>
      canWithdraw(stage) ? null : USER_ERROR_CODES.APPLICATION_DECIDED,
    );
  }

  /** A recruiter moves an application to another stage of the pipeline; a withdrawn one stays withdrawn. */
  async move(viewerId: string, applicationId: string, stage: ApplicationStage): Promise<Outcome<JobApplicationEntity>> {
    const application = await this.managed(viewerId, applicationId);
    if (!application.ok) return application;
    if (stage === APPLICATION_STAGES.WITHDRAWN) return fail('stage', USER_ERROR_CODES.INVALID_CHOICE);
    return this.changeStage(application.value.id, stage, null, stillActive);
  }

  /** A recruiter rejects an application, with a message for the candidate or without. */
  async reject(
    viewerId: string,
    applicationId: string,
    rawMessage: string | null,
  ): Promise<Outcome<JobApplicationEntity>> {
    const application = await this.managed(viewerId, applicationId);
    if (!application.ok) return application;
    const message = normalizeParagraphs(rawMessage);
    const errors = checkRejectionMessage(message);
    if (errors.length) return { ok: false, errors };
    return this.changeStage(application.value.id, APPLICATION_STAGES.REJECTED, message, stillActive);
  }

  /** A recruiter's private note on an application. */
  async addNote(viewerId: string, applicationId: string, rawText: string): Promise<Outcome<JobApplicationEntity>> {
    const application = await this.managed(viewerId, applicationId);
    if (!application.ok) return application;
    const text = normalizeParagraphs(rawText) ?? '';
    const errors = checkNote(text);
    if (errors.length) return { ok: false, errors };
    await this.db.query(`INSERT INTO job_application_note (application_id, author_id, text) VALUES ($1, $2, $3)`, [
      application.value.id,
      viewerId,
      text,
    ]);
    return application;
  }

  /** The application when the viewer is an admin or recruiter of its posting's company; FORBIDDEN for anyone else. */
  private async managed(viewerId: string, applicationId: string): Promise<Outcome<JobApplicationEntity>> {
    const [application] = await this.reads.findByIds([applicationId]);
    if (!application) return { ok: false, refused: 'NOT_FOUND' };
    const [posting] = await this.postings.findByIds([application.postingId]);
    if (!(await this.companies.canManageJobs(viewerId, posting!.companyId))) return { ok: false, refused: 'FORBIDDEN' };
    return { ok: true, value: application };
  }

  /**
   * Sets the stage (and the rejection message, kept only while REJECTED) and records it in the history, in one
   * transaction that locks the row, so that a withdrawal and a recruiter's move never cross. Moving to the stage
   * it is already in changes nothing but the message.
   */
  private async changeStage(
    applicationId: string,
    stage: ApplicationStage,
    message: string | null,
    refusalFrom: (current: ApplicationStage) => UserErrorDraft['code'] | null,
  ): Promise<Outcome<JobApplicationEntity>> {
    const refusal = await this.db.transaction(async (manager) => {
      const [current] = await manager.query<{ stage: ApplicationStage }[]>(
        `SELECT stage FROM job_application WHERE id = $1 FOR UPDATE`,
        [applicationId],
      );
      const code = refusalFrom(current!.stage);
      if (code) return code;
      await manager.query(
        `UPDATE job_application SET stage = $2, rejection_message = $3, updated_at = now() WHERE id = $1`,
        [applicationId, stage, message],
      );
      if (current!.stage !== stage) await this.recordStage(manager, applicationId, stage);
      return null;
    });
    if (refusal) return fail('', refusal);
    return { ok: true, value: (await this.reads.findByIds([applicationId]))[0]! };
  }

  /** The applications of one posting, newest first, in the chosen stages (all when null). */
  applicantsOf(postingId: string, stages: readonly ApplicationStage[] | null, args: ConnectionArgs) {
    const query = this.db
      .getRepository(JobApplicationEntity)
      .createQueryBuilder('a')
      .where('a.posting_id = :postingId', { postingId });
    if (stages?.length) query.andWhere('a.stage IN (:...stages)', { stages });
    return this.newestFirst(query, args);
  }

  /** The member's own applications, newest first. */
  applicationsOf(memberId: string, args: ConnectionArgs): Promise<Page<JobApplicationEntity>> {
    const query = this.db
      .getRepository(JobApplicationEntity)
      .createQueryBuilder('a')
      .where('a.member_id = :memberId', { memberId });
    return this.newestFirst(query, args);
  }

  private newestFirst(query: SelectQueryBuilder<JobApplicationEntity>, args: ConnectionArgs) {
    return paginate(
      query,
      { columns: ['a.created_at', 'a.id'], keyOf: (a) => [a.createdAt.toISOString(), a.id], descending: true },
      args,
    );
  }
}

const stillActive = (current: ApplicationStage) =>
  current === APPLICATION_STAGES.WITHDRAWN ? USER_ERROR_CODES.APPLICATION_WITHDRAWN : null;
