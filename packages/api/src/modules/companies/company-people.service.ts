import {
  COMPANY_ROLES,
  USER_ERROR_CODES,
  type CompanyRole,
  type ProfileVisibility,
  type UserErrorDraft,
} from '@carnet/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { MemberService } from '../members/member.service';
import { CompanyRoleEntity } from './company.entity';
import { lockCompany, type CompanyResult } from './company.service';

/** A member whose current job is at a company, with what the reader needs to decide whether to show them. */
export interface EmployeeCandidate {
  memberId: string;
  /** Of their latest current job there. */
  title: string;
  startMonth: string;
  /** The member's section audiences (only those changed from the defaults). */
  visibility: Partial<ProfileVisibility>;
  /** Whether the viewer is connected with them (a connection implies no block either way). */
  connected: boolean;
}

const FORBIDDEN: CompanyResult = { ok: false, refused: 'FORBIDDEN' };

const fail = (field: string, code: UserErrorDraft['code']): CompanyResult => ({
  ok: false,
  errors: [{ field, code }],
});

/** Who runs a company page (its admins and recruiters) and who works there (members whose current job links to it). */
export class CompanyPeopleService {
  constructor(
    private readonly db: DataSource,
    private readonly members: MemberService,
  ) {}

  /** Each company's admins then recruiters, the longest-standing first; one query for all the companies. */
  async rolesOf(companyIds: readonly string[]): Promise<CompanyRoleEntity[][]> {
    const rows = await this.db
      .getRepository(CompanyRoleEntity)
      .createQueryBuilder('r')
      .where('r.company_id = ANY(:companyIds)', { companyIds })
      .orderBy('r.role', 'ASC')
      .addOrderBy('r.created_at', 'ASC')
      .addOrderBy('r.member_id', 'ASC')
      .getMany();
    const byCompany = new Map<string, CompanyRoleEntity[]>(companyIds.map((id) => [id, []]));
    for (const row of rows) byCompany.get(row.companyId)?.push(row);
    return companyIds.map((id) => byCompany.get(id)!);
  }

  /**
   * Gives a member a role at a company, or changes it: for its admins only. Under the company's lock, so that
   * two admins demoting each other at once cannot leave it without one.
   */
  setRole(viewerId: string, companyId: string, memberId: string, role: CompanyRole): Promise<CompanyResult> {
    return this.underLock(companyId, async (manager, roles) => {
      if (roles.get(viewerId) !== COMPANY_ROLES.ADMIN) return FORBIDDEN;
      const [member] = await this.members.findByIds([memberId]);
      if (!member) return fail('memberId', USER_ERROR_CODES.MEMBER_NOT_FOUND);
      if (role !== COMPANY_ROLES.ADMIN && isLastAdmin(roles, memberId)) {
        return fail('role', USER_ERROR_CODES.LAST_COMPANY_ADMIN);
      }
      await manager.upsert(CompanyRoleEntity, { companyId, memberId, role }, ['companyId', 'memberId']);
      return null;
    });
  }

  /** Takes a member's role away: an admin may do it to anyone, a member to themselves; never the last admin's. */
  removeRole(viewerId: string, companyId: string, memberId: string): Promise<CompanyResult> {
    return this.underLock(companyId, async (manager, roles) => {
      if (memberId !== viewerId && roles.get(viewerId) !== COMPANY_ROLES.ADMIN) return FORBIDDEN;
      if (!roles.has(memberId)) return fail('memberId', USER_ERROR_CODES.NO_COMPANY_ROLE);
      if (isLastAdmin(roles, memberId)) return fail('memberId', USER_ERROR_CODES.LAST_COMPANY_ADMIN);
      await manager.delete(CompanyRoleEntity, { companyId, memberId });
      return null;
    });
  }

  /** Runs a change of the company's people with its row locked and its current roles read; null means done. */
  private underLock(
    companyId: string,
    change: (manager: EntityManager, roles: Map<string, CompanyRole>) => Promise<CompanyResult | null>,
  ): Promise<CompanyResult> {
    return this.db.transaction(async (manager) => {
      const company = await lockCompany(manager, companyId);
      if (!company) return { ok: false, refused: 'NOT_FOUND' };
      const rows = await manager.getRepository(CompanyRoleEntity).findBy({ companyId });
      const outcome = await change(manager, new Map(rows.map((row) => [row.memberId, row.role])));
      return outcome ?? { ok: true, company };
    });
  }

  /**
   * The members whose current job links to each company, the latest arrived first, with each one's section
   * audiences and whether the viewer is connected with them. One statement for all the companies: a read-only
   * join of experience, member and connection (the members and connections modules' tables), because a page of
   * companies asks it for every company at once, and their sizes run to thousands.
   */
  async employeeCandidates(companyIds: readonly string[], viewerId: string | null): Promise<EmployeeCandidate[][]> {
    const rows = await this.db.query<(EmployeeCandidate & { companyId: string })[]>(
      `SELECT e.company_id::text AS "companyId", e.member_id::text AS "memberId", e.title,
              to_char(e.start_month, 'YYYY-MM') AS "startMonth", m.visibility,
              ($2::bigint IS NOT NULL AND EXISTS (
                SELECT FROM connection c WHERE c.member_id = $2::bigint AND c.peer_id = e.member_id)) AS connected
       FROM (
         SELECT DISTINCT ON (company_id, member_id) company_id, member_id, title, start_month
         FROM experience WHERE company_id = ANY($1::bigint[]) AND is_current
         ORDER BY company_id, member_id, start_month DESC, id DESC
       ) e JOIN member m ON m.id = e.member_id
       ORDER BY e.company_id, e.start_month DESC, e.member_id DESC`,
      [companyIds, viewerId],
    );
    const byCompany = new Map<string, EmployeeCandidate[]>(companyIds.map((id) => [id, []]));
    for (const { companyId, ...candidate } of rows) byCompany.get(companyId)?.push(candidate);
    return companyIds.map((id) => byCompany.get(id)!);
  }
}

function isLastAdmin(roles: Map<string, CompanyRole>, memberId: string): boolean {
  if (roles.get(memberId) !== COMPANY_ROLES.ADMIN) return false;
  return [...roles.values()].filter((role) => role === COMPANY_ROLES.ADMIN).length === 1;
}
