import { AUDIENCES, PROFILE_SECTIONS, type Audience, type ProfileSection } from '@carnet/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';
import type { MemberEntity } from './member.entity';
import { PREVIEW_AUDIENCES, type PreviewAudience } from './profile.policy';

registerEnumType(AUDIENCES, {
  name: 'Audience',
  description:
    'Who may see a part of a profile: everyone, signed-in members, 1st and 2nd degree, 1st degree, or only its owner.',
});
registerEnumType(PROFILE_SECTIONS, {
  name: 'ProfileSection',
  description: 'A part of a profile with its own audience.',
});
registerEnumType(PREVIEW_AUDIENCES, {
  name: 'PreviewAudience',
  description:
    'Whom to see your own profile as: an anonymous visitor, a member out of your network, a 2nd degree, a connection.',
});

@ObjectType({
  implements: Node,
  description: 'A person on Carnet. Parts of the profile are null for readers outside their audience.',
  simpleResolvers: true,
})
export class Member extends Node {
  /** The row behind it, for field resolvers; not exposed as such. */
  entity: MemberEntity;

  /** Set when the owner previews their profile as this audience. */
  previewAs?: PreviewAudience;

  @Field({ description: 'Unique public handle: the profile is at /in/<handle>.' })
  handle: string;

  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field()
  displayName: string;

  @Field()
  createdAt: Date;

  get memberId(): string {
    return this.entity.id;
  }
}

export function toMember(entity: MemberEntity, previewAs?: PreviewAudience): Member {
  return Object.assign(new Member(), {
    id: toGlobalId('Member', entity.id),
    entity,
    previewAs,
    handle: entity.handle,
    firstName: entity.firstName,
    lastName: entity.lastName,
    displayName: `${entity.firstName} ${entity.lastName}`,
    createdAt: entity.createdAt,
  });
}

@ObjectType({ simpleResolvers: true })
export class Location {
  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  region: string | null;

  @Field(() => String, { nullable: true })
  country: string | null;
}

@ObjectType({ description: 'How to reach a member, distinct from their sign-in email.' })
export class ContactInfo {
  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => [String], { description: 'Up to 3 http(s) addresses.' })
  websites: string[];
}

@ObjectType({ description: 'The audience of one section of your profile.' })
export class SectionVisibility {
  @Field(() => PROFILE_SECTIONS)
  section: ProfileSection;

  @Field(() => AUDIENCES)
  audience: Audience;
}
