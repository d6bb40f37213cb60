import { COMPANY_ROLES, JOB_STATES, type CompanyRole, type JobState } from '@carnet/shared';
import type { JobPostingEntity } from './job-posting.entity';

/** EXPIRED is read from the date, so a posting expires on time without any background work. */
export function effectiveJobState(posting: Pick<JobPostingEntity, 'state' | 'expiresAt'>, now: Date): JobState {
  return posting.state === JOB_STATES.OPEN && posting.expiresAt <= now ? JOB_STATES.EXPIRED : posting.state;
}

/** Admins and recruiters of the posting's company manage it and see its applicants. */
export function managesJobs(role: CompanyRole | null): boolean {
  return role === COMPANY_ROLES.ADMIN || role === COMPANY_ROLES.RECRUITER;
}

/** Everyone reads published postings, even closed or expired ones (by link); drafts are for the company's recruiters. */
export function canReadPosting(posting: Pick<JobPostingEntity, 'state'>, viewerRole: CompanyRole | null): boolean {
  return posting.state !== JOB_STATES.DRAFT || managesJobs(viewerRole);
}

/** Only an OPEN posting that has not expired and applies on Carnet takes applications. */
export function takesApplications(posting: Pick<JobPostingEntity, 'state' | 'expiresAt' | 'applyUrl'>, now: Date) {
  return effectiveJobState(posting, now) === JOB_STATES.OPEN && posting.applyUrl === null;
}
