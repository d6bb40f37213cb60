import {
  CAREER_LIMITS,
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

/** Experiences and education: the dated entries of a CV. */
export class CareerService {
  constructor(
    private readonly db: DataSource,
    private readonly members: MemberService,
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

  saveExperience(memberId: string, id: string | null, raw: ExperienceFields): Promise<EntryResult<ExperienceEntity>> {
    const fields = normalizeExperience(raw);
    return saveEntry(
      this.db,
      this.members,
      { target: ExperienceEntity, memberId, id, fields },
      validateExperience(fields),
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
