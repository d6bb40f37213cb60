import { SCOPES } from '@carnet/shared';
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import { viewerHasScope, type Context } from '../../graphql/context';
import { forbidden, notFound } from '../../graphql/errors';
import { ConnectionArgs, idOf } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error';
import { Member, toMember } from '../members/member.type';
import type { RelationResult, RelationService } from './relation.service';
import { BlockedMemberConnection, MemberRelationInput, MemberRelationPayload } from './relation.types';

type RelationAction = keyof Pick<RelationService, 'block' | 'unblock' | 'follow' | 'unfollow'>;

@Resolver(() => Member)
export class RelationResolver {
  @FieldResolver(() => Int, { description: 'How many members follow this member.' })
  followerCount(@Root() member: Member, @Ctx() ctx: Context) {
    return ctx.loaders.followerCount.load(member.memberId);
  }

  @FieldResolver(() => Int, { description: 'How many members this member follows.' })
  followingCount(@Root() member: Member, @Ctx() ctx: Context) {
    return ctx.loaders.followingCount.load(member.memberId);
  }

  @FieldResolver(() => BlockedMemberConnection, {
    nullable: true,
    description: 'The members you blocked, the most recent first; null on other members.',
  })
  async blockedMembers(@Root() member: Member, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    if (member.previewAs || ctx.viewer?.memberId !== member.memberId) return null;
    if (!viewerHasScope(ctx.viewer, SCOPES.READ_NETWORK)) throw forbidden('This token lacks the scope read:network.');
    const page = await ctx.services.relations.blockedPage(member.memberId, args);
    const blocked = await ctx.loaders.memberById.loadMany(page.items.map((item) => item.node.blockedId));
    const items = page.items.flatMap((item, i) => {
      const entity = blocked[i];
      return entity && !(entity instanceof Error)
        ? [{ cursor: item.cursor, node: toMember(entity), blockedAt: item.node.createdAt }]
        : [];
    });
    return BlockedMemberConnection.from({ ...page, items });
  }

  @Requires(SCOPES.WRITE_NETWORK)
  @Mutation(() => MemberRelationPayload, {
    description:
      'Blocks a member: ends your connection, the invitations pending between you and following each other; ' +
      'neither of you can invite or follow the other, and you are out of each other’s network.',
  })
  blockMember(@Arg('input') input: MemberRelationInput, @Ctx() ctx: Context) {
    return act(ctx, 'block', input);
  }

  @Requires(SCOPES.WRITE_NETWORK)
  @Mutation(() => MemberRelationPayload, { description: 'Lifts your block; what it ended stays ended.' })
  unblockMember(@Arg('input') input: MemberRelationInput, @Ctx() ctx: Context) {
    return act(ctx, 'unblock', input);
  }

  @Requires(SCOPES.WRITE_NETWORK)
  @Mutation(() => MemberRelationPayload, { description: 'Follows a member without connecting.' })
  followMember(@Arg('input') input: MemberRelationInput, @Ctx() ctx: Context) {
    return act(ctx, 'follow', input);
  }

  @Requires(SCOPES.WRITE_NETWORK)
  @Mutation(() => MemberRelationPayload)
  unfollowMember(@Arg('input') input: MemberRelationInput, @Ctx() ctx: Context) {
    return act(ctx, 'unfollow', input);
  }
}

async function act(ctx: Context, action: RelationAction, input: MemberRelationInput): Promise<MemberRelationPayload> {
  const memberId = idOf(input.memberId, 'Member', 'memberId');
  const result: RelationResult = await ctx.services.relations[action](ctx.viewer!.memberId, memberId);
  if (!result.ok) {
    if ('refused' in result) throw notFound('This member');
    return { member: null, userErrors: toUserErrors(result.errors, ctx.locale) };
  }
  const member = await ctx.loaders.memberById.load(memberId);
  return { member: member && toMember(member), userErrors: [] };
}
