import {
  CONTRACT_TYPES,
  currentMonth,
  OPEN_TO_WORK_AUDIENCES,
  OPEN_TO_WORK_LIMITS,
  WORKPLACE_TYPES,
  type ContractType,
  type OpenToWorkAudience,
  type WorkplaceType,
} from '@carnet/shared';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Payload } from '../../graphql/user-error';
import { Member } from './member.type';
import type { OpenToWorkEntity } from './open-to-work.entity';

registerEnumType(CONTRACT_TYPES, {
  name: 'ContractType',
  description: 'Permanent, fixed-term, internship, work-study, freelance, temporary agency work, part time.',
});
registerEnumType(WORKPLACE_TYPES, { name: 'WorkplaceType', description: 'On site, hybrid or remote.' });
registerEnumType(OPEN_TO_WORK_AUDIENCES, {
  name: 'OpenToWorkAudience',
  description:
    'Who sees an "open to work" signal among the readers of the OPEN_TO_WORK section: all of them, or only recruiters.',
});

@ObjectType({ description: 'A member looking for a job: what, where, from when.' })
export class OpenToWork {
  @Field(() => [String], { description: `1 to ${OPEN_TO_WORK_LIMITS.jobTitles} job titles.` })
  jobTitles: string[];

  @Field(() => [String], { description: 'Cities, regions or countries, as the member wrote them; empty: anywhere.' })
  locations: string[];

  @Field(() => [CONTRACT_TYPES])
  contractTypes: ContractType[];

  @Field(() => [WORKPLACE_TYPES], { description: 'Empty: any.' })
  workplaceTypes: WorkplaceType[];

  @Field(() => String, { nullable: true, description: 'First month available, "YYYY-MM"; null: immediately.' })
  availableFrom: string | null;

  @Field(() => OPEN_TO_WORK_AUDIENCES)
  visibleTo: OpenToWorkAudience;

  @Field()
  updatedAt: Date;
}

/** A start month that has come means available now. */
export const toOpenToWork = (entity: OpenToWorkEntity, now = new Date()): OpenToWork => ({
  jobTitles: entity.jobTitles,
  locations: entity.locations,
  contractTypes: entity.contractTypes,
  workplaceTypes: entity.workplaceTypes,
  availableFrom: entity.availableFrom && entity.availableFrom > currentMonth(now) ? entity.availableFrom : null,
  visibleTo: entity.visibleTo,
  updatedAt: entity.updatedAt,
});

@InputType({ description: 'The whole signal: it replaces the previous one.' })
export class SetOpenToWorkInput {
  @Field(() => [String], { description: `1 to ${OPEN_TO_WORK_LIMITS.jobTitles}, each up to 100 characters.` })
  jobTitles: string[];

  @Field(() => [String], {
    defaultValue: [],
    description: `Up to ${OPEN_TO_WORK_LIMITS.locations} cities, regions or countries, each up to 100 characters.`,
  })
  locations: string[];

  @Field(() => [CONTRACT_TYPES], { description: 'At least one; TEMPS_PARTIEL is for job postings only.' })
  contractTypes: ContractType[];

  @Field(() => [WORKPLACE_TYPES], { defaultValue: [] })
  workplaceTypes: WorkplaceType[];

  @Field(() => String, { nullable: true, description: '"YYYY-MM", not in the past; null or absent: immediately.' })
  availableFrom?: string | null;

  @Field(() => OPEN_TO_WORK_AUDIENCES, { defaultValue: OPEN_TO_WORK_AUDIENCES.ALL_MEMBERS })
  visibleTo: OpenToWorkAudience;
}

@ObjectType()
export class SetOpenToWorkPayload extends Payload {
  @Field(() => Member, { nullable: true })
  member: Member | null;
}

@ObjectType()
export class ClearOpenToWorkPayload extends Payload {
  @Field(() => Member, { nullable: true })
  member: Member | null;
}
