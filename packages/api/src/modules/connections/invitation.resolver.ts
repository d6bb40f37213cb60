import { SCOPES } from '@carnet/shared';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { forbidden, notFound } from '../../graphql/errors';
import { idOf } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error';
import { Member, toMember } from '../members/member.type';
import {
  Invitation,
  InvitationIdInput,
  InvitationPayload,
  SendInvitationInput,
  SendInvitationPayload,
  toInvitation,
} from './connection.types';
import type { InvitationResult } from './invitation.service';

function invitationPayload(ctx: Context, result: InvitationResult, what: string): InvitationPayload {
  if (result.ok) return { invitation: toInvitation(result.invitation), userErrors: [] };
  if ('refused' in result) {
    if (result.refused === 'NOT_FOUND') throw notFound(what);
    throw forbidden('Only the sender withdraws an invitation, and only its recipient accepts or ignores it.');
  }
  return { invitation: null, userErrors: toUserErrors(result.errors, ctx.locale) };
}

async function loadMember(ctx: Context, id: string): Promise<Member> {
  const entity = await ctx.loaders.memberById.load(id);
  if (!entity) throw notFound('This member');
  return toMember(entity);
}

@Resolver(() => Invitation)
export class InvitationResolver {
  @FieldResolver(() => Member)
  sender(@Root() invitation: Invitation, @Ctx() ctx: Context) {
    return loadMember(ctx, invitation.entity.senderId);
  }

  @FieldResolver(() => Member)
  recipient(@Root() invitation: Invitation, @Ctx() ctx: Context) {
    return loadMember(ctx, invitation.entity.recipientId);
  }

  @Requires(SCOPES.WRITE_NETWORK)
  @Mutation(() => SendInvitationPayload, {
    description: 'Invites a member to connect. When they have already invited you, you are connected at once.',
  })
  async sendInvitation(@Arg('input') input: SendInvitationInput, @Ctx() ctx: Context): Promise<SendInvitationPayload> {
    const recipientId = idOf(input.memberId, 'Member', 'memberId');
    const result = await ctx.services.invitations.send(ctx.viewer!.memberId, recipientId, input);
    return invitationPayload(ctx, result, 'This member');
  }

  @Requires(SCOPES.WRITE_NETWORK)
  @Mutation(() => InvitationPayload, { description: 'Accepts an invitation you received: you are connected.' })
  async acceptInvitation(@Arg('input') input: InvitationIdInput, @Ctx() ctx: Context): Promise<InvitationPayload> {
    const result = await ctx.services.invitations.accept(ctx.viewer!.memberId, idOf(input.id, 'Invitation'));
    return invitationPayload(ctx, result, 'This invitation');
  }

  @Requires(SCOPES.WRITE_NETWORK)
  @Mutation(() => InvitationPayload, {
    description: 'Ignores an invitation you received; its sender cannot invite you again for 3 weeks.',
  })
  async ignoreInvitation(@Arg('input') input: InvitationIdInput, @Ctx() ctx: Context): Promise<InvitationPayload> {
    const result = await ctx.services.invitations.ignore(ctx.viewer!.memberId, idOf(input.id, 'Invitation'));
    return invitationPayload(ctx, result, 'This invitation');
  }

  @Requires(SCOPES.WRITE_NETWORK)
  @Mutation(() => InvitationPayload, {
    description: 'Withdraws an invitation you sent; you cannot invite that member again for 3 weeks.',
  })
  async withdrawInvitation(@Arg('input') input: InvitationIdInput, @Ctx() ctx: Context): Promise<InvitationPayload> {
    const result = await ctx.services.invitations.withdraw(ctx.viewer!.memberId, idOf(input.id, 'Invitation'));
    return invitationPayload(ctx, result, 'This invitation');
  }
}
