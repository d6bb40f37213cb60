import { SCOPES } from '@carnet/shared';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { ConnectionArgs, idOf } from '../../graphql/relay';
import { visibleJobPosting } from './job-posting.resolver';
import { JobPosting } from './job-posting.types';
import { postingsByIds } from './job-search.resolver';
import { SaveJobInput, SaveJobPayload, SavedJobConnection } from './saved-job.types';

async function readablePosting(ctx: Context, globalId: string): Promise<JobPosting> {
  const posting = await visibleJobPosting(
    ctx,
    await ctx.loaders.jobPostingById.load(idOf(globalId, 'JobPosting', 'jobPostingId')),
  );
  if (!posting) throw notFound('This job posting');
  return posting;
}

@Resolver(() => JobPosting)
export class SavedJobResolver {
  @FieldResolver(() => Boolean, { description: 'Whether you saved it; false when anonymous.' })
  viewerHasSaved(@Root() posting: JobPosting, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders.viewerHasSaved.load(posting.entity.id);
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => SaveJobPayload, { description: 'Keeps a posting in your saved jobs (saving twice changes nothing).' })
  async saveJob(@Arg('input') input: SaveJobInput, @Ctx() ctx: Context): Promise<SaveJobPayload> {
    const posting = await readablePosting(ctx, input.jobPostingId);
    await ctx.services.savedJobs.save(ctx.viewer!.memberId, posting.entity);
    ctx.loaders.viewerHasSaved.clear(posting.entity.id);
    return { jobPosting: posting, userErrors: [] };
  }

  @Requires(SCOPES.WRITE_JOBS)
  @Mutation(() => SaveJobPayload, { description: 'Removes a posting from your saved jobs.' })
  async unsaveJob(@Arg('input') input: SaveJobInput, @Ctx() ctx: Context): Promise<SaveJobPayload> {
    const posting = await readablePosting(ctx, input.jobPostingId);
    await ctx.services.savedJobs.unsave(ctx.viewer!.memberId, posting.entity.id);
    ctx.loaders.viewerHasSaved.clear(posting.entity.id);
    return { jobPosting: posting, userErrors: [] };
  }

  @Requires(SCOPES.READ_JOBS)
  @Query(() => SavedJobConnection, {
    description: 'Your saved jobs, the most recently saved first; closed and expired ones stay, with their state.',
  })
  async savedJobs(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const page = await ctx.services.savedJobs.list(ctx.viewer!.memberId, args);
    const postings = await postingsByIds(
      ctx,
      page.items.map((item) => item.node.postingId),
    );
    const byId = new Map(postings.map((posting) => [posting.entity.id, posting]));
    const items = page.items.flatMap(({ cursor, node: saved }) => {
      const node = byId.get(saved.postingId);
      return node ? [{ cursor, node, savedAt: saved.createdAt }] : [];
    });
    return SavedJobConnection.from({ ...page, items });
  }
}
