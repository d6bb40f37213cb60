import {
  checkPublishable,
  defaultJobExpiry,
  JOB_STATES,
  normalizeJobPosting,
  USER_ERROR_CODES,
  validateJobPosting,
  type JobPostingFields,
  type UserErrorDraft,
} from '@carnet/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { CompanyService } from '../companies/company.service';
import type { SkillService } from '../skills/skill.service';
import { descriptionText, sanitizeDescription } from './description';
import { JobPostingEntity, ScreeningQuestionEntity } from './job-posting.entity';
import { effectiveJobState, managesJobs } from './job-posting.policy';
import { JobPostingQueries } from './job-posting.queries';
import { planQuestions, type QuestionPlan } from './screening-questions';

export interface PostingSkill {
  name: string;
  position: number;
}

/** Why a member may not touch a posting: a draft they may not see does not exist for them. */
export type PostingDenial = 'NOT_FOUND' | 'FORBIDDEN';

export type PostingResult =
  | { ok: true; posting: JobPostingEntity }
  | { ok: false; errors: UserErrorDraft[] }
  | { ok: false; denied: PostingDenial };

type Prepared = { ok: true; fields: JobPostingFields } | { ok: false; errors: UserErrorDraft[] };

/** A lifecycle step: the columns it changes, or why it cannot happen now. */
type Transition = (posting: JobPostingEntity, now: Date) => Partial<JobPostingEntity> | UserErrorDraft[];

const error = (code: UserErrorDraft['code']): UserErrorDraft[] => [{ field: 'id', code }];

/** Job postings: writing them, their lifecycle and who may manage them. */
export class JobPostingService {
  /** Lists of postings, for company pages and recruiters' dashboards. */
  readonly lists: JobPostingQueries;

  constructor(
    private readonly db: DataSource,
    private readonly companies: CompanyService,
    private readonly skills: SkillService,
  ) {
    this.lists = new JobPostingQueries(db);
  }

  async findByIds(ids: readonly string[]): Promise<(JobPostingEntity | null)[]> {
    const rows = await this.db.getRepository(JobPostingEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Whether the member is an admin or recruiter of the posting's company. */
  async canManage(memberId: string, posting: Pick<JobPostingEntity, 'companyId'>): Promise<boolean> {
    return this.companies.canManageJobs(memberId, posting.companyId);
  }

  /** Each posting's required skills in their order; one query for all the postings. */
  async skillsOf(postingIds: readonly string[]): Promise<PostingSkill[][]> {
    const rows = await this.db.query<(PostingSkill & { posting_id: string })[]>(
      `SELECT ps.posting_id::text AS posting_id, s.name, ps.position
       FROM job_posting_skill ps JOIN skill s ON s.id = ps.skill_id
       WHERE ps.posting_id = ANY($1::bigint[])
       ORDER BY ps.posting_id, ps.position`,
      [postingIds],
    );
    const byPosting = new Map<string, PostingSkill[]>(postingIds.map((id) => [id, []]));
    for (const { posting_id: postingId, ...skill } of rows) byPosting.get(postingId)?.push(skill);
    return postingIds.map((id) => byPosting.get(id)!);
  }

  /** Each posting's screening questions in their order. */
  async questionsOf(postingIds: readonly string[]): Promise<ScreeningQuestionEntity[][]> {
    const rows = await this.db
      .getRepository(ScreeningQuestionEntity)
      .find({ where: { postingId: In([...postingIds]) }, order: { postingId: 'ASC', position: 'ASC' } });
    return postingIds.map((id) => rows.filter((row) => row.postingId === id));
  }

  /** A new posting of the company, a draft unless `publish`; its skills join the catalogue when new. */
  async create(
    memberId: string,
    companyId: string,
    raw: JobPostingFields,
    publish: boolean,
    now = new Date(),
  ): Promise<PostingResult> {
    const [company] = await this.companies.findByIds([companyId]);
    if (!company) return { ok: false, denied: 'NOT_FOUND' };
    if (!(await this.companies.canManageJobs(memberId, companyId))) return { ok: false, denied: 'FORBIDDEN' };
    const prepared = prepare(
      { ...raw, screeningQuestions: raw.screeningQuestions.map((q) => ({ ...q, id: null })) },
      now,
    );
    if (!prepared.ok) return prepared;
    const { fields } = prepared;
    if (publish) {
      const errors = checkPublishable(descriptionText(fields.descriptionHtml));
      if (errors.length) return { ok: false, errors };
    }
    const questions = planQuestions([], fields.screeningQuestions);
    if ('errors' in questions) return { ok: false, errors: questions.errors };
    const id = await this.db.transaction(async (manager) => {
      const row = {
        ...columnsOf(fields),
        companyId,
        postedBy: memberId,
        expiresAt: fields.expiresAt ?? defaultJobExpiry(now),
        ...(publish ? { state: JOB_STATES.OPEN, publishedAt: now } : { state: JOB_STATES.DRAFT }),
      };
      const { identifiers } = await manager.getRepository(JobPostingEntity).insert(row as JobPostingEntity);
      const postingId = String(identifiers[0]!.id);
      await this.writeSkills(manager, postingId, fields.skills);
      await applyQuestions(manager, postingId, questions);
      return postingId;
    });
    return this.found(id);
  }

  /**
   * Replaces the posting's fields, skills and screening questions in one transaction. A question keeps its id
   * (and the answers candidates gave to it) when it is sent with that id, or, without one, when a question of
   * the same kind and wording exists; a question whose kind changes is a new one; the others are removed.
   */
  async update(memberId: string, postingId: string, raw: JobPostingFields, now = new Date()): Promise<PostingResult> {
    const prepared = prepare(raw, now);
    return this.db
      .transaction(async (manager): Promise<PostingResult> => {
        const posting = await this.lockManaged(manager, memberId, postingId);
        if ('denied' in posting) return { ok: false, denied: posting.denied };
        if (!prepared.ok) return prepared;
        const { fields } = prepared;
        if (posting.state !== JOB_STATES.DRAFT) {
          const errors = checkPublishable(descriptionText(fields.descriptionHtml));
          if (errors.length) return { ok: false, errors };
        }
        const existing = await manager.getRepository(ScreeningQuestionEntity).findBy({ postingId });
        const plan = planQuestions(existing, fields.screeningQuestions);
        if ('errors' in plan) return { ok: false, errors: plan.errors };
        await manager.getRepository(JobPostingEntity).update(postingId, {
          ...columnsOf(fields),
          expiresAt: fields.expiresAt ?? posting.expiresAt,
          updatedAt: now,
        });
        await this.writeSkills(manager, postingId, fields.skills);
        await applyQuestions(manager, postingId, plan);
        return { ok: true, posting };
      })
      .then((result) => (result.ok ? this.found(postingId) : result));
  }

  /** DRAFT → OPEN, with a description; an expiry that passed while it was a draft starts again from now. */
  publish(memberId: string, postingId: string): Promise<PostingResult> {
    return this.transition(memberId, postingId, (posting, now) => {
      if (posting.state !== JOB_STATES.DRAFT) return error(USER_ERROR_CODES.JOB_NOT_DRAFT);
      const errors = checkPublishable(descriptionText(posting.description));
      if (errors.length) return errors;
      const expiresAt = posting.expiresAt > now ? posting.expiresAt : defaultJobExpiry(now);
      return { state: JOB_STATES.OPEN, publishedAt: now, expiresAt };
    });
  }

  /** OPEN or EXPIRED → CLOSED: it stays readable by link and takes no more applications. */
  close(memberId: string, postingId: string): Promise<PostingResult> {
    return this.transition(memberId, postingId, (posting, now) => {
      const state = effectiveJobState(posting, now);
      if (state === JOB_STATES.DRAFT) return error(USER_ERROR_CODES.JOB_NOT_PUBLISHED);
      if (state === JOB_STATES.CLOSED) return error(USER_ERROR_CODES.JOB_NOT_OPEN);
      return { state: JOB_STATES.CLOSED, closedAt: now };
    });
  }

  /** CLOSED or EXPIRED → OPEN, with the default expiry counted from now. */
  reopen(memberId: string, postingId: string): Promise<PostingResult> {
    return this.transition(memberId, postingId, (posting, now) => {
      const state = effectiveJobState(posting, now);
      if (state === JOB_STATES.DRAFT) return error(USER_ERROR_CODES.JOB_NOT_PUBLISHED);
      if (state === JOB_STATES.OPEN) return error(USER_ERROR_CODES.JOB_ALREADY_OPEN);
      return { state: JOB_STATES.OPEN, closedAt: null, expiresAt: defaultJobExpiry(now) };
    });
  }

  /** A new draft with the same fields, skills and screening questions, posted by this member. */
  async duplicate(memberId: string, postingId: string, now = new Date()): Promise<PostingResult> {
    const copy = await this.db.transaction(async (manager) => {
      const posting = await this.lockManaged(manager, memberId, postingId);
      if ('denied' in posting) return posting;
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO job_posting (company_id, posted_by, title, description, city, region, country, workplace_type,
           contract_type, contract_months, seniority, job_function, salary_min, salary_max, salary_currency,
           salary_period, start_date, openings, apply_url, state, expires_at, created_at, updated_at)
         SELECT company_id, $2, title, description, city, region, country, workplace_type,
           contract_type, contract_months, seniority, job_function, salary_min, salary_max, salary_currency,
           salary_period, start_date, openings, apply_url, 'DRAFT', $3, $4, $4
         FROM job_posting WHERE id = $1
         RETURNING id::text AS id`,
        [postingId, memberId, defaultJobExpiry(now), now],
      );
      await manager.query(
        `INSERT INTO job_posting_skill (posting_id, skill_id, position)
         SELECT $2, skill_id, position FROM job_posting_skill WHERE posting_id = $1`,
        [postingId, row!.id],
      );
      await manager.query(
        `INSERT INTO job_screening_question (posting_id, position, kind, prompt, required)
         SELECT $2, position, kind, prompt, required FROM job_screening_question WHERE posting_id = $1`,
        [postingId, row!.id],
      );
      return { id: row!.id };
    });
    return 'denied' in copy ? { ok: false, denied: copy.denied } : this.found(copy.id);
  }

  private async transition(memberId: string, postingId: string, step: Transition): Promise<PostingResult> {
    const result = await this.db.transaction(async (manager): Promise<PostingResult> => {
      const posting = await this.lockManaged(manager, memberId, postingId);
      if ('denied' in posting) return { ok: false, denied: posting.denied };
      const now = new Date();
      const change = step(posting, now);
      if (Array.isArray(change)) return { ok: false, errors: change };
      await manager.getRepository(JobPostingEntity).update(postingId, { ...change, updatedAt: now });
      return { ok: true, posting };
    });
    return result.ok ? this.found(postingId) : result;
  }

  /** The posting locked for this transaction, if the member manages its company. */
  private async lockManaged(
    manager: EntityManager,
    memberId: string,
    postingId: string,
  ): Promise<JobPostingEntity | { denied: PostingDenial }> {
    const posting = await manager
      .getRepository(JobPostingEntity)
      .findOne({ where: { id: postingId }, lock: { mode: 'pessimistic_write' } });
    if (!posting) return { denied: 'NOT_FOUND' };
    const [role] = await this.companies.rolesAt(memberId, [posting.companyId]);
    if (managesJobs(role ?? null)) return posting;
    return { denied: posting.state === JOB_STATES.DRAFT ? 'NOT_FOUND' : 'FORBIDDEN' };
  }

  private async writeSkills(manager: EntityManager, postingId: string, names: readonly string[]): Promise<void> {
    const keys = await this.skills.addToCatalogue(manager, names);
    await manager.query('DELETE FROM job_posting_skill WHERE posting_id = $1', [postingId]);
    await manager.query(
      `INSERT INTO job_posting_skill (posting_id, skill_id, position)
       SELECT $1, s.id, k.position - 1 FROM unnest($2::text[]) WITH ORDINALITY AS k(key, position)
       JOIN skill s ON s.key = k.key`,
      [postingId, keys],
    );
  }

  private async found(postingId: string): Promise<PostingResult> {
    const [posting] = await this.findByIds([postingId]);
    return { ok: true, posting: posting! };
  }
}

/** Sanitizes the description first, so that its length is checked on what is kept. */
function prepare(raw: JobPostingFields, now: Date): Prepared {
  const fields = normalizeJobPosting({ ...raw, descriptionHtml: sanitizeDescription(raw.descriptionHtml) });
  const errors = validateJobPosting(fields, now);
  return errors.length ? { ok: false, errors } : { ok: true, fields };
}

function columnsOf(fields: JobPostingFields): Partial<JobPostingEntity> {
  const { salary, location } = fields;
  return {
    title: fields.title,
    description: fields.descriptionHtml,
    city: location.city,
    region: location.region,
    country: location.country,
    workplaceType: fields.workplaceType as JobPostingEntity['workplaceType'],
    contractType: fields.contractType as JobPostingEntity['contractType'],
    contractMonths: fields.contractMonths,
    seniority: fields.seniority as JobPostingEntity['seniority'],
    jobFunction: fields.jobFunction,
    salaryMin: salary?.min ?? null,
    salaryMax: salary?.max ?? null,
    salaryCurrency: salary?.currency ?? null,
    salaryPeriod: (salary?.period ?? null) as JobPostingEntity['salaryPeriod'],
    startDate: fields.startDate,
    openings: fields.openings,
    applyUrl: fields.applyUrl,
  };
}

/** Removes, updates and adds questions as planned; positions are checked at commit, so they may swap. */
async function applyQuestions(manager: EntityManager, postingId: string, plan: QuestionPlan): Promise<void> {
  const repository = manager.getRepository(ScreeningQuestionEntity);
  if (plan.removed.length) await repository.delete({ postingId, id: In(plan.removed) });
  for (const { id, ...question } of plan.kept) await repository.update({ id, postingId }, question);
  if (plan.added.length) await repository.insert(plan.added.map((question) => ({ ...question, postingId })));
}
