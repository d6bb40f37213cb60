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
import { EducationEntity, ExperienceEntity } from './career.entity';
import type { MemberService } from './member.service';

export type EntryResult<E> =
  { ok: true; entry: E } | { ok: false; errors: UserErrorDraft[] } | { ok: false; notFound: true };

function groupByMember<E extends { memberId: string }>(rows: E[], memberIds: readonly string[]): E[][] {
  const byMember = new Map<string, E[]>(memberIds.map((id) => [id, []]));
  for (const row of rows) byMember.get(row.memberId)?.push(row);
  return memberIds.map((id) => byMember.get(id)!);
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
    return this.save(ExperienceEntity, memberId, id, fields, validateExperience(fields));
  }

  saveEducation(memberId: string, id: string | null, raw: EducationFields): Promise<EntryResult<EducationEntity>> {
    const fields = normalizeEducation(raw);
    return this.save(EducationEntity, memberId, id, fields, validateEducation(fields));
  }

  async removeExperience(memberId: string, id: string): Promise<boolean> {
    return ((await this.db.getRepository(ExperienceEntity).delete({ id, memberId })).affected ?? 0) > 0;
  }

  async removeEducation(memberId: string, id: string): Promise<boolean> {
    return ((await this.db.getRepository(EducationEntity).delete({ id, memberId })).affected ?? 0) > 0;
  }

  /** Adds (id null) or changes one of the member's entries; at most CAREER_LIMITS.entriesPerSection per section. */
  private async save<E extends ObjectLiteral & { id: string; memberId: string }>(
    target: EntityTarget<E>,
    memberId: string,
    id: string | null,
    fields: Partial<E>,
    errors: UserErrorDraft[],
  ): Promise<EntryResult<E>> {
    if (errors.length) return { ok: false, errors };
    return this.db.transaction(async (manager: EntityManager) => {
      const repository = manager.getRepository(target);
      if (id !== null) {
        const existing = await repository.findOneBy({ id, memberId } as FindOptionsWhere<E>);
        if (!existing) return { ok: false as const, notFound: true as const };
        await this.members.touch(manager, memberId);
        return {
          ok: true as const,
          entry: await repository.save(repository.merge(existing, fields as DeepPartial<E>)),
        };
      }
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 2))', [`career:${memberId}`]);
      if ((await repository.countBy({ memberId } as FindOptionsWhere<E>)) >= CAREER_LIMITS.entriesPerSection) {
        const limit: UserErrorDraft = {
          field: '',
          code: USER_ERROR_CODES.LIMIT_REACHED,
          params: { max: CAREER_LIMITS.entriesPerSection },
        };
        return { ok: false as const, errors: [limit] };
      }
      await this.members.touch(manager, memberId);
      const created = repository.create({ ...fields, memberId } as DeepPartial<E>);
      return { ok: true as const, entry: await repository.save(created) };
    });
  }
}
