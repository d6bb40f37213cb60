import {
  DEFAULT_PROFILE_VISIBILITY,
  JOB_SEARCH_LIMITS,
  POSTED_WITHIN_DAYS,
  type ContractType,
  type Currency,
  type PostedWithin,
  type SalaryPeriod,
  type SeniorityLevel,
  type WorkplaceType,
} from '@carnet/shared';

export interface SalaryAtLeast {
  amount: number;
  currency: Currency;
  period: SalaryPeriod;
}

/** What a search keeps, every list an OR of its values, the filters ANDed; empty lists filter nothing. */
export interface JobSearchFilters {
  /** Cities, regions or country codes, compared case and accents aside. */
  locations: string[];
  workplaceTypes: WorkplaceType[];
  contractTypes: ContractType[];
  seniorities: SeniorityLevel[];
  companyIds: string[];
  jobFunctions: string[];
  salaryAtLeast: SalaryAtLeast | null;
  postedWithin: PostedWithin | null;
  inMyNetwork: boolean;
}

export const NO_FILTERS: JobSearchFilters = {
  locations: [],
  workplaceTypes: [],
  contractTypes: [],
  seniorities: [],
  companyIds: [],
  jobFunctions: [],
  salaryAtLeast: null,
  postedWithin: null,
  inMyNetwork: false,
};

export interface JobSearchCriteria {
  query: string | null;
  filters: JobSearchFilters;
}

/** Who searches "in my network": the member, and the profile audiences they belong to for their connections. */
export interface NetworkReader {
  memberId: string;
  audiences: string[];
}

export type FilterName =
  | 'location'
  | 'workplaceType'
  | 'contractType'
  | 'seniority'
  | 'company'
  | 'jobFunction'
  | 'salary'
  | 'postedWithin'
  | 'network';

/** SQL text and its parameters, built together so that the numbering of `$n` always matches. */
export class Sql {
  readonly params: unknown[] = [];

  param(value: unknown, type: string): string {
    this.params.push(value);
    return `$${this.params.length}::${type}`;
  }
}

/**
 * Each word of the query, or the closest word of a posting title or company name when the word is not one
 * (a typo: "devloper" → "developer"), stemmed in French and in English; the words ANDed. Stop words drop out.
 */
function queryCte(sql: Sql, query: string): string {
  return `
  words AS (
    SELECT w, regexp_replace(w, '[^[:alnum:]]+', '', 'g') AS letters
    FROM regexp_split_to_table(carnet_fold(${sql.param(query, 'text')}), '\\s+') AS w
    WHERE w <> '' LIMIT 12),
  q AS (
    SELECT job_search_and(job_search_query(w) || job_search_query(coalesce(fix.word, ''))) AS tsq
    FROM words
    LEFT JOIN LATERAL (
      SELECT d.word FROM job_search_word d
      WHERE char_length(letters) >= 4 AND NOT EXISTS (SELECT 1 FROM job_search_word e WHERE e.word = letters)
        AND d.word % letters AND similarity(d.word, letters) >= 0.5
      ORDER BY d.word <-> letters LIMIT 1) fix ON true
    WHERE numnode(job_search_query(w)) > 0)`;
}

const FACET_COLUMNS: Partial<Record<FilterName, string>> = {
  workplaceType: 'workplace_type',
  contractType: 'contract_type',
  seniority: 'seniority',
  jobFunction: 'job_function',
};

/** The SQL condition of each filter in use, on the posting `jp`. */
function filterConditions(
  sql: Sql,
  filters: JobSearchFilters,
  now: Date,
  network: NetworkReader | null,
): Map<FilterName, string> {
  const conditions = new Map<FilterName, string>();
  const inList = (name: FilterName, values: string[]) => {
    if (values.length) conditions.set(name, `jp.${FACET_COLUMNS[name]} = ANY(${sql.param(values, 'text[]')})`);
  };
  if (filters.locations.length) {
    const places = `ARRAY(SELECT carnet_fold(p) FROM unnest(${sql.param(filters.locations, 'text[]')}) p)`;
    conditions.set('location', `jp.search_places && ${places}`);
  }
  inList('workplaceType', filters.workplaceTypes);
  inList('contractType', filters.contractTypes);
  inList('seniority', filters.seniorities);
  inList('jobFunction', filters.jobFunctions);
  if (filters.companyIds.length) {
    conditions.set('company', `jp.company_id = ANY(${sql.param(filters.companyIds, 'bigint[]')})`);
  }
  const salary = filters.salaryAtLeast;
  if (salary) {
    conditions.set(
      'salary',
      `(jp.salary_currency = ${sql.param(salary.currency, 'text')} AND
        job_salary_yearly(coalesce(jp.salary_max, jp.salary_min), jp.salary_period)
          >= job_salary_yearly(${sql.param(salary.amount, 'numeric')}, ${sql.param(salary.period, 'text')}))`,
    );
  }
  if (filters.postedWithin) {
    const since = new Date(now.getTime() - POSTED_WITHIN_DAYS[filters.postedWithin] * 86_400_000);
    conditions.set('postedWithin', `jp.published_at > ${sql.param(since, 'timestamptz')}`);
  }
  if (filters.inMyNetwork && network) {
    // A connection counts only when the member may see where they work (their experience section).
    conditions.set(
      'network',
      `jp.company_id IN (
        SELECT e.company_id FROM connection c
        JOIN member m ON m.id = c.peer_id
        JOIN experience e ON e.member_id = c.peer_id AND e.is_current AND e.company_id IS NOT NULL
        WHERE c.member_id = ${sql.param(network.memberId, 'bigint')}
          AND coalesce(m.visibility ->> 'EXPERIENCE', '${DEFAULT_PROFILE_VISIBILITY.EXPERIENCE}') = ANY(${sql.param(network.audiences, 'text[]')}))`,
    );
  }
  return conditions;
}

export interface MatchingSql {
  /** CTEs ending with `matched`: open postings matching the query, with a boolean column per filter in use. */
  ctes: string;
  /** Filters in use, whose columns in `matched` are named `f_<name>`. */
  filters: FilterName[];
  hasQuery: boolean;
}

const OPEN = (sql: Sql, now: Date) => `jp.state = 'OPEN' AND jp.expires_at > ${sql.param(now, 'timestamptz')}`;

/**
 * The open postings matching the query and failing at most one filter (those failing two count in no facet),
 * with their rank, facet values and one boolean per filter in use.
 */
export function matchingSql(
  sql: Sql,
  criteria: JobSearchCriteria,
  now: Date,
  network: NetworkReader | null,
  extraCondition = 'true',
): MatchingSql {
  const query = criteria.query?.trim() ? criteria.query.trim().slice(0, JOB_SEARCH_LIMITS.query) : null;
  const conditions = filterConditions(sql, criteria.filters, now, network);
  const columns = [...conditions].map(([name, condition]) => `, coalesce(${condition}, false) AS f_${name}`);
  const failures = [...conditions.keys()].map((name) => `(NOT f_${name})::int`);
  // Rank only the rows that pass every filter: the others only count in facets. OFFSET 0 keeps each filter
  // evaluated once per row.
  const rank = query
    ? `CASE WHEN ${passing([...conditions.keys()])} THEN ts_rank(document, q.tsq)::float8 END`
    : '0::float8';
  const ctes = `${query ? `${queryCte(sql, query)},` : ''}
  matched AS MATERIALIZED (
    SELECT id, published_at, contract_type, workplace_type, seniority, job_function, company_id, city,
      ${rank} AS rank ${conditions.size ? `, ${[...conditions.keys()].map((name) => `f_${name}`).join(', ')}` : ''}
    FROM (
      SELECT jp.id, jp.published_at, jp.contract_type, jp.workplace_type, jp.seniority, jp.job_function,
        jp.company_id, jp.city, jp.search_document AS document ${columns.join('')}
      FROM job_posting jp ${query ? ', q' : ''}
      WHERE ${OPEN(sql, now)} ${query ? 'AND jp.search_document @@ q.tsq' : ''} AND ${extraCondition}
      OFFSET 0
    ) candidate ${query ? ', q' : ''}
    WHERE ${failures.length > 1 ? `${failures.join(' + ')} <= 1` : 'true'})`;
  return { ctes, filters: [...conditions.keys()], hasQuery: query !== null };
}

/** Rows of `matched` that pass every filter in use but `except`. */
export function passing(filters: FilterName[], except?: FilterName): string {
  const kept = filters.filter((name) => name !== except).map((name) => `f_${name}`);
  return kept.length ? kept.join(' AND ') : 'true';
}

/**
 * CTEs ending with `found`: ids of open postings matching the criteria and published in (since, until], the
 * oldest first, at most `limit`: what a job alert collects on each run.
 */
export function newPostingsSql(
  sql: Sql,
  criteria: JobSearchCriteria,
  network: NetworkReader | null,
  since: Date,
  until: Date,
  limit: number,
): string {
  const published = `jp.published_at > ${sql.param(since, 'timestamptz')} AND jp.published_at <= ${sql.param(until, 'timestamptz')}`;
  const matching = matchingSql(sql, criteria, until, network, published);
  return `${matching.ctes},
    found AS (SELECT id FROM matched WHERE ${passing(matching.filters)} ORDER BY published_at, id LIMIT ${limit})`;
}
