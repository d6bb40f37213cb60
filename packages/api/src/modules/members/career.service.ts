import {
  CAREER_LIMITS,
  companyNameKey,
  normalizeEducation,
  normalizeExperience,
  USER_ERROR_CODES,
  validateEducation,
  validateExperience,
  type EducationFields,
  type ExperienceFields,
  type UserErrorDraft,
} from '@carnet/shared';
import {
  In,
  type DataSource,
  type DeepPartial,
  type EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  type ObjectLiteral,
} from 'typeorm';
import { groupByMember } from '../../db/rows';
import { EducationEntity, ExperienceEntity } from './career.entity';
import type { MemberService } from './member.service';

export type EntryResult<E> =
  { ok: true; entry: E } | { ok: false; errors: UserErrorDraft[] } | { ok: false; notFound: true };

/**
 * Adds (id null) or changes one of the member's entries of a section and marks the profile changed, in one
 * transaction; at most `max` entries per section.
 */
export async function saveEntry<E extends ObjectLiteral & { id: string; memberId: string }>(
  db: DataSource,
  members: MemberService,
  entry: { target: EntityTarget<E>; memberId: string; id: string | null; fields: Partial<E> },
  errors: UserErrorDraft[],
  max: number = CAREER_LIMITS.entriesPerSection,
): Promise<EntryResult<E>> {
  const { target, memberId, id, fields } = entry;
  if (errors.length) return { ok: false, errors };
  return db.transaction(async (manager: EntityManager) => {
    const repository = manager.getRepository(target);
    if (id !== null) {
      const existing = await repository.findOneBy({ id, memberId } as FindOptionsWhere<E>);
      if (!existing) return { ok: false as const, notFound: true as const };
      await members.touch(manager, memberId);
      return {
        ok: true as const,
        entry: await repository.save(repository.merge(existing, fields as DeepPartial<E>)),
      };
    }
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 2))', [
      `${repository.metadata.tableName}:${memberId}`,
    ]);
    if ((await repository.countBy({ memberId } as FindOptionsWhere<E>)) >= max) {
      const limit: UserErrorDraft = { field: '', code: USER_ERROR_CODES.LIMIT_REACHED, params: { max } };
      return { ok: false as const, errors: [limit] };
    }
    await members.touch(manager, memberId);
    const created = repository.create({ ...fields, memberId } as DeepPartial<E>);
    return { ok: true as const, entry: await repository.save(created) };
  });
}

/** The company page an experience names: a page, none, or an id that names no page. */
export type ExperienceCompany = { companyId: string | null } | { unknown: true };

/** How experiences find the company pages they name; the companies module answers. */
export interface CompanyDirectory {
  companyForExperience(companyId: string | null, companyKey: string): Promise<ExperienceCompany>;
}

/**
 * Links the experiences not linked yet whose company name has this key to a page; the companies module calls it
 * in the transaction that creates or renames the page.
 */
export async function linkExperiencesToCompany(
  manager: EntityManager,
  companyId: string,
  companyKey: string,
): Promise<void> {
  await manager.query(`UPDATE experience SET company_id = $1 WHERE company_key = $2 AND company_id IS NULL`, [
    companyId,
    companyKey,
  ]);
}

/** Experiences and education: the dated entries of a CV. */
export class CareerService {
  constructor(
    private readonly db: DataSource,
    private readonly members: MemberService,
    private readonly companies: CompanyDirectory,
  ) {}

  /** Each member's experiences, current ones first, then the most recent start. One query for all members. */
  async experiencesOf(memberIds: readonly string[]): Promise<ExperienceEntity[][]> {
    const rows = await this.db.getRepository(ExperienceEntity).find({
      where: { memberId: In([...memberIds]) },
      order: { current: 'DESC', startMonth: 'DESC', id: 'DESC' },
    });
    return groupByMember(rows, memberIds);
  }

  async educationOf(memberIds: readonly string[]): Promise<EducationEntity[][]> {
    const rows = await this.db
      .getRepository(EducationEntity)
      .createQueryBuilder('e')
      .where('e.member_id IN (:...memberIds)', { memberIds })
      .orderBy('e.end_year', 'DESC', 'NULLS FIRST')
      .addOrderBy('e.start_year', 'DESC', 'NULLS LAST')
      .addOrderBy('e.id', 'DESC')
      .getMany();
    return groupByMember(rows, memberIds);
  }

  /**
   * Adds or changes a job. It links to the company page chosen (`companyId`), else to the only page whose name
   * folds like the company name written, if there is one.
   */
  async saveExperience(
    memberId: string,
    id: string | null,
    raw: ExperienceFields,
    chosenCompanyId: string | null = null,
  ): Promise<EntryResult<ExperienceEntity>> {
    const fields = normalizeExperience(raw);
    const errors = validateExperience(fields);
    const companyKey = companyNameKey(fields.companyName);
    const company = errors.length
      ? { companyId: null }
      : await this.companies.companyForExperience(chosenCompanyId, companyKey);
    if ('unknown' in company) errors.push({ field: 'companyId', code: USER_ERROR_CODES.INVALID_CHOICE });
    const companyId = 'companyId' in company ? company.companyId : null;
    return saveEntry(
      this.db,
      this.members,
      { target: ExperienceEntity, memberId, id, fields: { ...fields, companyKey, companyId } },
      errors,
    );
  }

  saveEducation(memberId: string, id: string | null, raw: EducationFields): Promise<EntryResult<EducationEntity>> {
    const fields = normalizeEducation(raw);
    return saveEntry(
      this.db,
      this.members,
      { target: EducationEntity, memberId, id, fields },
      validateEducation(fields),
    );
  }

  async removeExperience(memberId: string, id: string): Promise<boolean> {
    return ((await this.db.getRepository(ExperienceEntity).delete({ id, memberId })).affected ?? 0) > 0;
  }

  async removeEducation(memberId: string, id: string): Promise<boolean> {
    return ((await this.db.getRepository(EducationEntity).delete({ id, memberId })).affected ?? 0) > 0;
  }
}
