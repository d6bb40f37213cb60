import { JOB_SEARCH_SORTS, type JobSearchSort } from '@carnet/shared';
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { toGlobalId } from '../../graphql/relay';
import type { JobPostingEntity } from './job-posting.entity';
import { JobPosting, toJobPosting } from './job-posting.types';
import { networkReader } from './job-search.policy';
import type { JobSearchFacets as FacetRows } from './job-search.service';
import { JobSearchFacets, JobSearchFiltersInput, JobSearchResult, toCriteria } from './job-search.types';

/** Whether the query asks for a field of the object this resolver returns (fragments included). */
function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') return selection.name.value === name;
      if (selection.kind === 'InlineFragment') return visit(selection.selectionSet);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node: FieldNode) => visit(node.selectionSet));
}

/** Postings of a page, in its order; the page holds open postings only, readable by everyone. */
export async function postingsByIds(ctx: Context, ids: string[]): Promise<JobPosting[]> {
  const entities = await ctx.loaders.jobPostingById.loadMany(ids);
  return entities.flatMap((entity) =>
    entity && !(entity instanceof Error) ? [toJobPosting(entity as JobPostingEntity)] : [],
  );
}

function toFacetTypes(rows: FacetRows): JobSearchFacets {
  return {
    ...rows,
    companies: rows.companies.map((row) => ({
      id: toGlobalId('Company', row.value),
      name: row.name,
      count: row.count,
    })),
  };
}

@Resolver(() => JobSearchResult)
export class JobSearchResolver {
  @Public()
  @Query(() => JobSearchResult, {
    description:
      'Open job postings matching a full-text query (French and English stems, accents aside, typos in titles and company names forgiven) and filters, with facet counts. Anonymous readers may search, except in their network.',
  })
  async jobSearch(
    @Arg('query', () => String, { nullable: true }) query: string | null,
    @Arg('filters', () => JobSearchFiltersInput, { nullable: true }) filters: JobSearchFiltersInput | null,
    @Arg('sort', () => JOB_SEARCH_SORTS, { defaultValue: JOB_SEARCH_SORTS.RELEVANCE }) sort: JobSearchSort,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<JobSearchResult> {
    const criteria = toCriteria(query, filters);
    const result = await ctx.services.jobSearch.search({
      criteria,
      sort,
      first,
      after,
      network: criteria.filters.inMyNetwork ? networkReader(ctx) : null,
      withTotal: selects(info, 'totalCount'),
      withFacets: selects(info, 'facets'),
    });
    // The page's companies load beside its postings rather than after them: one round trip less.
    const [postings] = await Promise.all([
      postingsByIds(
        ctx,
        result.items.map((item) => item.postingId),
      ),
      ctx.loaders.companyById.loadMany(result.items.map((item) => item.companyId)),
    ]);
    const byId = new Map(postings.map((posting) => [posting.entity.id, posting]));
    const edges = result.items.flatMap(({ cursor, postingId }) => {
      const node = byId.get(postingId);
      return node ? [{ cursor, node }] : [];
    });
    return Object.assign(new JobSearchResult(), {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: result.pageInfo,
      totalCount: result.totalCount ?? 0,
      facets: result.facets ? toFacetTypes(result.facets) : null,
    });
  }
}
