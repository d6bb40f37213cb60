import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../modules/accounts/account.resolver';
import { CompanyResolver } from '../modules/companies/company.resolver';
import { CompanyExperienceResolver } from '../modules/companies/company-experience.resolver';
import { CompanyPeopleResolver } from '../modules/companies/company-people.resolver';
import { JobPostingResolver } from '../modules/jobs/job-posting.resolver';
import { ApplicationNoteResolver, ApplicationResolver } from '../modules/applications/application.resolver';
import { CandidateSearchResolver } from '../modules/applications/candidate-search.resolver';
import {
  ApplicantsConnectionResolver,
  PostingApplicationsResolver,
} from '../modules/applications/posting-applications.resolver';
import { JobSearchResolver } from '../modules/jobs/job-search.resolver';
import { JobRecommendationResolver } from '../modules/jobs/job-recommendation.resolver';
import { SavedJobResolver } from '../modules/jobs/saved-job.resolver';
import { JobAlertMatchResolver, JobAlertResolver } from '../modules/jobs/job-alert.resolver';
import { CompanyJobsResolver } from '../modules/jobs/company-jobs.resolver';
import { MediaResolver } from '../modules/media/media.resolver';
import { ConnectionSearchResolver } from '../modules/connections/connection-search.resolver';
import { SuggestionResolver } from '../modules/connections/suggestion.resolver';
import { ConnectionResolver, ViewerStateResolver } from '../modules/connections/connection.resolver';
import {
  IntroductionMemberResolver,
  IntroductionResolver,
  InvitationIntroductionResolver,
} from '../modules/connections/introduction.resolver';
import { InvitationResolver } from '../modules/connections/invitation.resolver';
import { RelationResolver } from '../modules/connections/relation.resolver';
import { CareerResolver } from '../modules/members/career.resolver';
import { CompletenessResolver } from '../modules/members/completeness.resolver';
import { CredentialResolver } from '../modules/members/credentials.resolver';
import { MemberResolver } from '../modules/members/member.resolver';
import { PrivacyResolver } from '../modules/privacy/privacy.resolver';
import { ProfileViewMemberResolver, ProfileViewResolver } from '../modules/profile-views/profile-view.resolver';
import { OpenToWorkResolver } from '../modules/members/open-to-work.resolver';
import { SkillResolver } from '../modules/skills/skill.resolver';
import { AuthChecker, denyUndeclaredRootFields } from './auth';
import { NodeResolver } from './node.resolver';

export const RESOLVERS = [
  NodeResolver,
  AccountResolver,
  MemberResolver,
  CareerResolver,
  SkillResolver,
  CompletenessResolver,
  PrivacyResolver,
  ProfileViewMemberResolver,
  ProfileViewResolver,
  MediaResolver,
  ConnectionResolver,
  ViewerStateResolver,
  InvitationResolver,
  IntroductionResolver,
  IntroductionMemberResolver,
  InvitationIntroductionResolver,
  SuggestionResolver,
  ConnectionSearchResolver,
  RelationResolver,
  OpenToWorkResolver,
  CredentialResolver,
  CompanyResolver,
  CompanyPeopleResolver,
  CompanyExperienceResolver,
  JobPostingResolver,
  ApplicationResolver,
  ApplicationNoteResolver,
  PostingApplicationsResolver,
  ApplicantsConnectionResolver,
  CandidateSearchResolver,
  JobSearchResolver,
  JobRecommendationResolver,
  SavedJobResolver,
  JobAlertResolver,
  JobAlertMatchResolver,
  CompanyJobsResolver,
] as const;

export function buildCarnetSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker: AuthChecker,
    globalMiddlewares: [denyUndeclaredRootFields],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
  });
}
