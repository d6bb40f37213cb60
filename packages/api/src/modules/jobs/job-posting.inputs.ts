import {
  CONTRACT_TYPES,
  CURRENCIES,
  JOB_FUNCTIONS,
  JOB_LIMITS,
  SALARY_PERIODS,
  SCREENING_KINDS,
  SENIORITY_LEVELS,
  WORKPLACE_TYPES,
  type ContractType,
  type JobFunction,
  type JobPostingFields,
  type SalaryPeriod,
  type ScreeningKind,
  type SeniorityLevel,
  type WorkplaceType,
} from '@carnet/shared';
import { Field, ID, InputType, Int, ObjectType, type ClassType } from 'type-graphql';
import { fromGlobalId } from '../../graphql/relay';
import { Payload } from '../../graphql/user-error';
import { PlaceInput } from '../companies/company.inputs';
import { JobPosting } from './job-posting.types';

@InputType({ description: 'Give at least one bound; amounts are whole units of the currency.' })
export class SalaryInput {
  @Field(() => Int, { nullable: true })
  min?: number | null;

  @Field(() => Int, { nullable: true })
  max?: number | null;

  @Field({ description: `ISO 4217: one of ${CURRENCIES.join(', ')}.` })
  currency: string;

  @Field(() => SALARY_PERIODS)
  period: SalaryPeriod;
}

@InputType()
export class ScreeningQuestionInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The id of a question of this posting to keep (with the answers already given to it).',
  })
  id?: string | null;

  @Field(() => SCREENING_KINDS)
  kind: ScreeningKind;

  @Field({ description: `At most ${JOB_LIMITS.screeningPrompt} characters.` })
  prompt: string;

  @Field({ defaultValue: true })
  required: boolean;
}

@InputType({ description: 'The fields of a job posting, shared by creation and edits.' })
export class JobPostingFieldsInput {
  @Field({ description: `At most ${JOB_LIMITS.title} characters.` })
  title: string;

  @Field({
    defaultValue: '',
    description:
      'HTML: p, br, strong, em, b, i, u, ul, ol, li, h3, h4, blockquote and http(s)/mailto links are kept, ' +
      `everything else is removed; at most ${JOB_LIMITS.description} characters once cleaned. Required to publish.`,
  })
  descriptionHtml: string;

  @Field(() => PlaceInput, { nullable: true, description: 'A city is required unless the job is REMOTE.' })
  location?: PlaceInput | null;

  @Field(() => WORKPLACE_TYPES)
  workplaceType: WorkplaceType;

  @Field(() => CONTRACT_TYPES)
  contractType: ContractType;

  @Field(() => Int, {
    nullable: true,
    description: `Months, 1 to ${JOB_LIMITS.cddMonthsMax}: required for a CDD, optional for INTERIM, refused otherwise.`,
  })
  contractMonths?: number | null;

  @Field(() => SENIORITY_LEVELS, { nullable: true })
  seniority?: SeniorityLevel | null;

  @Field(() => JOB_FUNCTIONS, { nullable: true })
  jobFunction?: JobFunction | null;

  @Field(() => [String], {
    defaultValue: [],
    description: `Skill names, at most ${JOB_LIMITS.skills}; new names join the skills catalogue.`,
  })
  skills: string[];

  @Field(() => SalaryInput, { nullable: true })
  salary?: SalaryInput | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  startDate?: string | null;

  @Field(() => Int, { defaultValue: 1 })
  openings: number;

  @Field(() => String, { nullable: true, description: 'An http(s) address to apply on; null: on Carnet.' })
  applyUrl?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      `In the future, at most ${JOB_LIMITS.expiryDaysMax} days ahead. Absent: ${JOB_LIMITS.expiryDaysDefault} days ` +
      'after creation for a new posting, unchanged for an edit.',
  })
  expiresAt?: Date | null;

  @Field(() => [ScreeningQuestionInput], {
    defaultValue: [],
    description: `Up to ${JOB_LIMITS.screeningQuestions}, in order.`,
  })
  screeningQuestions: ScreeningQuestionInput[];
}

@InputType()
export class CreateJobPostingInput extends JobPostingFieldsInput {
  @Field(() => ID)
  companyId: string;

  @Field({ defaultValue: false, description: 'Publish at once (OPEN) rather than keep a DRAFT.' })
  publish: boolean;
}

@InputType({
  description: 'Every field of the posting: it replaces them all, skills and screening questions included.',
})
export class UpdateJobPostingInput extends JobPostingFieldsInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class JobPostingIdInput {
  @Field(() => ID)
  id: string;
}

/** The database id of a kept question's global id; one that is not a question's never matches one. */
function questionId(globalId: string | null | undefined): string | null {
  if (!globalId) return null;
  const parsed = fromGlobalId(globalId);
  return parsed?.typeName === 'ScreeningQuestion' ? parsed.id : '0';
}

export function postingFieldsOf(input: JobPostingFieldsInput): JobPostingFields {
  const { location, salary } = input;
  return {
    title: input.title,
    descriptionHtml: input.descriptionHtml,
    location: { city: location?.city ?? null, region: location?.region ?? null, country: location?.country ?? null },
    workplaceType: input.workplaceType,
    contractType: input.contractType,
    contractMonths: input.contractMonths ?? null,
    seniority: input.seniority ?? null,
    jobFunction: input.jobFunction ?? null,
    skills: input.skills,
    salary: salary
      ? { min: salary.min ?? null, max: salary.max ?? null, currency: salary.currency, period: salary.period }
      : null,
    startDate: input.startDate ?? null,
    openings: input.openings,
    applyUrl: input.applyUrl ?? null,
    expiresAt: input.expiresAt ?? null,
    screeningQuestions: input.screeningQuestions.map((question) => ({
      id: questionId(question.id),
      kind: question.kind,
      prompt: question.prompt,
      required: question.required,
    })),
  };
}

/** `<Name>Payload { jobPosting, userErrors }`, one per mutation as Relay clients expect. */
function postingPayload(name: string): ClassType<Payload & { jobPosting: JobPosting | null }> {
  @ObjectType(name)
  class PostingPayload extends Payload {
    @Field(() => JobPosting, { nullable: true })
    jobPosting: JobPosting | null;
  }
  return PostingPayload;
}

export const CreateJobPostingPayload = postingPayload('CreateJobPostingPayload');
export const UpdateJobPostingPayload = postingPayload('UpdateJobPostingPayload');
export const PublishJobPostingPayload = postingPayload('PublishJobPostingPayload');
export const CloseJobPostingPayload = postingPayload('CloseJobPostingPayload');
export const ReopenJobPostingPayload = postingPayload('ReopenJobPostingPayload');
export const DuplicateJobPostingPayload = postingPayload('DuplicateJobPostingPayload');
export type JobPostingPayload = InstanceType<typeof CreateJobPostingPayload>;
