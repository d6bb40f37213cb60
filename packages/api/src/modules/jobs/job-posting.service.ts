import { In, type DataSource } from 'typeorm';
import type { CompanyService } from '../companies/company.service';
import { JobPostingEntity } from './job-posting.entity';

/** Job postings: writing them, their lifecycle and who may manage them. */
export class JobPostingService {
  constructor(
    private readonly db: DataSource,
    private readonly companies: CompanyService,
  ) {}

  async findByIds(ids: readonly string[]): Promise<(JobPostingEntity | null)[]> {
    const rows = await this.db.getRepository(JobPostingEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Whether the member is an admin or recruiter of the posting's company. */
  async canManage(memberId: string, posting: Pick<JobPostingEntity, 'companyId'>): Promise<boolean> {
    return this.companies.canManageJobs(memberId, posting.companyId);
  }
}
