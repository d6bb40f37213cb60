import { normalizeSkills, skillKey, validateSkills, type UserErrorDraft } from '@carnet/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { MemberService } from '../members/member.service';

export interface MemberSkill {
  id: string;
  name: string;
  position: number;
}

export type SetSkillsResult = { ok: true } | { ok: false; errors: UserErrorDraft[] };

/** The shared catalogue of skills, and each member's ordered list of them. */
export class SkillService {
  constructor(
    private readonly db: DataSource,
    private readonly members: MemberService,
  ) {}

  /** Each member's skills in their order; one query for all the members. */
  async skillsOf(memberIds: readonly string[]): Promise<MemberSkill[][]> {
    const rows = await this.db.query<(MemberSkill & { member_id: string })[]>(
      `SELECT ms.member_id, s.id::text AS id, s.name, ms.position
       FROM member_skill ms JOIN skill s ON s.id = ms.skill_id
       WHERE ms.member_id = ANY($1::bigint[])
       ORDER BY ms.member_id, ms.position`,
      [memberIds],
    );
    const byMember = new Map<string, MemberSkill[]>(memberIds.map((id) => [id, []]));
    for (const { member_id: memberId, ...skill } of rows) byMember.get(String(memberId))?.push(skill);
    return memberIds.map((id) => byMember.get(id)!);
  }

  /**
   * Replaces the member's skills by this ordered list in one transaction. Names new to the catalogue join
   * it; a name that matches an existing skill by key (case, accents, spacing) becomes that skill.
   */
  async setSkills(memberId: string, raw: readonly string[]): Promise<SetSkillsResult> {
    const names = normalizeSkills(raw);
    const errors = validateSkills(names);
    if (errors.length) return { ok: false, errors };
    await this.db.transaction(async (manager) => {
      const keys = await this.addToCatalogue(manager, names);
      await this.members.touch(manager, memberId);
      await manager.query('DELETE FROM member_skill WHERE member_id = $1', [memberId]);
      await manager.query(
        `INSERT INTO member_skill (member_id, skill_id, position)
         SELECT $1, s.id, k.position - 1 FROM unnest($2::text[]) WITH ORDINALITY AS k(key, position)
         JOIN skill s ON s.key = k.key`,
        [memberId, keys],
      );
    });
    return { ok: true };
  }

  /**
   * Adds the names (cleaned and checked already) that the catalogue lacks, inside the caller's transaction, and
   * returns their catalogue keys in order: a name that matches an existing skill by key becomes that skill.
   */
  async addToCatalogue(manager: EntityManager, names: readonly string[]): Promise<string[]> {
    const keys = names.map(skillKey);
    await manager.query(
      `INSERT INTO skill (name, key) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (key) DO NOTHING`,
      [names, keys],
    );
    return keys;
  }

  /** Catalogue names that start with, or look like, what is typed; accent- and case-insensitive. */
  async suggest(query: string, limit: number): Promise<string[]> {
    const key = skillKey(query);
    if (!key) return [];
    const rows = await this.db.query<{ name: string }[]>(
      `SELECT name FROM skill
       WHERE key LIKE $1 || '%' OR key % $2
       ORDER BY key LIKE $1 || '%' DESC, similarity(key, $2) DESC, key
       LIMIT $3`,
      [key.replace(/[\\%_]/g, '\\$&'), key, limit],
    );
    return rows.map((row) => row.name);
  }
}
