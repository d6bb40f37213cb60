import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, toGlobalId } from '../../graphql/relay';
import { Payload } from '../../graphql/user-error';
import type { EducationEntity, ExperienceEntity } from './career.entity';

@ObjectType({ description: 'A job on a CV.' })
export class Experience {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'The company as the member wrote it.' })
  companyName: string;

  /** The company page it names, if any (the companies module resolves Experience.company). */
  companyId: string | null;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field({ description: 'Month the job started, "YYYY-MM".' })
  startMonth: string;

  @Field(() => String, { nullable: true, description: 'Month it ended, "YYYY-MM"; null while current.' })
  endMonth: string | null;

  @Field()
  current: boolean;

  @Field(() => String, { nullable: true, description: 'Plain text.' })
  description: string | null;
}

export const toExperience = (entity: ExperienceEntity): Experience => ({
  ...entity,
  id: toGlobalId('Experience', entity.id),
});

@ObjectType({ description: "A member's current job, as a line under their name.", simpleResolvers: true })
export class Position {
  @Field()
  title: string;

  @Field({ description: 'The company as the member wrote it.' })
  companyName: string;
}

/**
 * The current job that started most recently, else null. `experiences` come in the order of
 * CareerService.experiencesOf: current jobs first, the latest started first.
 */
export function currentPositionOf(experiences: readonly ExperienceEntity[]): Position | null {
  const job = experiences.find((experience) => experience.current);
  return job ? { title: job.title, companyName: job.companyName } : null;
}

@ObjectType({ description: 'A school or degree on a CV.' })
export class Education {
  @Field(() => ID)
  id: string;

  @Field()
  school: string;

  @Field(() => String, { nullable: true })
  degree: string | null;

  @Field(() => String, { nullable: true })
  fieldOfStudy: string | null;

  @Field(() => Int, { nullable: true })
  startYear: number | null;

  @Field(() => Int, { nullable: true, description: 'Expected end for studies in progress.' })
  endYear: number | null;

  @Field(() => String, { nullable: true, description: 'Plain text.' })
  description: string | null;
}

export const toEducation = (entity: EducationEntity): Education => ({
  ...entity,
  id: toGlobalId('Education', entity.id),
});

export const ExperienceConnection = ConnectionType(Experience);
export const EducationConnection = ConnectionType(Education);

@InputType()
export class ExperienceInput {
  @Field(() => ID, { nullable: true, description: 'The entry to change; absent to add one.' })
  id?: string | null;

  @Field()
  title: string;

  @Field()
  companyName: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The company page it names, as chosen from suggestions; without it, the only page whose name matches ' +
      'companyName (case and accents aside) is linked, if any.',
  })
  companyId?: string | null;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field({ description: '"YYYY-MM", not in the future.' })
  startMonth: string;

  @Field(() => String, { nullable: true, description: '"YYYY-MM"; required unless current.' })
  endMonth: string | null;

  @Field({ defaultValue: false })
  current: boolean;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@InputType()
export class EducationInput {
  @Field(() => ID, { nullable: true, description: 'The entry to change; absent to add one.' })
  id?: string | null;

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

  @Field(() => String, { nullable: true })
  description: string | null;
}

@InputType()
export class RemoveEntryInput {
  @Field(() => ID)
  id: string;
}

@ObjectType()
export class SaveExperiencePayload extends Payload {
  @Field(() => Experience, { nullable: true })
  experience: Experience | null;
}

@ObjectType()
export class SaveEducationPayload extends Payload {
  @Field(() => Education, { nullable: true })
  education: Education | null;
}

@ObjectType()
export class RemoveEntryPayload extends Payload {
  @Field(() => ID, { nullable: true })
  removedId: string | null;
}
