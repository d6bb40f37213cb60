import { CONNECTION_SORTS, SCOPES, type ConnectionSort } from '@carnet/shared';
import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { ConnectionArgs } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error';
import { Member, toMember } from '../members/member.type';
import { ownerReading } from '../members/profile.policy';
import { MemberConnection } from './connection.types';
import { ownNetwork, readerOfConnections } from './network.policy';
import {
  FindMembersByEmailInput,
  FindMembersByEmailPayload,
  SetFindableByEmailInput,
  SetFindableByEmailPayload,
} from './suggestion.types';

async function membersByIds(ctx: Context, ids: readonly string[]): Promise<(Member | null)[]> {
  const entities = await ctx.loaders.memberById.loadMany(ids);
  return entities.map((entity) => (entity && !(entity instanceof Error) ? toMember(entity) : null));
}

@Resolver(() => Member)
export class ConnectionSearchResolver {
  @FieldResolver(() => MemberConnection, {
    nullable: true,
    description:
      'Your connections whose name, headline, current title or company hold every word of `query` (accents and case aside), in the chosen order; null on other members.',
  })
  async searchConnections(
    @Root() member: Member,
    @Arg('query', () => String, { nullable: true }) query: string | null,
    @Arg('sort', () => CONNECTION_SORTS, { defaultValue: CONNECTION_SORTS.RECENT }) sort: ConnectionSort,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const viewerId = ownNetwork(member, ctx);
    if (!viewerId) return null;
    const page = await ctx.services.connectionSearch.search(viewerId, readerOfConnections(ctx), { query, sort }, args);
    const peers = await membersByIds(
      ctx,
      page.items.map((item) => item.node.peerId),
    );
    const items = page.items.flatMap((item, i) => {
      const peer = peers[i];
      return peer ? [{ cursor: item.cursor, node: peer, connectedAt: item.node.createdAt }] : [];
    });
    return MemberConnection.from({ ...page, items });
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether members who know your sign-in address may find you with it; only for yourself.',
  })
  async findableByEmail(@Root() member: Member, @Ctx() ctx: Context): Promise<boolean | null> {
    return (await ownerReading(member, ctx)) ? member.entity.findableByEmail : null;
  }

  @Requires(SCOPES.READ_NETWORK)
  @Mutation(() => FindMembersByEmailPayload, {
    description:
      'Find people you know: the members among these addresses who let people find them by email, with their viewerState so that you can invite them. Rate-limited per member (RATE_LIMITED).',
  })
  async findMembersByEmail(
    @Arg('input') input: FindMembersByEmailInput,
    @Ctx() ctx: Context,
  ): Promise<FindMembersByEmailPayload> {
    const result = await ctx.services.emailLookup.find(ctx.viewer!.memberId, input.emails);
    if (!result.ok) return { members: [], invalidCount: 0, userErrors: toUserErrors(result.errors, ctx.locale) };
    const members = (await membersByIds(ctx, result.memberIds)).filter((m): m is Member => m !== null);
    return { members, invalidCount: result.invalidCount, userErrors: [] };
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => SetFindableByEmailPayload, {
    description: 'Chooses whether members who know your sign-in address may find you with it.',
  })
  async setFindableByEmail(
    @Arg('input') input: SetFindableByEmailInput,
    @Ctx() ctx: Context,
  ): Promise<SetFindableByEmailPayload> {
    const viewerId = ctx.viewer!.memberId;
    await ctx.services.emailLookup.setFindable(viewerId, input.findable);
    ctx.loaders.memberById.clear(viewerId);
    const entity = await ctx.loaders.memberById.load(viewerId);
    if (!entity) throw notFound('This member');
    return { member: toMember(entity), userErrors: [] };
  }
}
