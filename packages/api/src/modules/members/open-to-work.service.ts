import { normalizeOpenToWork, validateOpenToWork, type OpenToWorkFields, type UserErrorDraft } from '@carnet/shared';
import { In, type DataSource } from 'typeorm';
import type { MemberService } from './member.service';
import { OpenToWorkEntity } from './open-to-work.entity';

export type SetOpenToWorkResult = { ok: true; signal: OpenToWorkEntity } | { ok: false; errors: UserErrorDraft[] };

/** A member's "open to work" signal: what they look for, from when, and who may know it. */
export class OpenToWorkService {
  constructor(
    private readonly db: DataSource,
    private readonly members: MemberService,
  ) {}

  /** Each member's signal in the order asked, null for members who are not looking. */
  async signalsOf(memberIds: readonly string[]): Promise<(OpenToWorkEntity | null)[]> {
    const rows = await this.db.getRepository(OpenToWorkEntity).findBy({ memberId: In([...memberIds]) });
    const byMember = new Map(rows.map((row) => [row.memberId, row]));
    return memberIds.map((id) => byMember.get(id) ?? null);
  }

  /** Turns the signal on or replaces it, after checking every field; nothing is written when one is wrong. */
  async set(memberId: string, raw: OpenToWorkFields): Promise<SetOpenToWorkResult> {
    const fields = normalizeOpenToWork(raw);
    const errors = validateOpenToWork(fields);
    if (errors.length) return { ok: false, errors };
    const signal = { ...fields, memberId, updatedAt: new Date() } as OpenToWorkEntity;
    await this.db.transaction(async (manager) => {
      await manager.getRepository(OpenToWorkEntity).upsert(signal, ['memberId']);
      await this.members.touch(manager, memberId);
    });
    return { ok: true, signal };
  }

  async clear(memberId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const { affected } = await manager.getRepository(OpenToWorkEntity).delete({ memberId });
      if (affected) await this.members.touch(manager, memberId);
    });
  }
}
