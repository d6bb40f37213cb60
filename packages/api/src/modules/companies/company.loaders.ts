import DataLoader from 'dataloader';
import type { CompanyService } from './company.service';

export function createCompanyLoaders(companies: CompanyService) {
  return {
    /** Whether each member recruits for a company. */
    isRecruiter: new DataLoader(async (memberIds: readonly string[]) => {
      const recruiters = await companies.recruiterIds(memberIds);
      return memberIds.map((id) => recruiters.has(id));
    }),
  };
}
