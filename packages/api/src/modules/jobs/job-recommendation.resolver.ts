import { SCOPES } from '@carnet/shared';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { ConnectionArgs } from '../../graphql/relay';
import { JobRecommendationConnection, reasonsOf } from './job-recommendation.types';
import { postingsByIds } from './job-search.resolver';
import { recommendationReader } from './job-search.policy';

@Resolver()
export class JobRecommendationResolver {
  @Requires(SCOPES.READ_JOBS)
  @Query(() => JobRecommendationConnection, {
    description:
      'Jobs for you: open postings ranked by your skills, current and wished titles, place, open-to-work wishes and the companies where your connections work, each with its reasons.',
  })
  async jobsForYou(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const page = await ctx.services.jobRecommendations.recommend(recommendationReader(ctx), args);
    const postings = await postingsByIds(
      ctx,
      page.items.map((item) => item.node.postingId),
    );
    const byId = new Map(postings.map((posting) => [posting.entity.id, posting]));
    const items = page.items.flatMap(({ cursor, node: row }) => {
      const node = byId.get(row.postingId);
      return node ? [{ cursor, node, reasons: reasonsOf(row, ctx.locale) }] : [];
    });
    return JobRecommendationConnection.from({ ...page, items });
  }
}
