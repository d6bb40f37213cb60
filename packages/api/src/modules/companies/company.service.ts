import {
  COMPANY_ROLES,
  companyNameKey,
  normalizeCompany,
  USER_ERROR_CODES,
  validateCompany,
  type CompanyFields,
  type CompanyRole,
  type UserErrorDraft,
} from '@carnet/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../db/errors';
import { keysetWindow, paginate, pageOfRows, type ConnectionArgs, type Page } from '../../graphql/relay';
import { linkExperiencesToCompany, type CompanyDirectory, type ExperienceCompany } from '../members/career.service';
import { CompanyEntity, CompanyRoleEntity } from './company.entity';

/** Done, userErrors to show beside the fields, or a top-level refusal. */
export type CompanyResult =
  | { ok: true; company: CompanyEntity }
  | { ok: false; errors: UserErrorDraft[] }
  | { ok: false; refused: 'NOT_FOUND' | 'FORBIDDEN' };

const SLUG_TAKEN: CompanyResult = { ok: false, errors: [{ field: 'slug', code: USER_ERROR_CODES.SLUG_TAKEN }] };

function columnsOf(fields: CompanyFields): Partial<CompanyEntity> {
  const { headquarters: hq, ...rest } = fields;
  return {
    ...rest,
    nameKey: companyNameKey(fields.name),
    hqCity: hq?.city ?? null,
    hqRegion: hq?.region ?? null,
    hqCountry: hq?.country ?? null,
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** The row of a name search: its sort key (rank, negated similarity in thousandths, name key, id). */
interface RankedRow {
  id: string;
  rank: number;
  score: number;
  nameKey: string;
}

/**
 * Matches of a folded name, best first: names starting with it, then names with a word starting with it, then
 * names that merely look like it (pg_trgm similarity, misspellings included).
 */
const RANKED = `
  SELECT c.id, c.name_key,
    CASE WHEN c.name_key LIKE $1 || '%' THEN 0 WHEN c.name_key LIKE '% ' || $1 || '%' THEN 1 ELSE 2 END AS rank,
    -round(similarity(c.name_key, $2) * 1000)::int AS score
  FROM company c
  WHERE c.name_key LIKE '%' || $1 || '%' OR c.name_key % $2`;

/** Companies and the members who run them (admins) or recruit for them (recruiters). */
export class CompanyService implements CompanyDirectory {
  constructor(private readonly db: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<(CompanyEntity | null)[]> {
    const rows = await this.db.getRepository(CompanyEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  findBySlug(slug: string): Promise<CompanyEntity | null> {
    return this.db.getRepository(CompanyEntity).findOneBy({ slug });
  }

  /** Which of these members recruit for a company (as admin or recruiter). */
  async recruiterIds(memberIds: readonly string[]): Promise<Set<string>> {
    if (memberIds.length === 0) return new Set();
    const rows: { member_id: string }[] = await this.db.query(
      `SELECT DISTINCT member_id FROM company_role WHERE member_id = ANY($1::bigint[])`,
      [memberIds],
    );
    return new Set(rows.map((row) => row.member_id));
  }

  /** The member's role at each company, or null, in key order. */
  async rolesAt(memberId: string, companyIds: readonly string[]): Promise<(CompanyRole | null)[]> {
    const rows = await this.db.getRepository(CompanyRoleEntity).findBy({ memberId, companyId: In([...companyIds]) });
    const byCompany = new Map(rows.map((row) => [row.companyId, row.role]));
    return companyIds.map((id) => byCompany.get(id) ?? null);
  }

  /** Admins and recruiters both manage a company's jobs and applicants. */
  async canManageJobs(memberId: string, companyId: string): Promise<boolean> {
    const [role] = await this.rolesAt(memberId, [companyId]);
    return role === COMPANY_ROLES.ADMIN || role === COMPANY_ROLES.RECRUITER;
  }

  /**
   * Creates a page whose creator is its first admin and links the experiences that name it (when it is the
   * only page of that name), in one transaction. A slug taken meanwhile is SLUG_TAKEN, by the unique key.
   */
  async create(creatorId: string, raw: CompanyFields): Promise<CompanyResult> {
    const fields = normalizeCompany(raw);
    const errors = validateCompany(fields);
    if (errors.length) return { ok: false, errors };
    return this.writeSlugSafely(async (manager) => {
      const repository = manager.getRepository(CompanyEntity);
      const company = await repository.save(repository.create({ ...columnsOf(fields), createdBy: creatorId }));
      await manager.insert(CompanyRoleEntity, {
        companyId: company.id,
        memberId: creatorId,
        role: COMPANY_ROLES.ADMIN,
      });
      await this.linkExperiences(manager, company);
      return { ok: true, company: await repository.findOneByOrFail({ id: company.id }) };
    });
  }

  /** Changes every field of a page, for its admins; a new name links the experiences that name it from now on. */
  async update(viewerId: string, companyId: string, raw: CompanyFields): Promise<CompanyResult> {
    const fields = normalizeCompany(raw);
    const errors = validateCompany(fields);
    return this.writeSlugSafely(async (manager) => {
      const company = await lockCompany(manager, companyId);
      if (!company) return { ok: false, refused: 'NOT_FOUND' };
      const [role] = await manager.getRepository(CompanyRoleEntity).findBy({ companyId, memberId: viewerId });
      if (role?.role !== COMPANY_ROLES.ADMIN) return { ok: false, refused: 'FORBIDDEN' };
      if (errors.length) return { ok: false, errors };
      const repository = manager.getRepository(CompanyEntity);
      const renamed = companyNameKey(fields.name) !== company.nameKey;
      const updated = await repository.save(repository.merge(company, columnsOf(fields), { updatedAt: new Date() }));
      if (renamed) await this.linkExperiences(manager, updated);
      return { ok: true, company: updated };
    });
  }

  private async writeSlugSafely(write: (manager: EntityManager) => Promise<CompanyResult>): Promise<CompanyResult> {
    try {
      return await this.db.transaction(write);
    } catch (error) {
      if (isUniqueViolation(error, 'company_slug_key')) return SLUG_TAKEN;
      throw error;
    }
  }

  /** Links the unlinked experiences naming this company, when no other page has its name. */
  private async linkExperiences(manager: EntityManager, company: CompanyEntity): Promise<void> {
    const [{ pages }] = await manager.query<[{ pages: number }]>(
      `SELECT count(*)::int AS pages FROM company WHERE name_key = $1`,
      [company.nameKey],
    );
    if (pages === 1) await linkExperiencesToCompany(manager, company.id, company.nameKey);
  }

  /** The page an experience names: the one chosen, if it exists, else the only page of that name key. */
  async companyForExperience(companyId: string | null, companyKey: string): Promise<ExperienceCompany> {
    if (companyId !== null) {
      const [company] = await this.findByIds([companyId]);
      return company ? { companyId } : { unknown: true };
    }
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT id::text AS id FROM company WHERE name_key = $1 LIMIT 2`,
      [companyKey],
    );
    return { companyId: rows.length === 1 ? rows[0]!.id : null };
  }

  /**
   * Company pages by name, for autocomplete and filters: accent- and case-insensitive, best matches first (see
   * RANKED); every page in name order without a query.
   */
  async search(query: string | null, args: ConnectionArgs): Promise<Page<CompanyEntity>> {
    const key = companyNameKey(query ?? '');
    if (!key) {
      const all = this.db.getRepository(CompanyEntity).createQueryBuilder('c');
      return paginate(
        all,
        { columns: ['c.name_key', 'c.id'], keyOf: (c) => [c.nameKey, c.id], descending: false },
        args,
      );
    }
    const window = keysetWindow(args, 4);
    const [order, comparison] = window.backwards ? ['DESC', '<'] : ['ASC', '>'];
    const [rank = null, score = null, nameKey = null, id = null] = window.cursor ?? [];
    const params = [escapeLike(key), key];
    const rows = await this.db.query<RankedRow[]>(
      `SELECT r.id::text AS id, r.rank, r.score, r.name_key AS "nameKey" FROM (${RANKED}) r
       WHERE $3::int IS NULL OR (r.rank, r.score, r.name_key, r.id) ${comparison} ($3::int, $4::int, $5::text, $6::bigint)
       ORDER BY r.rank ${order}, r.score ${order}, r.name_key ${order}, r.id ${order}
       LIMIT $7`,
      [...params, rank, score, nameKey, id, window.size + 1],
    );
    const page = pageOfRows(rows, window, (row) => [row.rank, row.score, row.nameKey, row.id]);
    const companies = await this.findByIds(page.items.map((item) => item.node.id));
    return {
      ...page,
      items: page.items.map((item, i) => ({ cursor: item.cursor, node: companies[i]! })),
      count: async () => {
        const [{ count }] = await this.db.query<[{ count: number }]>(
          `SELECT count(*)::int AS count FROM (${RANKED}) r`,
          params,
        );
        return count;
      },
    };
  }

  /** The companies where the member is an admin or a recruiter, in name order. */
  mine(memberId: string, args: ConnectionArgs): Promise<Page<CompanyEntity>> {
    const query = this.db
      .getRepository(CompanyEntity)
      .createQueryBuilder('c')
      .innerJoin(CompanyRoleEntity, 'r', 'r.company_id = c.id AND r.member_id = :memberId', { memberId });
    return paginate(
      query,
      { columns: ['c.name_key', 'c.id'], keyOf: (c) => [c.nameKey, c.id], descending: false },
      args,
    );
  }

  /** The companies whose jobs the member manages (as admin or recruiter). */
  async managedCompanyIds(memberId: string): Promise<string[]> {
    const rows = await this.db.getRepository(CompanyRoleEntity).findBy({
      memberId,
      role: In([COMPANY_ROLES.ADMIN, COMPANY_ROLES.RECRUITER]),
    });
    return rows.map((row) => row.companyId);
  }

  /** Follows a page (again: no change); false when there is no such page. */
  async follow(memberId: string, companyId: string): Promise<boolean> {
    const [{ found }] = await this.db.query<[{ found: boolean }]>(
      `WITH page AS (SELECT id FROM company WHERE id = $2),
            added AS (INSERT INTO company_follow (member_id, company_id) SELECT $1, id FROM page ON CONFLICT DO NOTHING)
       SELECT EXISTS (SELECT FROM page) AS found`,
      [memberId, companyId],
    );
    return found;
  }

  /** Stops following a page (not following: no change); false when there is no such page. */
  async unfollow(memberId: string, companyId: string): Promise<boolean> {
    const [{ found }] = await this.db.query<[{ found: boolean }]>(
      `WITH removed AS (DELETE FROM company_follow WHERE member_id = $1 AND company_id = $2)
       SELECT EXISTS (SELECT FROM company WHERE id = $2) AS found`,
      [memberId, companyId],
    );
    return found;
  }

  async followerCounts(companyIds: readonly string[]): Promise<number[]> {
    const rows = await this.db.query<{ id: string; count: number }[]>(
      `SELECT company_id::text AS id, count(*)::int AS count FROM company_follow
       WHERE company_id = ANY($1::bigint[]) GROUP BY company_id`,
      [companyIds],
    );
    const byId = new Map(rows.map((row) => [row.id, row.count]));
    return companyIds.map((id) => byId.get(id) ?? 0);
  }

  /** Whether the member follows each company. */
  async followedBy(memberId: string, companyIds: readonly string[]): Promise<boolean[]> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT company_id::text AS id FROM company_follow WHERE member_id = $1 AND company_id = ANY($2::bigint[])`,
      [memberId, companyIds],
    );
    const followed = new Set(rows.map((row) => row.id));
    return companyIds.map((id) => followed.has(id));
  }
}

/** The company's row, locked until the end of the transaction: changes of its page and people queue up. */
export async function lockCompany(manager: EntityManager, companyId: string): Promise<CompanyEntity | null> {
  return manager
    .getRepository(CompanyEntity)
    .createQueryBuilder('c')
    .setLock('pessimistic_write')
    .where('c.id = :companyId', { companyId })
    .getOne();
}
