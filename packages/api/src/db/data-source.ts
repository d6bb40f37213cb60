import { DataSource } from 'typeorm';
import { AccessTokenEntity } from '../modules/accounts/access-token.entity';
import { AccountEntity } from '../modules/accounts/account.entity';
import { SessionEntity } from '../modules/accounts/session.entity';
import {
  BlockEntity,
  ConnectionEntity,
  FollowEntity,
  InvitationEntity,
} from '../modules/connections/connection.entity';
import { EducationEntity, ExperienceEntity } from '../modules/members/career.entity';
import { CertificationEntity, LanguageEntity, LinkEntity } from '../modules/members/credentials.entity';
import { IntroductionEntity } from '../modules/connections/introduction.entity';
import { MemberEntity } from '../modules/members/member.entity';
import { ProfileViewEntity } from '../modules/profile-views/profile-view.entity';
import { OpenToWorkEntity } from '../modules/members/open-to-work.entity';
import { Foundation1763800000000 } from './migrations/1763800000000-foundation';
import { ProfileBasics1763900000000 } from './migrations/1763900000000-profile-basics';
import { HandleReservations1764000000000 } from './migrations/1764000000000-handle-reservations';
import { Career1764100000000 } from './migrations/1764100000000-career';
import { Skills1764200000000 } from './migrations/1764200000000-skills';
import { DataExport1764800000000 } from './migrations/1764800000000-data-export';
import { GraphRelations1764900000000 } from './migrations/1764900000000-graph-relations';
import { Suggestions1765200000000 } from './migrations/1765200000000-suggestions';
import { GraphReach1765100000000 } from './migrations/1765100000000-graph-reach';
import { ConnectionStatistics1765300000000 } from './migrations/1765300000000-connection-statistics';
import { Introductions1765400000000 } from './migrations/1765400000000-introductions';
import { CompaniesJobs1765500000000 } from './migrations/1765500000000-companies-jobs';
import { Applications1765540000000 } from './migrations/1765540000000-applications';
import { CompanyAdminHandover1765560000000 } from './migrations/1765560000000-company-admin-handover';
import {
  ApplicationAnswerEntity,
  ApplicationCvEntity,
  ApplicationNoteEntity,
  ApplicationStageEntity,
  JobApplicationEntity,
} from '../modules/applications/application.entity';
import { CompanyPages1765510000000 } from './migrations/1765510000000-company-pages';
import { CompanyEntity, CompanyFollowEntity, CompanyRoleEntity } from '../modules/companies/company.entity';
import { JobSearch1765530000000 } from './migrations/1765530000000-job-search';
import { JobPostings1765520000000 } from './migrations/1765520000000-job-postings';
import { JobPostingEntity, JobPostingSkillEntity, ScreeningQuestionEntity } from '../modules/jobs/job-posting.entity';
import { SavedJobEntity } from '../modules/jobs/saved-job.entity';
import { JobAlertEntity, JobAlertMatchEntity } from '../modules/jobs/job-alert.entity';
import { ProfileViews1764600000000 } from './migrations/1764600000000-profile-views';
import { Media1764500000000 } from './migrations/1764500000000-media';
import { Connections1764700000000 } from './migrations/1764700000000-connections';
import { OpenToWork1764400000000 } from './migrations/1764400000000-open-to-work';
import { ProfileSections1764300000000 } from './migrations/1764300000000-profile-sections';
import type { StatementCounter } from './statement-counter';

export const ENTITIES = [
  MemberEntity,
  AccountEntity,
  SessionEntity,
  AccessTokenEntity,
  ExperienceEntity,
  EducationEntity,
  ProfileViewEntity,
  ConnectionEntity,
  InvitationEntity,
  BlockEntity,
  FollowEntity,
  IntroductionEntity,
  CompanyEntity,
  CompanyRoleEntity,
  CompanyFollowEntity,
  JobPostingEntity,
  JobPostingSkillEntity,
  ScreeningQuestionEntity,
  JobApplicationEntity,
  ApplicationCvEntity,
  ApplicationAnswerEntity,
  ApplicationNoteEntity,
  ApplicationStageEntity,
  SavedJobEntity,
  JobAlertEntity,
  JobAlertMatchEntity,
  OpenToWorkEntity,
  LanguageEntity,
  CertificationEntity,
  LinkEntity,
];

/** In order: a migration is never edited once committed, only followed by another. */
export const MIGRATIONS = [
  Foundation1763800000000,
  ProfileBasics1763900000000,
  HandleReservations1764000000000,
  Career1764100000000,
  Skills1764200000000,
  ProfileSections1764300000000,
  OpenToWork1764400000000,
  Media1764500000000,
  ProfileViews1764600000000,
  Connections1764700000000,
  DataExport1764800000000,
  GraphRelations1764900000000,
  GraphReach1765100000000,
  Suggestions1765200000000,
  ConnectionStatistics1765300000000,
  Introductions1765400000000,
  CompaniesJobs1765500000000,
  CompanyPages1765510000000,
  JobPostings1765520000000,
  JobSearch1765530000000,
  Applications1765540000000,
  CompanyAdminHandover1765560000000,
];

export interface DataSourceOptions {
  poolSize?: number;
  /** Tests and benchmarks only: counts the statements of each measured request. */
  statementCounter?: StatementCounter;
}

export function createDataSource(url: string, { poolSize = 10, statementCounter }: DataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    ...(statementCounter ? { logger: statementCounter.logger } : {}),
    extra: { max: poolSize, application_name: 'carnet' },
  });
}
