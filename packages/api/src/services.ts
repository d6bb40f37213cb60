import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { AccessTokenService } from './modules/accounts/access-token.service';
import { AccountService } from './modules/accounts/account.service';
import { SessionService } from './modules/accounts/session.service';
import { SignInThrottle } from './modules/accounts/sign-in-throttle';
import { CompanyService } from './modules/companies/company.service';
import { CompanyPeopleService } from './modules/companies/company-people.service';
import { JobPostingService } from './modules/jobs/job-posting.service';
import { ApplicationService } from './modules/applications/application.service';
import { CandidateSearchService } from './modules/applications/candidate-search.service';
import { JobSearchService } from './modules/jobs/job-search.service';
import { JobRecommendationService } from './modules/jobs/job-recommendation.service';
import { SavedJobService } from './modules/jobs/saved-job.service';
import { JobAlertService } from './modules/jobs/job-alert.service';
import { ConnectionService } from './modules/connections/connection.service';
import { ConnectionSearchService } from './modules/connections/connection-search.service';
import { EmailLookupService } from './modules/connections/email-lookup.service';
import { IntroductionService } from './modules/connections/introduction.service';
import { InvitationService } from './modules/connections/invitation.service';
import { SuggestionService } from './modules/connections/suggestion.service';
import { RelationService } from './modules/connections/relation.service';
import { CareerService } from './modules/members/career.service';
import { CredentialService } from './modules/members/credentials.service';
import { MemberService } from './modules/members/member.service';
import { MediaService } from './modules/media/media.service';
import { AccountDeletionService } from './modules/privacy/account-deletion.service';
import { DataExportService } from './modules/privacy/data-export.service';
import { EXPORT_SECTIONS } from './modules/privacy/export-sections';
import { ProfileViewService } from './modules/profile-views/profile-view.service';
import { OpenToWorkService } from './modules/members/open-to-work.service';
import { SkillService } from './modules/skills/skill.service';

/** One instance of each module's service for the whole process; they hold no per-request state. */
export function createServices(db: DataSource, config: Config) {
  const members = new MemberService(db);
  const sessions = new SessionService(db, config.sessionTtlDays);
  const accessTokens = new AccessTokenService(db);
  const accounts = new AccountService(db, members, sessions, new SignInThrottle(config.signInThrottle));
  const connections = new ConnectionService(db, config.network);
  const invitations = new InvitationService(db, members, connections, config.network);
  const introductions = new IntroductionService(db, members, connections, invitations);
  const suggestions = new SuggestionService(db);
  const connectionSearch = new ConnectionSearchService(db);
  const emailLookup = new EmailLookupService(db, config.emailLookup);
  const relations = new RelationService(db, members, connections);
  const companies = new CompanyService(db);
  const career = new CareerService(db, members, companies);
  const skills = new SkillService(db, members);
  const credentials = new CredentialService(db, members);
  const openToWork = new OpenToWorkService(db, members);
  const jobSearch = new JobSearchService(db);
  const jobRecommendations = new JobRecommendationService(db);
  const savedJobs = new SavedJobService(db);
  const jobAlerts = new JobAlertService(db);
  const jobPostings = new JobPostingService(db, companies, skills);
  const media = new MediaService(db, members);
  const companyPeople = new CompanyPeopleService(db, members);
  const dataExports = new DataExportService(db, EXPORT_SECTIONS);
  const accountDeletion = new AccountDeletionService(db, accounts);
  const profileViews = new ProfileViewService(db);
  const applications = new ApplicationService(db, jobPostings, companies, media, {
    members,
    career,
    skills,
    credentials,
  });
  const candidateSearch = new CandidateSearchService(db, connections);
  return {
    db,
    members,
    sessions,
    accessTokens,
    accounts,
    connections,
    invitations,
    introductions,
    suggestions,
    connectionSearch,
    emailLookup,
    relations,
    career,
    skills,
    profileViews,
    dataExports,
    accountDeletion,
    media,
    openToWork,
    companies,
    companyPeople,
    jobPostings,
    jobSearch,
    jobRecommendations,
    savedJobs,
    jobAlerts,
    credentials,
    applications,
    candidateSearch,
  };
}

export type Services = ReturnType<typeof createServices>;
