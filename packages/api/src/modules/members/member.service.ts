import {
  checkHandle,
  checkRequiredText,
  normalizeHandle,
  USER_ERROR_CODES,
  LIMITS,
  normalizeProfile,
  normalizeText,
  normalizeWebsites,
  validateProfile,
  validateWebsites,
  type Audience,
  type ProfileFields,
  type ProfileSection,
  type ProfileViewMode,
  type UserErrorDraft,
} from '@carnet/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../db/errors';
import { handleCandidates } from './handle';
import { MemberEntity } from './member.entity';

/** How long a member's former handle stays theirs after a change. */
export const HANDLE_RESERVATION_DAYS = 90;

export type ProfilePatch = Partial<
  ProfileFields & { firstName: string | null; lastName: string | null; websites: string[] | null }
>;

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

  /** The member with this handle, or the one who left it less than HANDLE_RESERVATION_DAYS ago. */
  async findByHandle(raw: string): Promise<MemberEntity | null> {
    const handle = normalizeHandle(raw);
    const current = await this.db.getRepository(MemberEntity).findOneBy({ handle });
    if (current) return current;
    const [previous] = await this.db.query<{ member_id: string }[]>(
      'SELECT member_id FROM handle_reservation WHERE handle = $1 AND reserved_until > now()',
      [handle],
    );
    return previous ? this.db.getRepository(MemberEntity).findOneBy({ id: previous.member_id }) : null;
  }

  /**
   * Gives the member a new handle and keeps the old one reserved for them, so that old links still lead
   * to the profile and nobody else can take it over in the meantime.
   */
  async changeHandle(memberId: string, raw: string): Promise<ProfileUpdate> {
    const handle = normalizeHandle(raw);
    const invalid = checkHandle('handle', handle);
    if (invalid.length) return { ok: false, errors: invalid };
    const taken: UserErrorDraft = { field: 'handle', code: USER_ERROR_CODES.HANDLE_TAKEN };
    try {
      return await this.db.transaction(async (manager) => {
        // One change of a given handle at a time: the reservation check and the update must not interleave.
        await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 1))', [`handle:${handle}`]);
        const member = await manager.getRepository(MemberEntity).findOneByOrFail({ id: memberId });
        if (member.handle === handle) return { ok: true as const, member };
        const [held] = await manager.query<{ member_id: string }[]>(
          'SELECT member_id FROM handle_reservation WHERE handle = $1 AND reserved_until > now()',
          [handle],
        );
        if (held && held.member_id !== memberId) return { ok: false as const, errors: [taken] };
        await manager.query('DELETE FROM handle_reservation WHERE handle = $1', [handle]);
        await manager.query(
          `INSERT INTO handle_reservation (handle, member_id, reserved_until)
           VALUES ($1, $2, now() + make_interval(days => $3))
           ON CONFLICT (handle) DO UPDATE SET member_id = excluded.member_id, reserved_until = excluded.reserved_until`,
          [member.handle, memberId, HANDLE_RESERVATION_DAYS],
        );
        await manager.getRepository(MemberEntity).update({ id: memberId }, { handle, updatedAt: new Date() });
        return { ok: true as const, member: { ...member, handle } };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'member_handle_key')) return { ok: false, errors: [taken] };
      throw error;
    }
  }

  /** Changes the given profile fields after checking them all; nothing changes when one is wrong. */
  async updateProfile(memberId: string, patch: ProfilePatch): Promise<ProfileUpdate> {
    const { firstName, lastName, websites: rawWebsites, ...fields } = patch;
    const profile = normalizeProfile(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
    const websites = rawWebsites === undefined ? undefined : normalizeWebsites(rawWebsites ?? []);
    const errors = [...checkNames(patch), ...validateProfile(profile), ...validateWebsites(websites ?? [])];
    if (errors.length) return { ok: false, errors };
    const names = Object.fromEntries(
      Object.entries({ firstName, lastName })
        .filter(([, value]) => value != null)
        .map(([key, value]) => [key, normalizeText(value!)]),
    );
    const repository = this.db.getRepository(MemberEntity);
    const sites = websites === undefined ? {} : { websites: websites.filter(Boolean) };
    await repository.update({ id: memberId }, { ...profile, ...names, ...sites, updatedAt: new Date() });
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

  /** Chooses how the member appears on the profiles they view from now on; past views keep their mode. */
  async setProfileViewMode(memberId: string, mode: ProfileViewMode): Promise<MemberEntity> {
    const repository = this.db.getRepository(MemberEntity);
    await repository.update({ id: memberId }, { profileViewMode: mode });
    return repository.findOneByOrFail({ id: memberId });
  }

  /** Marks the profile as changed now, inside the caller's transaction (the completeness meter reads it). */
  async touch(manager: EntityManager, memberId: string): Promise<void> {
    await manager.query('UPDATE member SET updated_at = now() WHERE id = $1', [memberId]);
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
