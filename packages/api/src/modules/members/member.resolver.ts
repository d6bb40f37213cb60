import { PROFILE_SECTIONS, SCOPES, type ProfileSection } from '@carnet/shared';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Public, Requires } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { toUserErrors } from '../../graphql/user-error';
import {
  ChangeHandleInput,
  ChangeHandlePayload,
  SetSectionVisibilityInput,
  SetSectionVisibilityPayload,
  UpdateProfileInput,
  UpdateProfilePayload,
} from './member.inputs';
import { ContactInfo, Location, Member, SectionVisibility, toMember } from './member.type';
import {
  effectiveVisibility,
  ownerReading,
  PREVIEW_AUDIENCES,
  sectionVisible,
  type PreviewAudience,
} from './profile.policy';

/** A section's value when the reader may see it; null otherwise. */
async function shown<T>(member: Member, ctx: Context, section: ProfileSection, value: () => T): Promise<T | null> {
  return (await sectionVisible(member, ctx, section)) ? value() : null;
}

async function loadViewerMember(ctx: Context) {
  const entity = ctx.viewer ? await ctx.loaders.memberById.load(ctx.viewer.memberId) : null;
  if (!entity) throw notFound('This member');
  return entity;
}

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

  @Public()
  @Query(() => Member, { nullable: true, description: 'A member by public handle, as the reader may see them.' })
  async member(@Arg('handle') handle: string, @Ctx() ctx: Context): Promise<Member | null> {
    const member = await ctx.services.members.findByHandle(handle);
    return member ? toMember(member) : null;
  }

  @Requires(SCOPES.READ_PROFILE)
  @Query(() => Member, { description: 'Your own profile exactly as the chosen audience sees it.' })
  async profilePreview(@Arg('as', () => PREVIEW_AUDIENCES) as: PreviewAudience, @Ctx() ctx: Context): Promise<Member> {
    return toMember(await loadViewerMember(ctx), as);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Section HEADLINE.' })
  headline(@Root() member: Member, @Ctx() ctx: Context) {
    return shown(member, ctx, PROFILE_SECTIONS.HEADLINE, () => member.entity.headline);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Section HEADLINE.' })
  industry(@Root() member: Member, @Ctx() ctx: Context) {
    return shown(member, ctx, PROFILE_SECTIONS.HEADLINE, () => member.entity.industry);
  }

  @FieldResolver(() => Location, { nullable: true, description: 'Section HEADLINE; null when no place is given.' })
  location(@Root() member: Member, @Ctx() ctx: Context) {
    const { city, region, country } = member.entity;
    return shown(member, ctx, PROFILE_SECTIONS.HEADLINE, () =>
      city || region || country ? { city, region, country } : null,
    );
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Section ABOUT. Plain text: never interpret it as HTML or Markdown.',
  })
  about(@Root() member: Member, @Ctx() ctx: Context) {
    return shown(member, ctx, PROFILE_SECTIONS.ABOUT, () => member.entity.about);
  }

  @FieldResolver(() => ContactInfo, { nullable: true, description: 'Section CONTACT_INFO; null when none is given.' })
  contactInfo(@Root() member: Member, @Ctx() ctx: Context) {
    const { contactEmail: email, phone, websites } = member.entity;
    return shown(member, ctx, PROFILE_SECTIONS.CONTACT_INFO, () =>
      email || phone || websites.length ? { email, phone, websites } : null,
    );
  }

  @FieldResolver(() => [SectionVisibility], {
    nullable: true,
    description: 'The audience of every section: only for the member themselves, outside previews.',
  })
  async visibility(@Root() member: Member, @Ctx() ctx: Context): Promise<SectionVisibility[] | null> {
    if (!(await ownerReading(member, ctx))) return null;
    return Object.entries(effectiveVisibility(member.entity.visibility)).map(([section, audience]) => ({
      section: section as ProfileSection,
      audience,
    }));
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => UpdateProfilePayload, { description: 'Changes the given fields of your profile.' })
  async updateProfile(@Arg('input') input: UpdateProfileInput, @Ctx() ctx: Context): Promise<UpdateProfilePayload> {
    const result = await ctx.services.members.updateProfile(ctx.viewer!.memberId, { ...input });
    if (!result.ok) return { member: null, userErrors: toUserErrors(result.errors, ctx.locale) };
    return { member: toMember(result.member), userErrors: [] };
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => SetSectionVisibilityPayload, { description: 'Chooses who sees one section of your profile.' })
  async setSectionVisibility(
    @Arg('input') input: SetSectionVisibilityInput,
    @Ctx() ctx: Context,
  ): Promise<SetSectionVisibilityPayload> {
    const member = await ctx.services.members.setSectionVisibility(ctx.viewer!.memberId, input.section, input.audience);
    return { member: toMember(member), userErrors: [] };
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => ChangeHandlePayload, {
    description: 'Changes your public handle; the old one keeps leading to your profile, and stays yours, for 90 days.',
  })
  async changeHandle(@Arg('input') input: ChangeHandleInput, @Ctx() ctx: Context): Promise<ChangeHandlePayload> {
    const result = await ctx.services.members.changeHandle(ctx.viewer!.memberId, input.handle);
    if (!result.ok) return { member: null, userErrors: toUserErrors(result.errors, ctx.locale) };
    return { member: toMember(result.member), userErrors: [] };
  }
}
