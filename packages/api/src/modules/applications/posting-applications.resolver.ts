import { APPLICATION_STAGES, PIPELINE_STAGES, SCOPES, type ApplicationStage } from '@carnet/shared';
import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { viewerHasScope, type Context } from '../../graphql/context';
import { forbidden } from '../../graphql/errors';
import { ConnectionArgs, mapPage, type ConnectionShape } from '../../graphql/relay';
import { managesJobs, takesApplications } from '../jobs/job-posting.policy';
import { JobPosting } from '../jobs/job-posting.types';
import type { StageCount as StageCountRow } from './application.reads';
import { JobApplication, JobApplicationConnection, StageCount, toJobApplication } from './application.types';

/** A posting's applicants, with the posting they belong to for the counts of the pipeline's tabs. */
type ApplicantsConnection = ConnectionShape<JobApplication> & { postingId: string };

const ALL_STAGES: readonly ApplicationStage[] = [...PIPELINE_STAGES, APPLICATION_STAGES.WITHDRAWN];

/** How many applications are in the chosen stages (all when none). */
function countIn(counts: readonly StageCountRow[], stages: readonly ApplicationStage[] | null): number {
  const chosen = stages?.length ? counts.filter(({ stage }) => stages.includes(stage)) : counts;
  return chosen.reduce((sum, { count }) => sum + count, 0);
}

@Resolver(() => JobPosting)
export class PostingApplicationsResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether you can apply on Carnet now: open, not expired, and without an external applyUrl.',
  })
  acceptsApplications(@Root() posting: JobPosting): boolean {
    return takesApplications(posting.entity, new Date());
  }

  @FieldResolver(() => Int, { description: 'How many members applied (withdrawn applications aside); never who.' })
  applicantsCount(@Root() posting: JobPosting, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.applicantCountByPosting.load(posting.postingId);
  }

  @FieldResolver(() => JobApplication, { nullable: true, description: 'Your own application to it, if any.' })
  async viewerApplication(@Root() posting: JobPosting, @Ctx() ctx: Context): Promise<JobApplication | null> {
    if (!viewerHasScope(ctx.viewer, SCOPES.READ_JOBS)) return null;
    const entity = await ctx.loaders.viewerApplicationByPosting.load(posting.postingId);
    return entity ? toJobApplication(entity, 'CANDIDATE') : null;
  }

  @FieldResolver(() => JobApplicationConnection, {
    description:
      "The applications, newest first, in the chosen stages (all when none): for the company's admins and " +
      'recruiters only, FORBIDDEN to anyone else.',
  })
  async applicants(
    @Root() posting: JobPosting,
    @Arg('stages', () => [APPLICATION_STAGES], { nullable: true }) stages: ApplicationStage[] | null,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<ApplicantsConnection> {
    // The page is read beside the role, one round trip less, and returned only once the role allows it.
    const [role, page] = await Promise.all([
      ctx.loaders.viewerCompanyRole.load(posting.entity.companyId),
      ctx.services.applications.applicantsOf(posting.postingId, stages, args),
    ]);
    if (!managesJobs(role) || !viewerHasScope(ctx.viewer, SCOPES.READ_JOBS)) {
      throw forbidden("Only the company's admins and recruiters see its applicants.");
    }
    for (const { node } of page.items) ctx.loaders.applicationById.prime(node.id, node);
    // The tabs' counts already hold the total: one statement for both, as the page always shows both.
    const count = async () => countIn(await ctx.loaders.stageCountsByPosting.load(posting.postingId), stages);
    const recruiterPage = mapPage({ ...page, count }, (entity) => toJobApplication(entity, 'RECRUITER'));
    return Object.assign(JobApplicationConnection.from(recruiterPage), { postingId: posting.postingId });
  }
}

@Resolver(() => JobApplicationConnection)
export class ApplicantsConnectionResolver {
  @FieldResolver(() => [StageCount], {
    nullable: true,
    description:
      "Every stage with its number of applications, for the pipeline's tabs; null outside a posting's applicants.",
  })
  async stageCounts(@Root() connection: ApplicantsConnection, @Ctx() ctx: Context): Promise<StageCount[] | null> {
    if (!connection.postingId) return null;
    const counts = await ctx.loaders.stageCountsByPosting.load(connection.postingId);
    const byStage = new Map(counts.map(({ stage, count }) => [stage, count]));
    return ALL_STAGES.map((stage) => ({ stage, count: byStage.get(stage) ?? 0 }));
  }
}
