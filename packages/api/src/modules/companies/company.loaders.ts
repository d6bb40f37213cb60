import DataLoader from 'dataloader';
import type { CompanyPeopleService } from './company-people.service';
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
    companyFollowerCount: new DataLoader((companyIds: readonly string[]) => companies.followerCounts(companyIds)),
    /** Whether the viewer follows each company (false when anonymous). */
    viewerFollowsCompany: new DataLoader((companyIds: readonly string[]) =>
      viewerMemberId ? companies.followedBy(viewerMemberId, companyIds) : Promise.resolve(companyIds.map(() => false)),
    ),
  };
}

export function createCompanyPeopleLoaders(people: CompanyPeopleService, viewerMemberId: string | null) {
  return {
    /** Each company's admins and recruiters. */
    companyRoles: new DataLoader((companyIds: readonly string[]) => people.rolesOf(companyIds)),
    /** The members currently working at each company, before the reader's visibility rules. */
    companyEmployeeCandidates: new DataLoader((companyIds: readonly string[]) =>
      people.employeeCandidates(companyIds, viewerMemberId),
    ),
  };
}
