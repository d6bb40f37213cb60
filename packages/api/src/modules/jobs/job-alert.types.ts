import {
  CONTRACT_TYPES,
  JOB_ALERT_FREQUENCIES,
  POSTED_WITHIN,
  SALARY_PERIODS,
  SENIORITY_LEVELS,
  WORKPLACE_TYPES,
  type ContractType,
  type JobAlertFrequency,
  type PostedWithin,
  type SalaryPeriod,
  type SeniorityLevel,
  type WorkplaceType,
} from '@carnet/shared';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, toGlobalId } from '../../graphql/relay';
import { Payload } from '../../graphql/user-error';
import type { JobAlertEntity, JobAlertMatchEntity } from './job-alert.entity';
import { JobSearchFiltersInput } from './job-search.types';

registerEnumType(JOB_ALERT_FREQUENCIES, {
  name: 'JobAlertFrequency',
  description: 'INSTANT looks for new postings every few minutes, DAILY once a day.',
});

@ObjectType('SalaryFloor')
export class SalaryFloor {
  @Field(() => Int)
  amount: number;

  @Field()
  currency: string;

  @Field(() => SALARY_PERIODS)
  period: SalaryPeriod;
}

@ObjectType({ description: 'The filters of a saved search, as JobSearchFilters takes them back.' })
export class JobAlertFilters {
  @Field(() => [String])
  locations: string[];

  @Field(() => [WORKPLACE_TYPES])
  workplaceTypes: WorkplaceType[];

  @Field(() => [CONTRACT_TYPES])
  contractTypes: ContractType[];

  @Field(() => [SENIORITY_LEVELS])
  seniorities: SeniorityLevel[];

  @Field(() => [ID])
  companyIds: string[];

  @Field(() => [String])
  jobFunctions: string[];

  @Field(() => SalaryFloor, { nullable: true })
  salaryAtLeast: SalaryFloor | null;

  @Field(() => POSTED_WITHIN, { nullable: true })
  postedWithin: PostedWithin | null;

  @Field()
  inMyNetwork: boolean;
}

@ObjectType({ description: 'A saved search that collects the new postings matching it.' })
export class JobAlert {
  entity: JobAlertEntity;

  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  query: string | null;

  @Field(() => JobAlertFilters)
  filters: JobAlertFilters;

  @Field(() => JOB_ALERT_FREQUENCIES)
  frequency: JobAlertFrequency;

  @Field()
  createdAt: Date;
}

export function toJobAlert(entity: JobAlertEntity): JobAlert {
  const filters = entity.filters;
  return Object.assign(new JobAlert(), {
    entity,
    id: toGlobalId('JobAlert', entity.id),
    name: entity.name,
    query: entity.query,
    filters: { ...filters, companyIds: filters.companyIds.map((id) => toGlobalId('Company', id)) },
    frequency: entity.frequency,
    createdAt: entity.createdAt,
  });
}

@ObjectType({ description: 'A new posting one of your alerts found.' })
export class JobAlertMatch {
  entity: JobAlertMatchEntity;

  @Field(() => ID)
  id: string;

  @Field()
  matchedAt: Date;

  @Field({ description: 'Whether you have seen it (markJobAlertMatchesSeen).' })
  seen: boolean;
}

export function toJobAlertMatch(entity: JobAlertMatchEntity): JobAlertMatch {
  return Object.assign(new JobAlertMatch(), {
    entity,
    id: toGlobalId('JobAlertMatch', entity.id),
    matchedAt: entity.matchedAt,
    seen: entity.seenAt !== null,
  });
}

export const JobAlertConnection = ConnectionType(JobAlert);
export const JobAlertMatchConnection = ConnectionType(JobAlertMatch);

@InputType()
export class CreateJobAlertInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  query?: string | null;

  @Field(() => JobSearchFiltersInput, { nullable: true })
  filters?: JobSearchFiltersInput | null;

  @Field(() => JOB_ALERT_FREQUENCIES)
  frequency: JobAlertFrequency;
}

@InputType()
export class UpdateJobAlertInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => JOB_ALERT_FREQUENCIES, { nullable: true })
  frequency?: JobAlertFrequency | null;
}

@InputType()
export class JobAlertIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class MarkJobAlertMatchesSeenInput {
  @Field(() => ID, { nullable: true, description: 'Only this alert’s matches; all of them when null.' })
  alertId?: string | null;
}

@ObjectType()
export class JobAlertPayload extends Payload {
  @Field(() => JobAlert, { nullable: true })
  jobAlert: JobAlert | null;
}

@ObjectType()
export class DeleteJobAlertPayload extends Payload {
  @Field(() => ID, { nullable: true })
  deletedId: string | null;
}

@ObjectType()
export class MarkJobAlertMatchesSeenPayload extends Payload {
  @Field(() => Int, { description: 'Your unseen matches left.' })
  unseenCount: number;
}
