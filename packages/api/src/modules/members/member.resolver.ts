import { Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { Member, toMember } from './member.type';

@Resolver(() => Member)
export class MemberResolver {
  @Public()
  @Query(() => Member, {
    nullable: true,
    description: 'The signed-in member (or the owner of the token); null when anonymous.',
  })
  async viewer(@Ctx() ctx: Context): Promise<Member | null> {
    if (!ctx.viewer) return null;
    const member = await ctx.loaders.memberById.load(ctx.viewer.memberId);
    return member ? toMember(member) : null;
  }
}
