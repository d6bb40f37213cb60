import { COMPANY_ROLES, type CompanyRole } from '@carnet/shared';
import { In, type DataSource } from 'typeorm';
import { CompanyEntity, CompanyRoleEntity } from './company.entity';

/** Companies and the members who run them (admins) or recruit for them (recruiters). */
export class CompanyService {
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

  /** The companies whose jobs the member manages (as admin or recruiter). */
  async managedCompanyIds(memberId: string): Promise<string[]> {
    const rows = await this.db.getRepository(CompanyRoleEntity).findBy({
      memberId,
      role: In([COMPANY_ROLES.ADMIN, COMPANY_ROLES.RECRUITER]),
    });
    return rows.map((row) => row.companyId);
  }
}
