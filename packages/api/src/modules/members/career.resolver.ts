import { PROFILE_SECTIONS, SCOPES } from '@carnet/shared';
import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { ConnectionArgs, idOf, mapPage, pageFromList } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error';
import type { EntryResult } from './career.service';
import {
  currentPositionOf,
  EducationConnection,
  EducationInput,
  ExperienceConnection,
  ExperienceInput,
  RemoveEntryInput,
  Position,
  RemoveEntryPayload,
  SaveEducationPayload,
  SaveExperiencePayload,
  toEducation,
  toExperience,
} from './career.types';
import { Member } from './member.type';
import { sectionVisible, visibleEntries } from './profile.policy';

function entryPayload<E, T>(
  ctx: Context,
  result: EntryResult<E>,
  map: (entry: E) => T,
): { entry: T | null; userErrors: ReturnType<typeof toUserErrors> } {
  if (result.ok) return { entry: map(result.entry), userErrors: [] };
  if ('notFound' in result) throw notFound('This entry');
  return { entry: null, userErrors: toUserErrors(result.errors, ctx.locale) };
}

@Resolver(() => Member)
export class CareerResolver {
  @FieldResolver(() => ExperienceConnection, {
    description: 'Section EXPERIENCE: current jobs first, then the most recent.',
  })
  async experiences(@Root() member: Member, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const rows = await visibleEntries(member, ctx, PROFILE_SECTIONS.EXPERIENCE, () =>
      ctx.loaders.experiencesByMember.load(member.memberId),
    );
    return ExperienceConnection.from(
      mapPage(
        pageFromList(rows, args, (row) => row.id),
        toExperience,
      ),
    );
  }

  @FieldResolver(() => Position, {
    nullable: true,
    description:
      'The current job that started most recently; null without one. It is an entry of section EXPERIENCE shown ' +
      'as part of the headline, so it needs both sections HEADLINE and EXPERIENCE visible to the reader.',
  })
  async currentPosition(@Root() member: Member, @Ctx() ctx: Context): Promise<Position | null> {
    const [headline, experience] = await Promise.all([
      sectionVisible(member, ctx, PROFILE_SECTIONS.HEADLINE),
      sectionVisible(member, ctx, PROFILE_SECTIONS.EXPERIENCE),
    ]);
    if (!headline || !experience) return null;
    return currentPositionOf(await ctx.loaders.experiencesByMember.load(member.memberId));
  }

  @FieldResolver(() => EducationConnection, { description: 'Section EDUCATION: the latest first.' })
  async education(@Root() member: Member, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const rows = await visibleEntries(member, ctx, PROFILE_SECTIONS.EDUCATION, () =>
      ctx.loaders.educationByMember.load(member.memberId),
    );
    return EducationConnection.from(
      mapPage(
        pageFromList(rows, args, (row) => row.id),
        toEducation,
      ),
    );
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => SaveExperiencePayload, { description: 'Adds a job to your profile, or changes one (with its id).' })
  async saveExperience(
    @Arg('input') { id, companyId, ...fields }: ExperienceInput,
    @Ctx() ctx: Context,
  ): Promise<SaveExperiencePayload> {
    const entryId = id ? idOf(id, 'Experience') : null;
    const company = companyId ? idOf(companyId, 'Company', 'companyId') : null;
    const result = await ctx.services.career.saveExperience(ctx.viewer!.memberId, entryId, fields, company);
    const { entry, userErrors } = entryPayload(ctx, result, toExperience);
    return { experience: entry, userErrors };
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => RemoveEntryPayload)
  async removeExperience(@Arg('input') input: RemoveEntryInput, @Ctx() ctx: Context): Promise<RemoveEntryPayload> {
    if (!(await ctx.services.career.removeExperience(ctx.viewer!.memberId, idOf(input.id, 'Experience'))))
      throw notFound('This entry');
    return { removedId: input.id, userErrors: [] };
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => SaveEducationPayload, { description: 'Adds a school to your profile, or changes one (with its id).' })
  async saveEducation(
    @Arg('input') { id, ...fields }: EducationInput,
    @Ctx() ctx: Context,
  ): Promise<SaveEducationPayload> {
    const entryId = id ? idOf(id, 'Education') : null;
    const result = await ctx.services.career.saveEducation(ctx.viewer!.memberId, entryId, fields);
    const { entry, userErrors } = entryPayload(ctx, result, toEducation);
    return { education: entry, userErrors };
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => RemoveEntryPayload)
  async removeEducation(@Arg('input') input: RemoveEntryInput, @Ctx() ctx: Context): Promise<RemoveEntryPayload> {
    if (!(await ctx.services.career.removeEducation(ctx.viewer!.memberId, idOf(input.id, 'Education'))))
      throw notFound('This entry');
    return { removedId: input.id, userErrors: [] };
  }
}
