import { Field, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';
import type { MemberEntity } from './member.entity';

@ObjectType({ implements: Node, description: 'A person on Carnet.' })
export class Member extends Node {
  /** Database id, for resolvers; not exposed. */
  memberId: string;

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
}

export function toMember(entity: MemberEntity): Member {
  return Object.assign(new Member(), {
    id: toGlobalId('Member', entity.id),
    memberId: entity.id,
    handle: entity.handle,
    firstName: entity.firstName,
    lastName: entity.lastName,
    displayName: `${entity.firstName} ${entity.lastName}`,
    createdAt: entity.createdAt,
  });
}
