import { PROFILE_SECTIONS, SCOPES, SKILL_LIMITS } from '@carnet/shared';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Public, Requires } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { ConnectionArgs, ConnectionType, mapPage, pageFromList } from '../../graphql/relay';
import { Payload, toUserErrors } from '../../graphql/user-error';
import { Member, toMember } from '../members/member.type';
import { visibleEntries } from '../members/profile.policy';
import type { MemberSkill } from './skill.service';

@ObjectType({ description: 'A skill on a profile or a job posting, from the shared catalogue.', simpleResolvers: true })
export class Skill {
  @Field()
  name: string;

  @Field({
    description: `True for the first ${SKILL_LIMITS.highlighted}, which the member (or recruiter) puts forward.`,
  })
  highlighted: boolean;
}

export const toSkill = (skill: Pick<MemberSkill, 'name' | 'position'>): Skill => ({
  name: skill.name,
  highlighted: skill.position < SKILL_LIMITS.highlighted,
});
const SkillConnection = ConnectionType(Skill);

@InputType()
class SetSkillsInput {
  @Field(() => [String], { description: `Your skills in the order to show them, at most ${SKILL_LIMITS.perMember}.` })
  names: string[];
}

@ObjectType()
class SetSkillsPayload extends Payload {
  @Field(() => Member, { nullable: true })
  member: Member | null;
}

@Resolver(() => Member)
export class SkillResolver {
  @FieldResolver(() => SkillConnection, { description: 'Section SKILLS, in the order the member chose.' })
  async skills(@Root() member: Member, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const skills = await visibleEntries(member, ctx, PROFILE_SECTIONS.SKILLS, () =>
      ctx.loaders.skillsByMember.load(member.memberId),
    );
    return SkillConnection.from(
      mapPage(
        pageFromList(skills, args, (skill) => skill.id),
        toSkill,
      ),
    );
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => SetSkillsPayload, {
    description: 'Replaces your skills by this ordered list (add, remove and reorder at once).',
  })
  async setSkills(@Arg('input') input: SetSkillsInput, @Ctx() ctx: Context): Promise<SetSkillsPayload> {
    const memberId = ctx.viewer!.memberId;
    const result = await ctx.services.skills.setSkills(memberId, input.names);
    if (!result.ok) return { member: null, userErrors: toUserErrors(result.errors, ctx.locale) };
    const [entity] = await ctx.services.members.findByIds([memberId]);
    return { member: toMember(entity!), userErrors: [] };
  }

  @Public()
  @Query(() => [String], {
    description: 'Skill names from the catalogue that match what is typed, for autocompletion.',
  })
  skillSuggestions(
    @Arg('query') query: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: Context,
  ) {
    if (first < 1 || first > 20) throw badUserInput('first must be between 1 and 20.', 'first');
    if (query.length > 100) throw badUserInput('query is at most 100 characters.', 'query');
    return ctx.services.skills.suggest(query, first);
  }
}
