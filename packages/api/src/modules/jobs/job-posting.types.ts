import {
  CONTRACT_TYPES,
  EMPLOYMENT_TYPE_OF_CONTRACT,
  EMPLOYMENT_TYPES,
  JOB_FUNCTIONS,
  JOB_STATES,
  SCREENING_KINDS,
  SALARY_PERIODS,
  SENIORITY_LEVELS,
  WORKPLACE_TYPES,
  type ContractType,
  type EmploymentType,
  type JobState,
  type SalaryPeriod,
  type ScreeningKind,
  type SeniorityLevel,
  type WorkplaceType,
} from '@carnet/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, Node, toGlobalId } from '../../graphql/relay';
import { Place } from '../companies/company.types';
import type { JobPostingEntity, ScreeningQuestionEntity } from './job-posting.entity';
import { effectiveJobState } from './job-posting.policy';

registerEnumType(JOB_STATES, {
  name: 'JobState',
  description: 'DRAFT (recruiters only) → OPEN → CLOSED, or EXPIRED once the expiry date passes.',
});
registerEnumType(SENIORITY_LEVELS, { name: 'SeniorityLevel' });
registerEnumType(SALARY_PERIODS, { name: 'SalaryPeriod' });
registerEnumType(CONTRACT_TYPES, {
  name: 'JobContractType',
  description:
    'French contract kinds: CDI (permanent), CDD (fixed-term), STAGE (internship), ALTERNANCE (work-study), ' +
    'FREELANCE, INTERIM (temporary agency work), TEMPS_PARTIEL (part-time).',
});
registerEnumType(WORKPLACE_TYPES, { name: 'JobWorkplaceType' });
registerEnumType(JOB_FUNCTIONS, { name: 'JobFunction', description: 'The function a job belongs to.' });
registerEnumType(SCREENING_KINDS, { name: 'ScreeningKind', description: 'How a screening question is answered.' });
registerEnumType(EMPLOYMENT_TYPES, {
  name: 'EmploymentType',
  description: "schema.org's employmentType, as job boards and Google for Jobs read it.",
});

@ObjectType({ description: 'A question candidates answer when they apply.', simpleResolvers: true })
export class ScreeningQuestion {
  @Field(() => ID, { description: 'Stays the same while the question is kept in edits (answers refer to it).' })
  id: string;

  @Field(() => SCREENING_KINDS)
  kind: ScreeningKind;

  @Field()
  prompt: string;

  @Field()
  required: boolean;
}

export function toScreeningQuestion(
  entity: Pick<ScreeningQuestionEntity, 'id' | 'kind' | 'prompt' | 'required'>,
): ScreeningQuestion {
  return {
    id: toGlobalId('ScreeningQuestion', entity.id),
    kind: entity.kind,
    prompt: entity.prompt,
    required: entity.required,
  };
}

@ObjectType({
  description: 'A salary range; one bound may be missing ("from 45 000 €", "up to 60 000 €").',
  simpleResolvers: true,
})
export class Salary {
  @Field(() => Int, { nullable: true })
  min: number | null;

  @Field(() => Int, { nullable: true })
  max: number | null;

  @Field({ description: 'ISO 4217, e.g. EUR.' })
  currency: string;

  @Field(() => SALARY_PERIODS)
  period: SalaryPeriod;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'A job offer of a company. Drafts are seen by its recruiters only; closed and expired ones stay readable.',
})
export class JobPosting extends Node {
  entity: JobPostingEntity;

  @Field()
  title: string;

  @Field({ description: 'Sanitized HTML (paragraphs, lists, emphasis, links): safe to render as is.' })
  descriptionHtml: string;

  @Field(() => JOB_STATES)
  state: JobState;

  @Field(() => Place)
  location: Place;

  @Field(() => WORKPLACE_TYPES)
  workplaceType: WorkplaceType;

  @Field(() => CONTRACT_TYPES)
  contractType: ContractType;

  @Field(() => Int, { nullable: true, description: 'Length in months of a CDD or an intérim mission.' })
  contractMonths: number | null;

  @Field(() => EMPLOYMENT_TYPES, {
    description:
      'The contract in schema.org terms: CDI → FULL_TIME, CDD and INTERIM → TEMPORARY, STAGE and ALTERNANCE → ' +
      'INTERN (alternance is work-study, which schema.org has no word for), FREELANCE → CONTRACTOR, ' +
      'TEMPS_PARTIEL → PART_TIME.',
  })
  employmentType: EmploymentType;

  @Field(() => SENIORITY_LEVELS, { nullable: true })
  seniority: SeniorityLevel | null;

  @Field(() => String, { nullable: true, description: 'One of JOB_FUNCTIONS, e.g. ENGINEERING.' })
  jobFunction: string | null;

  @Field(() => Salary, { nullable: true })
  salary: Salary | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  startDate: string | null;

  @Field(() => Int)
  openings: number;

  @Field(() => String, { nullable: true, description: 'Where to apply when not on Carnet.' })
  applyUrl: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  expiresAt: Date;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  get postingId(): string {
    return this.entity.id;
  }
}

export function toJobPosting(entity: JobPostingEntity, now = new Date()): JobPosting {
  const { salaryMin: min, salaryMax: max, salaryCurrency: currency, salaryPeriod: period } = entity;
  return Object.assign(new JobPosting(), {
    id: toGlobalId('JobPosting', entity.id),
    entity,
    title: entity.title,
    descriptionHtml: entity.description,
    state: effectiveJobState(entity, now),
    location: { city: entity.city, region: entity.region, country: entity.country },
    workplaceType: entity.workplaceType,
    contractType: entity.contractType,
    contractMonths: entity.contractMonths,
    employmentType: EMPLOYMENT_TYPE_OF_CONTRACT[entity.contractType],
    seniority: entity.seniority,
    jobFunction: entity.jobFunction,
    salary: currency && period ? { min, max, currency, period } : null,
    startDate: entity.startDate,
    openings: entity.openings,
    applyUrl: entity.applyUrl,
    publishedAt: entity.publishedAt,
    expiresAt: entity.expiresAt,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  });
}

export const JobPostingConnection = ConnectionType(JobPosting);
