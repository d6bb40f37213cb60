import { DEGREES, PROFILE_SECTIONS, SCOPES, type Degree } from '@carnet/shared';
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import { viewerHasScope, type Context } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { ConnectionArgs, idOf, mapPage, pageFromList } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error';
import { Member, toMember } from '../members/member.type';
import { sectionVisible } from '../members/profile.policy';
import { MAX_SHORT_LIST } from './connection.loaders';
import { ownNetwork } from './network.policy';
import {
  ConnectionPath,
  Invitation,
  InvitationConnection,
  MemberConnection,
  RemoveConnectionInput,
  RemoveConnectionPayload,
  toInvitation,
  ViewerState,
} from './connection.types';

/** The viewer's member id when they may read their network relative to this member (not in a preview). */
function networkViewer(member: Member, ctx: Context): string | null {
  const viewer = ctx.viewer;
  if (!viewer || member.previewAs || !viewerHasScope(viewer, SCOPES.READ_NETWORK)) return null;
  return viewer.memberId;
}

/**
 * The viewer's own connections are 1st degree (a block removes the connection it ends), so listing them
 * needs no degree statement.
 */
function primeFirstDegrees(ctx: Context, items: readonly { node: { peerId: string } }[]): void {
  for (const { node } of items) ctx.loaders.degreeFromViewer.prime(node.peerId, DEGREES.FIRST);
}

/** A short list's size argument: 1 to MAX_SHORT_LIST. */
export function smallLimit(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_SHORT_LIST) {
    throw badUserInput(`first must be between 1 and ${MAX_SHORT_LIST}.`, 'first');
  }
  return first;
}

@Resolver(() => Member)
export class ConnectionResolver {
  @FieldResolver(() => MemberConnection, {
    description: 'Section CONNECTIONS: the most recent first; empty for readers outside its audience.',
  })
  async connections(@Root() member: Member, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    if (!(await sectionVisible(member, ctx, PROFILE_SECTIONS.CONNECTIONS))) {
      return MemberConnection.from({ ...pageFromList([], args, String), items: [] });
    }
    const page = await ctx.loaders.connectionPages(args).load(member.memberId);
    if (member.memberId === ctx.viewer?.memberId) primeFirstDegrees(ctx, page.items);
    const peers = await ctx.loaders.memberById.loadMany(page.items.map((item) => item.node.peerId));
    const items = page.items.flatMap((item, i) => {
      const peer = peers[i];
      return peer && !(peer instanceof Error)
        ? [{ cursor: item.cursor, node: toMember(peer), connectedAt: item.node.createdAt }]
        : [];
    });
    return MemberConnection.from({ ...page, items, count: () => ctx.loaders.connectionCount.load(member.memberId) });
  }

  @FieldResolver(() => ViewerState, {
    nullable: true,
    description: 'What this member is to you; null when anonymous or for a token without read:network.',
  })
  viewerState(@Root() member: Member, @Ctx() ctx: Context): ViewerState | null {
    return networkViewer(member, ctx) ? { memberId: member.memberId } : null;
  }

  @FieldResolver(() => [ConnectionPath], {
    nullable: true,
    description:
      'How you are connected: up to `first` shortest chains of at most 3 hops from you to this member, each the ' +
      'members in between ([] when you are connected). Skips members whose connections list you may not see; ' +
      'empty beyond the 3rd degree; null when anonymous or for a token without read:network.',
  })
  async connectionPaths(
    @Root() member: Member,
    @Arg('first', () => Int, { defaultValue: 3 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<ConnectionPath[] | null> {
    if (!networkViewer(member, ctx)) return null;
    const paths = await ctx.loaders.pathsFromViewer(smallLimit(first)).load(member.memberId);
    const found = await ctx.loaders.memberById.loadMany([...new Set(paths.flat())]);
    const byId = new Map(
      found.flatMap((entity) => (entity && !(entity instanceof Error) ? [[entity.id, entity]] : [])),
    );
    return paths.flatMap((ids) => {
      const members = ids.map((id) => byId.get(id));
      return members.every((m) => m) ? [{ members: members.map((m) => toMember(m!)) }] : [];
    });
  }

  @FieldResolver(() => InvitationConnection, {
    nullable: true,
    description: 'Your pending invitations received, the newest first; null on other members.',
  })
  async invitationsReceived(@Root() member: Member, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return this.pendingInvitations(member, ctx, 'received', args);
  }

  @FieldResolver(() => InvitationConnection, {
    nullable: true,
    description: 'Your pending invitations sent, the newest first; null on other members.',
  })
  async invitationsSent(@Root() member: Member, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return this.pendingInvitations(member, ctx, 'sent', args);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Invitations waiting for your answer; null on others.' })
  pendingInvitationCount(@Root() member: Member, @Ctx() ctx: Context) {
    const viewerId = ownNetwork(member, ctx);
    return viewerId ? ctx.services.invitations.pendingReceivedCount(viewerId) : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Invitations you may still send over the rolling week; null on others.',
  })
  invitationsLeftThisWeek(@Root() member: Member, @Ctx() ctx: Context) {
    const viewerId = ownNetwork(member, ctx);
    return viewerId ? ctx.loaders.invitationsLeft.load(viewerId) : null;
  }

  @Requires(SCOPES.WRITE_NETWORK)
  @Mutation(() => RemoveConnectionPayload, { description: 'Ends a connection, for both members.' })
  async removeConnection(
    @Arg('input') input: RemoveConnectionInput,
    @Ctx() ctx: Context,
  ): Promise<RemoveConnectionPayload> {
    const peerId = idOf(input.memberId, 'Member', 'memberId');
    const result = await ctx.services.connections.remove(ctx.viewer!.memberId, peerId);
    if (!result.ok) return { member: null, userErrors: toUserErrors(result.errors, ctx.locale) };
    const peer = await ctx.loaders.memberById.load(peerId);
    return { member: peer && toMember(peer), userErrors: [] };
  }

  private async pendingInvitations(member: Member, ctx: Context, direction: 'received' | 'sent', args: ConnectionArgs) {
    const viewerId = ownNetwork(member, ctx);
    if (!viewerId) return null;
    return InvitationConnection.from(
      mapPage(await ctx.services.invitations.listPending(viewerId, direction, args), toInvitation),
    );
  }
}

/** Each fact of a ViewerState loads only what it needs, batched over every member of the request. */
@Resolver(() => ViewerState)
export class ViewerStateResolver {
  @FieldResolver(() => DEGREES, {
    description:
      'OUT_OF_NETWORK when either of you blocked the other; reached only through intermediaries whose connections list you may see.',
  })
  degree(@Root() state: ViewerState, @Ctx() ctx: Context): Promise<Degree> {
    return ctx.loaders.degreeFromViewer.load(state.memberId);
  }

  @FieldResolver(() => Invitation, { nullable: true, description: 'The invitation pending between you, either way.' })
  async invitation(@Root() state: ViewerState, @Ctx() ctx: Context): Promise<Invitation | null> {
    const { pending } = await ctx.loaders.invitationStanding.load(state.memberId);
    return pending && toInvitation(pending);
  }

  @FieldResolver(() => Boolean, { description: 'Whether sendInvitation would be accepted now.' })
  async canInvite(@Root() state: ViewerState, @Ctx() ctx: Context): Promise<boolean> {
    const [degree, standing, relation, left] = await Promise.all([
      ctx.loaders.degreeFromViewer.load(state.memberId),
      ctx.loaders.invitationStanding.load(state.memberId),
      ctx.loaders.relationStanding.load(state.memberId),
      ctx.loaders.invitationsLeft.load(ctx.viewer!.memberId),
    ]);
    const related = degree === DEGREES.SELF || degree === DEGREES.FIRST || standing.pending !== null;
    return !related && !relation.blocked && !relation.blockedBy && !standing.coolingDown && left > 0;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you blocked this member.' })
  async blocked(@Root() state: ViewerState, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.relationStanding.load(state.memberId)).blocked;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you follow this member.' })
  async following(@Root() state: ViewerState, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.relationStanding.load(state.memberId)).following;
  }

  @FieldResolver(() => Boolean, { description: 'Whether followMember would be accepted now.' })
  async canFollow(@Root() state: ViewerState, @Ctx() ctx: Context): Promise<boolean> {
    const [degree, relation] = await Promise.all([
      ctx.loaders.degreeFromViewer.load(state.memberId),
      ctx.loaders.relationStanding.load(state.memberId),
    ]);
    return degree !== DEGREES.SELF && !relation.blocked && !relation.blockedBy && !relation.following;
  }

  @FieldResolver(() => Int, {
    description: 'Connections you share with this member, counting only those whose connections list you may see.',
  })
  async mutualConnectionCount(@Root() state: ViewerState, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.mutualsWithViewer.load(state.memberId)).count;
  }

  @FieldResolver(() => [Member], {
    description: 'The first few of those mutual connections, for "Léa Martin and 12 other mutual connections".',
  })
  async mutualConnections(
    @Root() state: ViewerState,
    @Arg('first', () => Int, { defaultValue: 3 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<Member[]> {
    const limit = smallLimit(first);
    const { firstIds } = await ctx.loaders.mutualsWithViewer.load(state.memberId);
    const found = await ctx.loaders.memberById.loadMany(firstIds.slice(0, limit));
    return found.flatMap((entity) => (entity && !(entity instanceof Error) ? [toMember(entity)] : []));
  }
}
