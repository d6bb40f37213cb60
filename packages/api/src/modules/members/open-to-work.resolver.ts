import { SCOPES } from '@carnet/shared';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { toUserErrors } from '../../graphql/user-error';
import { Member, toMember } from './member.type';
import { openToWorkVisible } from './open-to-work.policy';
import {
  ClearOpenToWorkPayload,
  OpenToWork,
  SetOpenToWorkInput,
  SetOpenToWorkPayload,
  toOpenToWork,
} from './open-to-work.types';

async function viewerMember(ctx: Context): Promise<Member> {
  const [entity] = await ctx.services.members.findByIds([ctx.viewer!.memberId]);
  return toMember(entity!);
}

@Resolver(() => Member)
export class OpenToWorkResolver {
  @FieldResolver(() => OpenToWork, {
    nullable: true,
    description: 'Section OPEN_TO_WORK: null when the member is not looking or the reader may not know it.',
  })
  async openToWork(@Root() member: Member, @Ctx() ctx: Context): Promise<OpenToWork | null> {
    const signal = await ctx.loaders.openToWorkByMember.load(member.memberId);
    return signal && (await openToWorkVisible(member, ctx, signal.visibleTo)) ? toOpenToWork(signal) : null;
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => SetOpenToWorkPayload, { description: 'Tells who you choose that you are looking for a job.' })
  async setOpenToWork(@Arg('input') input: SetOpenToWorkInput, @Ctx() ctx: Context): Promise<SetOpenToWorkPayload> {
    const result = await ctx.services.openToWork.set(ctx.viewer!.memberId, {
      ...input,
      availableFrom: input.availableFrom ?? null,
    });
    if (!result.ok) return { member: null, userErrors: toUserErrors(result.errors, ctx.locale) };
    return { member: await viewerMember(ctx), userErrors: [] };
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => ClearOpenToWorkPayload, { description: 'Turns your "open to work" signal off.' })
  async clearOpenToWork(@Ctx() ctx: Context): Promise<ClearOpenToWorkPayload> {
    await ctx.services.openToWork.clear(ctx.viewer!.memberId);
    return { member: await viewerMember(ctx), userErrors: [] };
  }
}
