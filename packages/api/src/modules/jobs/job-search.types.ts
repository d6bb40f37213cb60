import {
  CONTRACT_TYPES,
  CURRENCIES,
  JOB_FUNCTIONS,
  JOB_LIMITS,
  JOB_SEARCH_LIMITS,
  JOB_SEARCH_SORTS,
  POSTED_WITHIN,
  SALARY_PERIODS,
  SENIORITY_LEVELS,
  WORKPLACE_TYPES,
  type ContractType,
  type Currency,
  type PostedWithin,
  type SalaryPeriod,
  type SeniorityLevel,
  type WorkplaceType,
} from '@carnet/shared';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { badUserInput } from '../../graphql/errors';
import { PageInfo } from '../../graphql/relay';
import { idOf } from '../../graphql/relay';
import { JobPosting } from './job-posting.types';
import { NO_FILTERS, type JobSearchCriteria, type JobSearchFilters } from './job-search.sql';

registerEnumType(JOB_SEARCH_SORTS, {
  name: 'JobSearchSort',
  description:
    'RELEVANCE ranks by the query (title and company first, then skills, then the description); without a query it reads as DATE, the newest first.',
});
registerEnumType(POSTED_WITHIN, {
  name: 'PostedWithin',
  description: 'Published in the last 24 hours, 7 days or 30 days.',
});

@InputType({
  description:
    'A salary floor. Only postings giving a salary in the same currency count; periods compare on a yearly scale: ' +
    'an hour is 1/1607 of a year (the French legal working year), a day 1/218 (forfait jours), a month 1/12. ' +
    'A posting qualifies when the top of its range (or its only bound) reaches the floor.',
})
export class SalaryAtLeastInput {
  @Field(() => Int)
  amount: number;

  @Field({ description: 'ISO 4217, e.g. EUR.' })
  currency: string;

  @Field(() => SALARY_PERIODS)
  period: SalaryPeriod;
}

@InputType('JobSearchFilters', {
  description: `Each list keeps postings matching any of its values (at most ${JOB_SEARCH_LIMITS.filterValues}); the filters add up.`,
})
export class JobSearchFiltersInput {
  @Field(() => [String], {
    nullable: true,
    description: 'Cities, regions or ISO country codes; accents and case aside.',
  })
  locations?: string[] | null;

  @Field(() => [WORKPLACE_TYPES], { nullable: true })
  workplaceTypes?: WorkplaceType[] | null;

  @Field(() => [CONTRACT_TYPES], { nullable: true })
  contractTypes?: ContractType[] | null;

  @Field(() => [SENIORITY_LEVELS], { nullable: true })
  seniorities?: SeniorityLevel[] | null;

  @Field(() => [ID], { nullable: true })
  companyIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Values of JOB_FUNCTIONS, e.g. ENGINEERING.' })
  jobFunctions?: string[] | null;

  @Field(() => SalaryAtLeastInput, { nullable: true })
  salaryAtLeast?: SalaryAtLeastInput | null;

  @Field(() => POSTED_WITHIN, { nullable: true })
  postedWithin?: PostedWithin | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only companies where one of your connections works now (signed in; read:network for tokens).',
  })
  inMyNetwork?: boolean | null;
}

function list<T>(values: T[] | null | undefined, field: string): T[] {
  const distinct = [...new Set(values ?? [])];
  if (distinct.length > JOB_SEARCH_LIMITS.filterValues) {
    throw badUserInput(`${field} takes at most ${JOB_SEARCH_LIMITS.filterValues} values.`, `filters.${field}`);
  }
  return distinct;
}

/** The query and filters checked at the edge: BAD_USER_INPUT on anything a form could not have sent. */
export function toCriteria(
  query: string | null | undefined,
  input: JobSearchFiltersInput | null | undefined,
): JobSearchCriteria {
  if (query && query.length > JOB_SEARCH_LIMITS.query) {
    throw badUserInput(`query is longer than ${JOB_SEARCH_LIMITS.query} characters.`, 'query');
  }
  if (!input) return { query: query?.trim() || null, filters: NO_FILTERS };
  const locations = list(input.locations, 'locations')
    .map((place) => place.trim())
    .filter(Boolean);
  if (locations.some((place) => place.length > JOB_SEARCH_LIMITS.location)) {
    throw badUserInput(`A location is longer than ${JOB_SEARCH_LIMITS.location} characters.`, 'filters.locations');
  }
  const jobFunctions = list(input.jobFunctions, 'jobFunctions');
  if (jobFunctions.some((value) => !(value in JOB_FUNCTIONS))) {
    throw badUserInput('jobFunctions holds an unknown job function.', 'filters.jobFunctions');
  }
  const filters: JobSearchFilters = {
    locations,
    workplaceTypes: list(input.workplaceTypes, 'workplaceTypes'),
    contractTypes: list(input.contractTypes, 'contractTypes'),
    seniorities: list(input.seniorities, 'seniorities'),
    companyIds: list(input.companyIds, 'companyIds').map((id) => idOf(id, 'Company', 'filters.companyIds')),
    jobFunctions,
    salaryAtLeast: input.salaryAtLeast ? toSalaryFloor(input.salaryAtLeast) : null,
    postedWithin: input.postedWithin ?? null,
    inMyNetwork: input.inMyNetwork ?? false,
  };
  return { query: query?.trim() || null, filters };
}

function toSalaryFloor({ amount, currency, period }: SalaryAtLeastInput) {
  if (!(CURRENCIES as readonly string[]).includes(currency)) {
    throw badUserInput('salaryAtLeast.currency is not a supported currency.', 'filters.salaryAtLeast.currency');
  }
  if (!Number.isInteger(amount) || amount < 0 || amount > JOB_LIMITS.salaryMax) {
    throw badUserInput(
      `salaryAtLeast.amount must be between 0 and ${JOB_LIMITS.salaryMax}.`,
      'filters.salaryAtLeast.amount',
    );
  }
  return { amount, currency: currency as Currency, period };
}

@ObjectType({
  description: 'How many results a filter value would show, the other filters applied.',
  simpleResolvers: true,
})
export class FacetCount {
  @Field()
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true })
export class CompanyFacetCount {
  @Field(() => ID, { description: 'The company, to pass in filters.companyIds.' })
  id: string;

  @Field()
  name: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Counts for each filter value. Each facet applies every filter but its own, so that its values can be combined; companies and locations list the most frequent ones.',
})
export class JobSearchFacets {
  @Field(() => [FacetCount])
  contractTypes: FacetCount[];

  @Field(() => [FacetCount])
  workplaceTypes: FacetCount[];

  @Field(() => [FacetCount])
  seniorities: FacetCount[];

  @Field(() => [FacetCount])
  jobFunctions: FacetCount[];

  @Field(() => [CompanyFacetCount])
  companies: CompanyFacetCount[];

  @Field(() => [FacetCount], { description: 'Cities.' })
  locations: FacetCount[];

  @Field(() => [FacetCount], { description: 'DAY, WEEK and MONTH: each counts the postings of that window.' })
  postedWithin: FacetCount[];
}

@ObjectType({ simpleResolvers: true })
export class JobSearchEdge {
  @Field()
  cursor: string;

  @Field(() => JobPosting)
  node: JobPosting;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A page of open postings (never drafts, closed or expired ones) with the counts of the whole search.',
})
export class JobSearchResult {
  @Field(() => [JobSearchEdge])
  edges: JobSearchEdge[];

  @Field(() => [JobPosting])
  nodes: JobPosting[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Results of the whole search, every filter applied.' })
  totalCount: number;

  @Field(() => JobSearchFacets)
  facets: JobSearchFacets;
}
