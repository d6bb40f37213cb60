import { SCOPES } from '@carnet/shared';
import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import { viewerHasScope, type Context } from '../../graphql/context';
import { forbidden, notFound } from '../../graphql/errors';
import { idOf, mapPage } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error';
import { Member, toMember } from '../members/member.type';
import { Invitation, toInvitation } from './connection.types';
import type { IntroductionEntity } from './introduction.entity';
import { introductionRole, type IntroductionResult } from './introduction.service';
import {
  ForwardIntroductionInput,
  Introduction,
  IntroductionConnection,
  IntroductionIdInput,
  IntroductionPayload,
  IntroductionsArgs,
  RequestIntroductionInput,
  toIntroduction,
} from './introduction.types';
import { ownNetwork } from './network.policy';

/** The introduction as the viewer may see it, or null when it is not theirs (or the token lacks read:network). */
export function visibleIntroduction(ctx: Context, entity: IntroductionEntity | null): Introduction | null {
  const viewer = ctx.viewer;
  if (!entity || !viewer || !viewerHasScope(viewer, SCOPES.READ_NETWORK)) return null;
  const role = introductionRole(entity, viewer.memberId);
  return role && toIntroduction(entity, role);
}

function introductionPayload(ctx: Context, result: IntroductionResult): IntroductionPayload {
  if (result.ok) return { introduction: visibleIntroduction(ctx, result.introduction), userErrors: [] };
  if ('refused' in result) {
    if (result.refused === 'NOT_FOUND') throw notFound('This introduction');
    throw forbidden('Only the intermediary forwards or declines an introduction, and only its requester withdraws it.');
  }
  return { introduction: null, userErrors: toUserErrors(result.errors, ctx.locale) };
}

async function loadMember(ctx: Context, id: string): Promise<Member> {
  const entity = await ctx.loaders.memberById.load(id);
  if (!entity) throw notFound('This member');
  return toMember(entity);
}

@Resolver(() => Introduction)
export class IntroductionResolver {
  @FieldResolver(() => Member)
  requester(@Root() introduction: Introduction, @Ctx() ctx: Context) {
    return loadMember(ctx, introduction.entity.requesterId);
  }

  @FieldResolver(() => Member)
  intermediary(@Root() introduction: Introduction, @Ctx() ctx: Context) {
    return loadMember(ctx, introduction.entity.intermediaryId);
  }

  @FieldResolver(() => Member)
  target(@Root() introduction: Introduction, @Ctx() ctx: Context) {
    return loadMember(ctx, introduction.entity.targetId);
  }

  @FieldResolver(() => Invitation, {
    nullable: true,
    description: 'The invitation forwarding created, for its sender and recipient; null for the intermediary.',
  })
  async invitation(@Root() introduction: Introduction, @Ctx() ctx: Context): Promise<Invitation | null> {
    const { invitationId } = introduction.entity;
    if (!invitationId || introduction.viewerRole === 'TO_FORWARD') return null;
    const entity = await ctx.loaders.invitationById.load(invitationId);
    return entity && toInvitation(entity);
  }

  @Requires(SCOPES.WRITE_NETWORK)
  @Mutation(() => IntroductionPayload, {
    description: 'Asks a mutual connection to introduce you to a member at the 2nd degree.',
  })
  async requestIntroduction(
    @Arg('input') input: RequestIntroductionInput,
    @Ctx() ctx: Context,
  ): Promise<IntroductionPayload> {
    const result = await ctx.services.introductions.request(ctx.viewer!.memberId, {
      targetId: idOf(input.targetId, 'Member', 'targetId'),
      intermediaryId: idOf(input.intermediaryId, 'Member', 'intermediaryId'),
      messageToIntermediary: input.messageToIntermediary,
      messageToTarget: input.messageToTarget,
    });
    return introductionPayload(ctx, result);
  }

  @Requires(SCOPES.WRITE_NETWORK)
  @Mutation(() => IntroductionPayload, {
    description: 'Forwards an introduction you were asked for: its requester invites the target, with your note.',
  })
  async forwardIntroduction(
    @Arg('input') input: ForwardIntroductionInput,
    @Ctx() ctx: Context,
  ): Promise<IntroductionPayload> {
    const id = idOf(input.id, 'Introduction');
    return introductionPayload(ctx, await ctx.services.introductions.forward(ctx.viewer!.memberId, id, input.note));
  }

  @Requires(SCOPES.WRITE_NETWORK)
  @Mutation(() => IntroductionPayload, { description: 'Declines an introduction you were asked for.' })
  async declineIntroduction(
    @Arg('input') input: IntroductionIdInput,
    @Ctx() ctx: Context,
  ): Promise<IntroductionPayload> {
    const id = idOf(input.id, 'Introduction');
    return introductionPayload(ctx, await ctx.services.introductions.decline(ctx.viewer!.memberId, id));
  }

  @Requires(SCOPES.WRITE_NETWORK)
  @Mutation(() => IntroductionPayload, { description: 'Withdraws an introduction you asked for, while it waits.' })
  async withdrawIntroduction(
    @Arg('input') input: IntroductionIdInput,
    @Ctx() ctx: Context,
  ): Promise<IntroductionPayload> {
    const id = idOf(input.id, 'Introduction');
    return introductionPayload(ctx, await ctx.services.introductions.withdraw(ctx.viewer!.memberId, id));
  }
}

@Resolver(() => Member)
export class IntroductionMemberResolver {
  @FieldResolver(() => IntroductionConnection, {
    nullable: true,
    description:
      'Your introductions in one role, the newest first: those you asked for, those you are asked to forward ' +
      '(whatever became of them), or those forwarded to you; null on other members.',
  })
  async introductions(@Root() member: Member, @Args() { role, ...args }: IntroductionsArgs, @Ctx() ctx: Context) {
    const viewerId = ownNetwork(member, ctx);
    if (!viewerId) return null;
    const page = await ctx.services.introductions.list(viewerId, role, args);
    return IntroductionConnection.from(mapPage(page, (entity) => toIntroduction(entity, role)));
  }
}

@Resolver(() => Invitation)
export class InvitationIntroductionResolver {
  @FieldResolver(() => Introduction, {
    nullable: true,
    description: 'The introduction this invitation came through: who introduced you, their note and the message.',
  })
  async introduction(@Root() invitation: Invitation, @Ctx() ctx: Context): Promise<Introduction | null> {
    return visibleIntroduction(ctx, await ctx.loaders.introductionByInvitation.load(invitation.entity.id));
  }
}
