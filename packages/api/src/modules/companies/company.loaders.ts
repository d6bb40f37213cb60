import DataLoader from 'dataloader';
import type { CompanyService } from './company.service';

export function createCompanyLoaders(companies: CompanyService, viewerMemberId: string | null) {
  return {
    companyById: new DataLoader((ids: readonly string[]) => companies.findByIds(ids)),
    /** Whether each member recruits for a company. */
    isRecruiter: new DataLoader(async (memberIds: readonly string[]) => {
      const recruiters = await companies.recruiterIds(memberIds);
      return memberIds.map((id) => recruiters.has(id));
    }),
    /** The viewer's role at each company (null when anonymous or without one). */
    viewerCompanyRole: new DataLoader((companyIds: readonly string[]) =>
      viewerMemberId ? companies.rolesAt(viewerMemberId, companyIds) : Promise.resolve(companyIds.map(() => null)),
    ),
  };
}
