import {
  DEGREES,
  HOW_KNOWN,
  INVITATION_STATES,
  NETWORK_LIMITS,
  type HowKnown,
  type InvitationState,
} from '@carnet/shared';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, Node, toGlobalId } from '../../graphql/relay';
import { Payload } from '../../graphql/user-error';
import { Member } from '../members/member.type';
import type { InvitationEntity } from './connection.entity';

registerEnumType(DEGREES, {
  name: 'Degree',
  description:
    'How far a member is from you: yourself, a connection, a connection of one, one step further, or beyond.',
});
registerEnumType(HOW_KNOWN, { name: 'HowKnown', description: 'How the sender of an invitation knows its recipient.' });
registerEnumType(INVITATION_STATES, { name: 'InvitationState' });

@ObjectType({ implements: Node, description: 'An invitation to connect, seen only by its sender and its recipient.' })
export class Invitation extends Node {
  entity: InvitationEntity;

  @Field(() => String, { nullable: true, description: 'Plain text with line breaks: never interpret it as HTML.' })
  note: string | null;

  @Field(() => HOW_KNOWN)
  howKnown: HowKnown;

  @Field(() => INVITATION_STATES)
  state: InvitationState;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was accepted, ignored or withdrawn.' })
  respondedAt: Date | null;
}

export function toInvitation(entity: InvitationEntity): Invitation {
  return Object.assign(new Invitation(), {
    id: toGlobalId('Invitation', entity.id),
    entity,
    note: entity.note,
    howKnown: entity.howKnown,
    state: entity.state,
    createdAt: entity.createdAt,
    respondedAt: entity.respondedAt,
  });
}

export const InvitationConnection = ConnectionType(Invitation);

/** Only inherited by MemberEdge: never a type of the schema on its own. */
@ObjectType()
export class ConnectedEdgeFields {
  @Field({ description: 'When the two members connected.' })
  connectedAt: Date;
}

/** A member's connections: the edge says since when. */
export const MemberConnection = ConnectionType(Member, 'Member', ConnectedEdgeFields);

/**
 * What a member is to you, and what you can do about it. Each field is resolved on its own (ViewerStateResolver)
 * through a DataLoader, so that a list asks the database only for the facts its query selects.
 */
@ObjectType({ description: 'What a member is to you, and what you can do about it.' })
export class ViewerState {
  /** The member this state is about. */
  memberId: string;
}

@ObjectType({ description: 'One chain from you to a member.', simpleResolvers: true })
export class ConnectionPath {
  @Field(() => [Member], { description: 'The members in between, from your side: [] when you are connected.' })
  members: Member[];
}

@InputType()
export class SendInvitationInput {
  @Field(() => ID, { description: 'The Member to invite.' })
  memberId: string;

  @Field(() => String, {
    nullable: true,
    description: `A personal note, up to ${NETWORK_LIMITS.invitationNote} characters.`,
  })
  note?: string | null;

  @Field(() => HOW_KNOWN)
  howKnown: HowKnown;
}

@ObjectType()
export class SendInvitationPayload extends Payload {
  @Field(() => Invitation, {
    nullable: true,
    description: 'The new invitation; or, when they had already invited you, theirs, now ACCEPTED.',
  })
  invitation: Invitation | null;
}

@InputType()
export class InvitationIdInput {
  @Field(() => ID)
  id: string;
}

@ObjectType()
export class InvitationPayload extends Payload {
  @Field(() => Invitation, { nullable: true })
  invitation: Invitation | null;
}

@InputType()
export class RemoveConnectionInput {
  @Field(() => ID, { description: 'The Member to disconnect from.' })
  memberId: string;
}

@ObjectType()
export class RemoveConnectionPayload extends Payload {
  @Field(() => Member, { nullable: true })
  member: Member | null;
}
