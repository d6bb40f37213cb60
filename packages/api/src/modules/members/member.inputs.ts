import { AUDIENCES, PROFILE_SECTIONS, type Audience, type ProfileSection } from '@carnet/shared';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Payload } from '../../graphql/user-error';
import { Member } from './member.type';

@InputType({ description: 'Only the fields given change; null or an empty string clears a field.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 220 characters.' })
  headline?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 2,600 characters; shown as plain text.' })
  about?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => String, { nullable: true })
  industry?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Contact email shown on the profile; the sign-in email stays private.',
  })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Up to 3 http(s) addresses, shown with the contact info; blank ones are dropped, null or [] clears them.',
  })
  websites?: string[] | null;
}

@ObjectType()
export class UpdateProfilePayload extends Payload {
  @Field(() => Member, { nullable: true })
  member: Member | null;
}

@InputType()
export class SetSectionVisibilityInput {
  @Field(() => PROFILE_SECTIONS)
  section: ProfileSection;

  @Field(() => AUDIENCES)
  audience: Audience;
}

@ObjectType()
export class SetSectionVisibilityPayload extends Payload {
  @Field(() => Member, { nullable: true })
  member: Member | null;
}

@InputType()
export class ChangeHandleInput {
  @Field({ description: '3 to 30 lowercase letters, digits and single hyphens.' })
  handle: string;
}

@ObjectType()
export class ChangeHandlePayload extends Payload {
  @Field(() => Member, { nullable: true })
  member: Member | null;
}
