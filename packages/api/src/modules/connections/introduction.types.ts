import {
  INTRODUCTION_ROLES,
  INTRODUCTION_STATES,
  NETWORK_LIMITS,
  type IntroductionRole,
  type IntroductionState,
} from '@carnet/shared';
import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, ConnectionType, Node, toGlobalId } from '../../graphql/relay';
import { Payload } from '../../graphql/user-error';
import type { IntroductionEntity } from './introduction.entity';

registerEnumType(INTRODUCTION_STATES, {
  name: 'IntroductionState',
  description: 'REQUESTED until the intermediary forwards or declines it, or the requester withdraws it.',
});
registerEnumType(INTRODUCTION_ROLES, {
  name: 'IntroductionRole',
  description: 'Your part in an introduction: you asked for it, you are asked to forward it, or you receive it.',
});

const PLAIN_TEXT = 'Plain text with line breaks: never interpret it as HTML.';

@ObjectType({
  implements: Node,
  description:
    'A request to be introduced to a member by a mutual connection. Seen by the requester and the intermediary, ' +
    'and by the target once forwarded.',
})
export class Introduction extends Node {
  entity: IntroductionEntity;

  @Field(() => INTRODUCTION_ROLES)
  viewerRole: IntroductionRole;

  @Field(() => INTRODUCTION_STATES)
  state: IntroductionState;

  @Field(() => String, { nullable: true, description: `${PLAIN_TEXT} Null for the target.` })
  messageToIntermediary: string | null;

  @Field({ description: `${PLAIN_TEXT} It is also the note of the invitation.` })
  messageToTarget: string;

  @Field(() => String, { nullable: true, description: `The intermediary's note to the target. ${PLAIN_TEXT}` })
  note: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was forwarded, declined or withdrawn.' })
  respondedAt: Date | null;
}

/** The introduction as a party in this role sees it: the target never reads the message to the intermediary. */
export function toIntroduction(entity: IntroductionEntity, viewerRole: IntroductionRole): Introduction {
  return Object.assign(new Introduction(), {
    id: toGlobalId('Introduction', entity.id),
    entity,
    viewerRole,
    state: entity.state,
    messageToIntermediary: viewerRole === INTRODUCTION_ROLES.RECEIVED ? null : entity.messageToIntermediary,
    messageToTarget: entity.messageToTarget,
    note: entity.note,
    createdAt: entity.createdAt,
    respondedAt: entity.respondedAt,
  });
}

export const IntroductionConnection = ConnectionType(Introduction);

@ArgsType()
export class IntroductionsArgs extends ConnectionArgs {
  @Field(() => INTRODUCTION_ROLES)
  role: IntroductionRole;
}

@InputType()
export class RequestIntroductionInput {
  @Field(() => ID, { description: 'The Member to be introduced to: a connection of one of your connections.' })
  targetId: string;

  @Field(() => ID, { description: 'The Member asked to introduce you: a mutual connection.' })
  intermediaryId: string;

  @Field({ description: `For the intermediary only, up to ${NETWORK_LIMITS.introductionText} characters.` })
  messageToIntermediary: string;

  @Field({ description: `For the target, up to ${NETWORK_LIMITS.introductionText} characters.` })
  messageToTarget: string;
}

@InputType()
export class ForwardIntroductionInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    nullable: true,
    description: `Your note to the target, up to ${NETWORK_LIMITS.introductionText} characters.`,
  })
  note?: string | null;
}

@InputType()
export class IntroductionIdInput {
  @Field(() => ID)
  id: string;
}

@ObjectType()
export class IntroductionPayload extends Payload {
  @Field(() => Introduction, { nullable: true })
  introduction: Introduction | null;
}
