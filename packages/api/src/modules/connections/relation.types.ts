import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/relay';
import { Payload } from '../../graphql/user-error';
import { Member } from '../members/member.type';

@InputType()
export class MemberRelationInput {
  @Field(() => ID, { description: 'The Member to block, unblock, follow or unfollow.' })
  memberId: string;
}

@ObjectType()
export class MemberRelationPayload extends Payload {
  @Field(() => Member, { nullable: true, description: 'The member, with its viewerState as it is now.' })
  member: Member | null;
}

/** Only inherited by BlockedMemberEdge: never a type of the schema on its own. */
@ObjectType()
export class BlockedEdgeFields {
  @Field({ description: 'When you blocked this member.' })
  blockedAt: Date;
}

/** The members you blocked, the most recent first. */
export const BlockedMemberConnection = ConnectionType(Member, 'BlockedMember', BlockedEdgeFields);
