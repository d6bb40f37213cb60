import {
  JOB_SEARCH_LIMITS,
  JOB_SEARCH_SORTS,
  POSTED_WITHIN,
  POSTED_WITHIN_DAYS,
  type JobSearchSort,
} from '@carnet/shared';
import type { DataSource } from 'typeorm';
import { prepared } from '../../db/prepared';
import { badUserInput } from '../../graphql/errors';
import { keysetWindow, pageOfRows, type KeysetWindow } from '../../graphql/relay';
import {
  matchingSql,
  passing,
  Sql,
  type FilterName,
  type JobSearchCriteria,
  type MatchingSql,
  type NetworkReader,
} from './job-search.sql';

export interface FacetValue {
  value: string;
  count: number;
}

export interface CompanyFacetValue extends FacetValue {
  name: string;
}

export interface JobSearchFacets {
  contractTypes: FacetValue[];
  workplaceTypes: FacetValue[];
  seniorities: FacetValue[];
  jobFunctions: FacetValue[];
  companies: CompanyFacetValue[];
  locations: FacetValue[];
  postedWithin: FacetValue[];
}

export interface JobSearchRequest {
  criteria: JobSearchCriteria;
  sort: JobSearchSort;
  first?: number | null;
  after?: string | null;
  /** The searcher, for "in my network"; null when anonymous. */
  network: NetworkReader | null;
  /** Count the results and the facets only when asked (a next page rarely needs them again). */
  withTotal: boolean;
  withFacets: boolean;
}

export interface JobSearchResultRows {
  items: { cursor: string; postingId: string; companyId: string }[];
  pageInfo: ReturnType<typeof pageOfRows>['pageInfo'];
  totalCount: number | null;
  facets: JobSearchFacets | null;
}

interface PageRow {
  id: string;
  companyId: string;
  rank: number;
  publishedAt: string;
}

interface FacetRow {
  facet: keyof JobSearchFacets;
  value: string;
  name: string | null;
  count: number;
}

/** Keyset orders: [tag, key, id] cursors, the tag refusing a cursor of the other order. */
const ORDERS = {
  RELEVANCE: { tag: 'r', columns: 'rank, id', keyType: 'float8', keyOf: (row: PageRow) => ['r', row.rank, row.id] },
  DATE: {
    tag: 'd',
    columns: 'published_at, id',
    keyType: 'timestamptz',
    keyOf: (row: PageRow) => ['d', row.publishedAt, row.id],
  },
} as const;

function cursorKey(window: KeysetWindow, order: (typeof ORDERS)[keyof typeof ORDERS]): [unknown, string] | null {
  if (!window.cursor) return null;
  const [tag, key, id] = window.cursor;
  const keyOk = order.tag === 'r' ? typeof key === 'number' : typeof key === 'string' && !Number.isNaN(Date.parse(key));
  if (tag !== order.tag || !keyOk || typeof id !== 'string' || !/^[1-9][0-9]{0,18}$/.test(id)) {
    throw badUserInput('after is not a cursor of this search.', 'after');
  }
  return [key, id];
}

const SIMPLE_FACETS: [keyof JobSearchFacets, FilterName, string][] = [
  ['contractTypes', 'contractType', 'contract_type'],
  ['workplaceTypes', 'workplaceType', 'workplace_type'],
  ['seniorities', 'seniority', 'seniority'],
  ['jobFunctions', 'jobFunction', 'job_function'],
];

/**
 * Facet counts over `matched`, disjunctive: each facet's counts apply every filter but its own, so that
 * ticking a second contract type shows how many it would add.
 */
function facetsSql(sql: Sql, { filters }: MatchingSql, now: Date): string {
  const top = JOB_SEARCH_LIMITS.topFacetValues;
  const simple = SIMPLE_FACETS.map(
    ([facet, filter, column]) => `
    SELECT '${facet}' AS facet, ${column} AS value, NULL AS name, count(*)::int AS count
    FROM matched WHERE ${column} IS NOT NULL AND ${passing(filters, filter)} GROUP BY ${column}`,
  );
  const windows = Object.values(POSTED_WITHIN).map(
    (within) =>
      `count(*) FILTER (WHERE published_at > ${sql.param(new Date(now.getTime() - POSTED_WITHIN_DAYS[within] * 86_400_000), 'timestamptz')})::int AS "${within}"`,
  );
  return `${simple.join('\n    UNION ALL')}
    UNION ALL
    SELECT 'companies', top.company_id::text, c.name, top.count FROM (
      SELECT company_id, count(*)::int AS count FROM matched WHERE ${passing(filters, 'company')}
      GROUP BY company_id ORDER BY count DESC, company_id LIMIT ${top}) top
    JOIN company c ON c.id = top.company_id
    UNION ALL
    (SELECT 'locations', city, NULL, count(*)::int FROM matched WHERE city IS NOT NULL AND ${passing(filters, 'location')}
     GROUP BY city ORDER BY 4 DESC, city LIMIT ${top})
    UNION ALL
    SELECT 'postedWithin', w.key, NULL, w.value::int FROM (
      SELECT ${windows.join(', ')} FROM matched WHERE ${passing(filters, 'postedWithin')}) counted,
      LATERAL jsonb_each_text(to_jsonb(counted)) w`;
}

function toFacets(rows: FacetRow[]): JobSearchFacets {
  const facets: JobSearchFacets = {
    contractTypes: [],
    workplaceTypes: [],
    seniorities: [],
    jobFunctions: [],
    companies: [],
    locations: [],
    postedWithin: [],
  };
  for (const row of rows) {
    const value = { value: row.value, count: row.count };
    if (row.facet === 'companies') facets.companies.push({ ...value, name: row.name ?? '' });
    else facets[row.facet].push(value);
  }
  const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.value.localeCompare(b.value);
  for (const list of Object.values(facets) as FacetValue[][]) list.sort(byCount);
  const order = Object.values(POSTED_WITHIN) as string[];
  facets.postedWithin.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  return facets;
}

/** Searching open postings: one statement computes the page, the total and every facet from one set of matches. */
export class JobSearchService {
  constructor(private readonly db: DataSource) {}

  async search(request: JobSearchRequest, now = new Date()): Promise<JobSearchResultRows> {
    const window = keysetWindow({ first: request.first, after: request.after }, 3);
    const sql = new Sql();
    const matching = matchingSql(sql, request.criteria, now, request.network);
    const order = ORDERS[matching.hasQuery ? request.sort : JOB_SEARCH_SORTS.DATE];
    const cursor = cursorKey(window, order);
    const after = cursor
      ? `AND (${order.columns}) < (${sql.param(cursor[0], order.keyType)}, ${sql.param(cursor[1], 'bigint')})`
      : '';
    const statement = `
      WITH ${matching.ctes},
      page AS (
        SELECT id, company_id, rank, published_at FROM matched WHERE ${passing(matching.filters)} ${after}
        ORDER BY ${order.columns.replace(',', ' DESC,')} DESC LIMIT ${window.size + 1})
      SELECT
        (SELECT coalesce(json_agg(json_build_object('id', id::text, 'companyId', company_id::text, 'rank', rank, 'publishedAt', published_at)
           ORDER BY ${order.columns.replace(',', ' DESC,')} DESC), '[]') FROM page) AS page,
        ${request.withTotal ? `(SELECT count(*)::int FROM matched WHERE ${passing(matching.filters)})` : 'NULL::int'} AS total,
        ${request.withFacets ? `(SELECT json_agg(f) FROM (${facetsSql(sql, matching, now)}) f)` : 'NULL::json'} AS facets`;
    const [row] = await this.db.query<{ page: PageRow[]; total: number | null; facets: FacetRow[] | null }[]>(
      prepared(statement),
      sql.params,
    );
    const page = pageOfRows(row!.page, window, (r) => order.keyOf(r));
    return {
      items: page.items.map(({ cursor, node }) => ({ cursor, postingId: node.id, companyId: node.companyId })),
      pageInfo: page.pageInfo,
      totalCount: row!.total,
      facets: request.withFacets ? toFacets(row!.facets ?? []) : null,
    };
  }
}
