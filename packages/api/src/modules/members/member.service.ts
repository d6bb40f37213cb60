import {
  checkRequiredText,
  LIMITS,
  normalizeProfile,
  normalizeText,
  validateProfile,
  type Audience,
  type ProfileFields,
  type ProfileSection,
  type UserErrorDraft,
} from '@carnet/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { handleCandidates } from './handle';
import { MemberEntity } from './member.entity';

export type ProfilePatch = Partial<ProfileFields & { firstName: string | null; lastName: string | null }>;

export type ProfileUpdate = { ok: true; member: MemberEntity } | { ok: false; errors: UserErrorDraft[] };

/** Names cannot be cleared: an empty one is refused rather than ignored. */
function checkNames(patch: ProfilePatch): UserErrorDraft[] {
  return (['firstName', 'lastName'] as const).flatMap((field) => {
    const value = patch[field];
    return value === undefined ? [] : checkRequiredText(field, normalizeText(value ?? ''), LIMITS[field]);
  });
}

export class MemberService {
  constructor(private readonly db: DataSource) {}

  /** Members by id in the order asked, null where none exists. */
  async findByIds(ids: readonly string[]): Promise<(MemberEntity | null)[]> {
    const rows = await this.db.getRepository(MemberEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  findByHandle(handle: string): Promise<MemberEntity | null> {
    return this.db.getRepository(MemberEntity).findOneBy({ handle: handle.trim().toLowerCase() });
  }

  /** Changes the given profile fields after checking them all; nothing changes when one is wrong. */
  async updateProfile(memberId: string, patch: ProfilePatch): Promise<ProfileUpdate> {
    const { firstName, lastName, ...fields } = patch;
    const profile = normalizeProfile(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
    const errors = [...checkNames(patch), ...validateProfile(profile)];
    if (errors.length) return { ok: false, errors };
    const names = Object.fromEntries(
      Object.entries({ firstName, lastName })
        .filter(([, value]) => value != null)
        .map(([key, value]) => [key, normalizeText(value!)]),
    );
    const repository = this.db.getRepository(MemberEntity);
    await repository.update({ id: memberId }, { ...profile, ...names, updatedAt: new Date() });
    return { ok: true, member: await repository.findOneByOrFail({ id: memberId }) };
  }

  /** Sets the audience of one section with a single-key JSON merge, so that concurrent changes of other sections stay. */
  async setSectionVisibility(memberId: string, section: ProfileSection, audience: Audience): Promise<MemberEntity> {
    await this.db.query(
      `UPDATE member SET visibility = visibility || jsonb_build_object($2::text, $3::text) WHERE id = $1`,
      [memberId, section, audience],
    );
    return this.db.getRepository(MemberEntity).findOneByOrFail({ id: memberId });
  }

  /** Creates a member inside the caller's transaction, with the first free handle made from the name. */
  async create(manager: EntityManager, names: { firstName: string; lastName: string }): Promise<MemberEntity> {
    const candidates = handleCandidates(names.firstName, names.lastName);
    const taken = await manager
      .getRepository(MemberEntity)
      .find({ select: { handle: true }, where: { handle: In(candidates) } });
    const takenSet = new Set(taken.map((row) => row.handle.toLowerCase()));
    const handle = candidates.find((candidate) => !takenSet.has(candidate)) ?? candidates.at(-1)!;
    return manager.getRepository(MemberEntity).save(manager.create(MemberEntity, { ...names, handle }));
  }
}
