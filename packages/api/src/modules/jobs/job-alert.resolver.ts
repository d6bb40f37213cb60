import { SCOPES } from '@carnet/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { ConnectionArgs, idOf, mapPage } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error';
import { JobPosting, toJobPosting } from './job-posting.types';
import {
  CreateJobAlertInput,
  DeleteJobAlertPayload,
  JobAlert,
  JobAlertConnection,
  JobAlertIdInput,
  JobAlertMatch,
  JobAlertMatchConnection,
  JobAlertPayload,
  MarkJobAlertMatchesSeenInput,
  MarkJobAlertMatchesSeenPayload,
  toJobAlert,
  toJobAlertMatch,
  UpdateJobAlertInput,
} from './job-alert.types';
import { toCriteria } from './job-search.types';

const alertIdOf = (id: string) => idOf(id, 'JobAlert');

@Resolver(() => JobAlert)
export class JobAlertResolver {
  @FieldResolver(() => Int, { description: 'Matches of this alert you have not seen.' })
  unseenMatchCount(@Root() alert: JobAlert, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.unseenMatchCountByAlert.load(alert.entity.id);
  }

  @Requires(SCOPES.READ_JOBS)
  @Query(() => JobAlertConnection, { description: 'Your job alerts, the newest first.' })
  async jobAlerts(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return JobAlertConnection.from(mapPage(await ctx.services.jobAlerts.list(ctx.viewer!.memberId, args), toJobAlert));
  }

  @Requires(SCOPES.READ_JOBS)
  @Query(() => JobAlertMatchConnection, {
    description: 'New postings your alerts found (of one alert, or all), the newest first.',
  })
  async jobAlertMatches(
    @Arg('alertId', () => ID, { nullable: true }) alertId: string | null,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const page = await ctx.services.jobAlerts.matches(ctx.viewer!.memberId, alertId ? alertIdOf(alertId) : null, args);
    return JobAlertMatchConnection.from(mapPage(page, toJobAlertMatch));
  }

  @Requires(SCOPES.READ_JOBS)
  @Query(() => Int, { description: 'Matches of all your alerts you have not seen: the badge.' })
  unseenJobAlertMatchCount(@Ctx() ctx: Context): Promise<number> {
    return ctx.services.jobAlerts.unseenCount(ctx.viewer!.memberId);
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => JobAlertPayload, { description: 'Saves a search as an alert (20 at most).' })
  async createJobAlert(@Arg('input') input: CreateJobAlertInput, @Ctx() ctx: Context): Promise<JobAlertPayload> {
    const criteria = toCriteria(input.query, input.filters);
    const result = await ctx.services.jobAlerts.create(ctx.viewer!.memberId, input, criteria);
    if (!result.ok) return { jobAlert: null, userErrors: toUserErrors(result.errors, ctx.locale) };
    return { jobAlert: toJobAlert(result.alert), userErrors: [] };
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => JobAlertPayload, { description: 'Renames an alert or changes how often it looks.' })
  async updateJobAlert(@Arg('input') input: UpdateJobAlertInput, @Ctx() ctx: Context): Promise<JobAlertPayload> {
    const changes = { name: input.name ?? undefined, frequency: input.frequency ?? undefined };
    const result = await ctx.services.jobAlerts.update(ctx.viewer!.memberId, alertIdOf(input.id), changes);
    if (!result) throw notFound('This job alert');
    if (!result.ok) return { jobAlert: null, userErrors: toUserErrors(result.errors, ctx.locale) };
    return { jobAlert: toJobAlert(result.alert), userErrors: [] };
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => DeleteJobAlertPayload, { description: 'Deletes an alert and its matches.' })
  async deleteJobAlert(@Arg('input') input: JobAlertIdInput, @Ctx() ctx: Context): Promise<DeleteJobAlertPayload> {
    if (!(await ctx.services.jobAlerts.delete(ctx.viewer!.memberId, alertIdOf(input.id))))
      throw notFound('This job alert');
    return { deletedId: input.id, userErrors: [] };
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => MarkJobAlertMatchesSeenPayload, {
    description: 'Marks the matches of one alert, or of all, as seen.',
  })
  async markJobAlertMatchesSeen(
    @Arg('input') input: MarkJobAlertMatchesSeenInput,
    @Ctx() ctx: Context,
  ): Promise<MarkJobAlertMatchesSeenPayload> {
    const memberId = ctx.viewer!.memberId;
    await ctx.services.jobAlerts.markSeen(memberId, input.alertId ? alertIdOf(input.alertId) : null);
    return { unseenCount: await ctx.services.jobAlerts.unseenCount(memberId), userErrors: [] };
  }
}

@Resolver(() => JobAlertMatch)
export class JobAlertMatchResolver {
  @FieldResolver(() => JobAlert)
  async alert(@Root() match: JobAlertMatch, @Ctx() ctx: Context): Promise<JobAlert> {
    return toJobAlert((await ctx.loaders.jobAlertById.load(match.entity.alertId))!);
  }

  @FieldResolver(() => JobPosting, { description: 'Open when found; it may have closed or expired since.' })
  async jobPosting(@Root() match: JobAlertMatch, @Ctx() ctx: Context): Promise<JobPosting> {
    return toJobPosting((await ctx.loaders.jobPostingById.load(match.entity.postingId))!);
  }
}
