import { NETWORK_LIMITS, SCOPES } from '@carnet/shared';
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { badUserInput, notFound } from '../../graphql/errors';
import { idOf } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error';
import { Member, toMember } from '../members/member.type';
import { ownNetwork } from './network.policy';
import { DismissSuggestionInput, DismissSuggestionPayload, reasonsOf, SuggestedConnection } from './suggestion.types';

@Resolver(() => Member)
export class SuggestionResolver {
  @FieldResolver(() => [SuggestedConnection], {
    nullable: true,
    description:
      'People you may know, the strongest first, each with its reasons; null on other members. Connections, pending invitations, blocks and dismissed suggestions are left out.',
  })
  async suggestedConnections(
    @Root() member: Member,
    @Arg('first', () => Int, { defaultValue: 20, description: `1 to ${NETWORK_LIMITS.suggestions}.` }) first: number,
    @Ctx() ctx: Context,
  ): Promise<SuggestedConnection[] | null> {
    if (first < 1 || first > NETWORK_LIMITS.suggestions) {
      throw badUserInput(`first must be between 1 and ${NETWORK_LIMITS.suggestions}.`, 'first');
    }
    const viewerId = ownNetwork(member, ctx);
    if (!viewerId) return null;
    const suggestions = await ctx.services.suggestions.suggestions(viewerId, first);
    const members = await ctx.loaders.memberById.loadMany(suggestions.map((s) => s.memberId));
    return suggestions.flatMap((suggestion, i) => {
      const entity = members[i];
      if (!entity || entity instanceof Error) return [];
      return [
        { member: toMember(entity), mutualConnectionCount: suggestion.mutualCount, reasons: reasonsOf(suggestion) },
      ];
    });
  }

  @Requires(SCOPES.WRITE_NETWORK)
  @Mutation(() => DismissSuggestionPayload, { description: 'Never suggests this member to you again.' })
  async dismissSuggestion(
    @Arg('input') input: DismissSuggestionInput,
    @Ctx() ctx: Context,
  ): Promise<DismissSuggestionPayload> {
    const memberId = idOf(input.memberId, 'Member', 'memberId');
    const result = await ctx.services.suggestions.dismiss(ctx.viewer!.memberId, memberId);
    if (!result.ok) {
      if ('refused' in result) throw notFound('This member');
      return { member: null, userErrors: toUserErrors(result.errors, ctx.locale) };
    }
    const entity = await ctx.loaders.memberById.load(memberId);
    return { member: entity && toMember(entity), userErrors: [] };
  }
}
