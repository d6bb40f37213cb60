import { PROFILE_VIEW_MODES, PROFILE_VIEW_STATS_WEEKS, SCOPES, isProfileViewStatsWeeks } from '@carnet/shared';
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { badUserInput, notFound } from '../../graphql/errors';
import { ConnectionArgs, idOf, mapPage } from '../../graphql/relay';
import { Member, toMember } from '../members/member.type';
import { ownerReading } from '../members/profile.policy';
import {
  AnonymousProfileViewer,
  PrivateProfileViewer,
  ProfileView,
  ProfileViewConnection,
  ProfileViewer,
  ProfileViewStats,
  RecordProfileViewInput,
  RecordProfileViewPayload,
  SetProfileViewModeInput,
  SetProfileViewModePayload,
  toProfileView,
} from './profile-view.types';

/** Who viewed your profile and how you appear on the profiles you view: for the member themselves only. */
@Resolver(() => Member)
export class ProfileViewMemberResolver {
  @FieldResolver(() => PROFILE_VIEW_MODES, {
    nullable: true,
    description: 'How you appear on the profiles you view. Only for the member themselves.',
  })
  async profileViewMode(@Root() member: Member, @Ctx() ctx: Context) {
    return (await ownerReading(member, ctx)) ? member.entity.profileViewMode : null;
  }

  @FieldResolver(() => ProfileViewConnection, {
    nullable: true,
    description: 'Who viewed your profile, latest first, one entry per member and day. Only for the member themselves.',
  })
  async profileViews(@Root() member: Member, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    if (!(await ownerReading(member, ctx))) return null;
    const page = await ctx.services.profileViews.latestOf(member.memberId, args);
    return ProfileViewConnection.from(mapPage(page, toProfileView));
  }

  @FieldResolver(() => ProfileViewStats, {
    nullable: true,
    description: 'Views of your profile per ISO week (UTC), the current week last. Only for the member themselves.',
  })
  async profileViewStats(
    @Root() member: Member,
    @Arg('weeks', () => Int, { defaultValue: PROFILE_VIEW_STATS_WEEKS.default }) weeks: number,
    @Ctx() ctx: Context,
  ): Promise<ProfileViewStats | null> {
    if (!isProfileViewStatsWeeks(weeks)) {
      throw badUserInput(`weeks must be between 1 and ${PROFILE_VIEW_STATS_WEEKS.max}.`, 'weeks');
    }
    if (!(await ownerReading(member, ctx))) return null;
    const counts = await ctx.services.profileViews.weeklyCounts(member.memberId, weeks);
    return { total: counts.reduce((sum, week) => sum + week.views, 0), weeks: counts };
  }
}

@Resolver(() => ProfileView)
export class ProfileViewResolver {
  @FieldResolver(() => ProfileViewer, { description: 'As much of the viewer as they chose to show when they viewed.' })
  async viewer(@Root() view: ProfileView, @Ctx() ctx: Context): Promise<typeof ProfileViewer> {
    const { viewerMode, viewerId, viewerIndustry } = view.entity;
    if (viewerMode === PROFILE_VIEW_MODES.ANONYMOUS) {
      return Object.assign(new AnonymousProfileViewer(), { industry: viewerIndustry });
    }
    const viewer = viewerMode === PROFILE_VIEW_MODES.NAMED ? await ctx.loaders.memberById.load(viewerId) : null;
    return viewer ? toMember(viewer) : Object.assign(new PrivateProfileViewer(), { private: true });
  }

  @Requires(SCOPES.READ_PROFILE)
  @Mutation(() => RecordProfileViewPayload, {
    description:
      'Records that you opened the profile of another member, as you chose to appear (profileViewMode). Once a day per profile; not for your own.',
  })
  async recordProfileView(
    @Arg('input') input: RecordProfileViewInput,
    @Ctx() ctx: Context,
  ): Promise<RecordProfileViewPayload> {
    const memberId = idOf(input.memberId, 'Member', 'memberId');
    const [viewed, viewer] = await Promise.all([
      ctx.loaders.memberById.load(memberId),
      ctx.loaders.memberById.load(ctx.viewer!.memberId),
    ]);
    if (!viewed || !viewer) throw notFound('This member');
    const result = await ctx.services.profileViews.record(viewer, viewed.id);
    if (result === 'notFound') throw notFound('This member');
    return { recorded: result === 'recorded', userErrors: [] };
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => SetProfileViewModePayload, {
    description: 'Chooses how you appear on the profiles you view from now on; views already made keep their mode.',
  })
  async setProfileViewMode(
    @Arg('input') input: SetProfileViewModeInput,
    @Ctx() ctx: Context,
  ): Promise<SetProfileViewModePayload> {
    const member = await ctx.services.members.setProfileViewMode(ctx.viewer!.memberId, input.mode);
    return { member: toMember(member), userErrors: [] };
  }
}
