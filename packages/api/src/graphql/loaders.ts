import { createCompanyLoaders, createCompanyPeopleLoaders } from '../modules/companies/company.loaders';
import { createJobPostingLoaders } from '../modules/jobs/job-posting.loaders';
import { createApplicationLoaders } from '../modules/applications/application.loaders';
import { createSavedJobLoaders } from '../modules/jobs/saved-job.loaders';
import { createJobAlertLoaders } from '../modules/jobs/job-alert.loaders';
import { createConnectionLoaders } from '../modules/connections/connection.loaders';
import { createIntroductionLoaders } from '../modules/connections/introduction.loaders';
import { createMediaLoaders } from '../modules/media/media.loaders';
import { createCredentialLoaders } from '../modules/members/credentials.loaders';
import { createMemberLoaders } from '../modules/members/member.loaders';
import { createOpenToWorkLoaders } from '../modules/members/open-to-work.loaders';
import { createSkillLoaders } from '../modules/skills/skill.loaders';
import type { Services } from '../services';

/** Fresh DataLoaders for each request, so that batching and caching never cross viewers. */
export function createLoaders(services: Services, viewerMemberId: string | null) {
  return {
    ...createMemberLoaders(services.members, services.career),
    ...createConnectionLoaders(services.connections, services.invitations, services.relations, viewerMemberId),
    ...createIntroductionLoaders(services.introductions),
    ...createSkillLoaders(services.skills),
    ...createMediaLoaders(services.media),
    ...createOpenToWorkLoaders(services.openToWork),
    ...createCompanyLoaders(services.companies, viewerMemberId),
    ...createCompanyPeopleLoaders(services.companyPeople, viewerMemberId),
    ...createCredentialLoaders(services.credentials),
    ...createJobPostingLoaders(services.jobPostings),
    ...createApplicationLoaders(services.applications.reads, viewerMemberId),
    ...createSavedJobLoaders(services.savedJobs, viewerMemberId),
    ...createJobAlertLoaders(services.jobAlerts),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
