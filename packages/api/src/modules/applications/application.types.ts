import {
  APPLICATION_STAGES,
  APPLICATION_STATUSES,
  candidateStatus,
  JOB_LIMITS,
  LANGUAGE_PROFICIENCIES,
  type ApplicationStage,
  type ApplicationStatus,
  type LanguageProficiency,
} from '@carnet/shared';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, Node, toGlobalId } from '../../graphql/relay';
import { Payload } from '../../graphql/user-error';
import { ScreeningQuestion, toScreeningQuestion } from '../jobs/job-posting.types';
import { Position } from '../members/career.types';
import '../members/credentials.types';
import { Location } from '../members/member.type';
import type { JobApplicationEntity } from './application.entity';
import type { AnswerRow } from './application.reads';
import type { ProfileSnapshot } from './application.snapshot';

registerEnumType(APPLICATION_STAGES, {
  name: 'ApplicationStage',
  description:
    "The recruiter's pipeline: NEW → REVIEWED → SHORTLISTED → INTERVIEW → OFFER → HIRED, or REJECTED; " +
    'WITHDRAWN is the candidate withdrawing.',
});
registerEnumType(APPLICATION_STATUSES, {
  name: 'ApplicationStatus',
  description:
    'An application as its candidate sees it: REVIEWED and SHORTLISTED both read VIEWED, REJECTED reads NOT_SELECTED.',
});

// The object types below are plain values read as they are (`simpleResolvers`): their fields skip type-graphql's
// middleware chain, a promise per field that cost more than all the SQL of a page of 50 applicants. The global
// middleware guards root fields only, and each @FieldResolver keeps its own chain.

/** Who reads an application: its candidate, or the recruiters of its posting's company. */
export type ApplicationAudience = 'CANDIDATE' | 'RECRUITER';

@ObjectType({
  description: 'The answer to one screening question: only the value of its kind is set.',
  simpleResolvers: true,
})
export class ApplicationAnswer {
  @Field(() => ScreeningQuestion)
  question: ScreeningQuestion;

  @Field(() => Boolean, { nullable: true })
  yesNo: boolean | null;

  @Field(() => String, { nullable: true })
  text: string | null;

  @Field(() => Float, { nullable: true })
  number: number | null;
}

export function toAnswer(row: AnswerRow): ApplicationAnswer {
  const question = toScreeningQuestion({ ...row, id: row.questionId });
  return { question, yesNo: row.yesNo, text: row.text, number: row.number };
}

@ObjectType({ simpleResolvers: true })
export class SnapshotExperience {
  @Field()
  title: string;

  @Field()
  companyName: string;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field({ description: 'YYYY-MM.' })
  startMonth: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM; null while current.' })
  endMonth: string | null;

  @Field()
  current: boolean;

  @Field(() => String, { nullable: true, description: 'Plain text.' })
  description: string | null;
}

@ObjectType({ simpleResolvers: true })
export class SnapshotEducation {
  @Field()
  school: string;

  @Field(() => String, { nullable: true })
  degree: string | null;

  @Field(() => String, { nullable: true })
  fieldOfStudy: string | null;

  @Field(() => Int, { nullable: true })
  startYear: number | null;

  @Field(() => Int, { nullable: true })
  endYear: number | null;
}

@ObjectType({ simpleResolvers: true })
export class SnapshotLanguage {
  @Field({ description: 'ISO 639-1.' })
  code: string;

  @Field(() => LANGUAGE_PROFICIENCIES)
  proficiency: LanguageProficiency;
}

@ObjectType({
  description:
    'The profile the candidate sent by applying, as it was then, whatever they change or hide on their profile later.',
  simpleResolvers: true,
})
export class ApplicationSnapshot {
  @Field()
  handle: string;

  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  headline: string | null;

  @Field(() => Location, { nullable: true })
  location: Location | null;

  @Field(() => Position, { nullable: true })
  currentPosition: Position | null;

  @Field(() => [SnapshotExperience], { description: 'Current jobs first, then the latest started.' })
  experiences: SnapshotExperience[];

  @Field(() => [SnapshotEducation])
  education: SnapshotEducation[];

  @Field(() => [String], { description: 'In the order the candidate gave them.' })
  skills: string[];

  @Field(() => [SnapshotLanguage])
  languages: SnapshotLanguage[];
}

export function toSnapshot(snapshot: ProfileSnapshot): ApplicationSnapshot {
  return { ...snapshot, displayName: `${snapshot.firstName} ${snapshot.lastName}` };
}

@ObjectType({ description: 'A stage the application entered, and when.', simpleResolvers: true })
export class ApplicationHistoryEntry {
  @Field(() => APPLICATION_STATUSES)
  status: ApplicationStatus;

  @Field(() => APPLICATION_STAGES, { nullable: true, description: 'For the recruiters only; null to the candidate.' })
  stage: ApplicationStage | null;

  @Field()
  at: Date;
}

@ObjectType({
  description: "A private note of the company's recruiters; never shown to the candidate.",
  simpleResolvers: true,
})
export class ApplicationNote {
  authorId: string | null;

  @Field(() => ID)
  id: string;

  @Field()
  text: string;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'How many applications of a posting are in one stage.', simpleResolvers: true })
export class StageCount {
  @Field(() => APPLICATION_STAGES)
  stage: ApplicationStage;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  implements: Node,
  description:
    'An application to a job posting, read by its candidate or by the recruiters of the posting’s company. ' +
    'Notes and pipeline stages are for the recruiters only.',
  simpleResolvers: true,
})
export class JobApplication extends Node {
  entity: JobApplicationEntity;

  audience: ApplicationAudience;

  @Field(() => String, { nullable: true, description: 'Plain text with line breaks.' })
  coverLetter: string | null;

  @Field()
  contactEmail: string;

  @Field(() => String, { nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true, description: 'Sent with a rejection; null otherwise.' })
  rejectionMessage: string | null;

  @Field()
  appliedAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => APPLICATION_STAGES, {
    nullable: true,
    description: 'The pipeline stage, for the recruiters; null to the candidate, who reads `status`.',
  })
  stage: ApplicationStage | null;

  @Field(() => APPLICATION_STATUSES, { description: 'Where the application stands, as the candidate is told.' })
  status: ApplicationStatus;

  @Field({ description: 'Where to download the CV sent, relative to the API (a PDF).' })
  cvUrl: string;

  @Field(() => ApplicationSnapshot)
  get snapshot(): ApplicationSnapshot {
    return toSnapshot(this.entity.snapshot);
  }

  get applicationId(): string {
    return this.entity.id;
  }
}

export function toJobApplication(entity: JobApplicationEntity, audience: ApplicationAudience): JobApplication {
  const id = toGlobalId('JobApplication', entity.id);
  return Object.assign(new JobApplication(), {
    id,
    entity,
    audience,
    stage: audience === 'RECRUITER' ? entity.stage : null,
    status: candidateStatus(entity.stage),
    cvUrl: `/media/applications/${id}/cv`,
    coverLetter: entity.coverLetter,
    contactEmail: entity.contactEmail,
    contactPhone: entity.contactPhone,
    rejectionMessage: entity.rejectionMessage,
    appliedAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  });
}

export const JobApplicationConnection = ConnectionType(JobApplication);

@InputType({ description: 'Which CV goes with the application: your profile’s, or a PDF uploaded for it.' })
export class ApplicationCvInput {
  @Field({ defaultValue: false, description: 'Send a copy of the CV of your profile.' })
  useProfileCv: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The id answered by POST /uploads/application-cv; wins over useProfileCv.',
  })
  uploadedMediaId?: string | null;
}

@InputType({ description: 'The answer to one screening question: give only the value of its kind.' })
export class ScreeningAnswerInput {
  @Field(() => ID)
  questionId: string;

  @Field(() => Boolean, { nullable: true })
  yesNo?: boolean | null;

  @Field(() => String, { nullable: true, description: `Up to ${JOB_LIMITS.shortTextAnswer} characters.` })
  text?: string | null;

  @Field(() => Float, { nullable: true })
  number?: number | null;
}

@InputType()
export class ApplyToJobInput {
  @Field(() => ID)
  jobPostingId: string;

  @Field(() => String, { nullable: true, description: `Up to ${JOB_LIMITS.coverLetter} characters.` })
  coverLetter?: string | null;

  @Field(() => ApplicationCvInput)
  cv: ApplicationCvInput;

  @Field(() => [ScreeningAnswerInput], { defaultValue: [] })
  answers: ScreeningAnswerInput[];

  @Field({ description: 'Where the recruiter may write to you about this application.' })
  contactEmail: string;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;
}

@InputType()
export class ApplicationIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class MoveApplicationInput {
  @Field(() => ID)
  id: string;

  @Field(() => APPLICATION_STAGES, { description: 'Any stage but WITHDRAWN.' })
  stage: ApplicationStage;
}

@InputType()
export class AddApplicationNoteInput {
  @Field(() => ID)
  id: string;

  @Field({ description: `Up to ${JOB_LIMITS.recruiterNote} characters.` })
  text: string;
}

@InputType()
export class RejectApplicationInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    nullable: true,
    description: `A message for the candidate, up to ${JOB_LIMITS.rejectionMessage} characters.`,
  })
  message?: string | null;
}

@ObjectType()
export class ApplicationPayload extends Payload {
  @Field(() => JobApplication, { nullable: true })
  application: JobApplication | null;
}

@ObjectType()
export class ApplyToJobPayload extends ApplicationPayload {}

@ObjectType()
export class WithdrawApplicationPayload extends ApplicationPayload {}

@ObjectType()
export class MoveApplicationPayload extends ApplicationPayload {}

@ObjectType()
export class AddApplicationNotePayload extends ApplicationPayload {}

@ObjectType()
export class RejectApplicationPayload extends ApplicationPayload {}
