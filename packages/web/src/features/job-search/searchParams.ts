import {
  CONTRACT_TYPES,
  JOB_FUNCTIONS,
  POSTED_WITHIN,
  SENIORITY_LEVELS,
  WORKPLACE_TYPES,
  type ContractType,
  type JobFunction,
  type PostedWithin,
  type SeniorityLevel,
  type WorkplaceType,
} from '@carnet/shared';
import type { JobSearchFilters, JobSearchSort } from '../../gql/graphql';

/** A job search as the page keeps it in its address: ?q=…&contract=CDI&contract=CDD&sort=DATE… */
export interface JobSearchState {
  query: string;
  sort: JobSearchSort;
  contractTypes: ContractType[];
  workplaceTypes: WorkplaceType[];
  seniorities: SeniorityLevel[];
  jobFunctions: JobFunction[];
  companyIds: string[];
  locations: string[];
  salaryAtLeast: number | null;
  postedWithin: PostedWithin | null;
  inMyNetwork: boolean;
}

/** The list filters, each with its parameter name in the address. */
export const LIST_FILTERS = {
  contractTypes: 'contract',
  workplaceTypes: 'workplace',
  seniorities: 'seniority',
  jobFunctions: 'function',
  companyIds: 'company',
  locations: 'location',
} as const;
export type ListFilter = keyof typeof LIST_FILTERS;

const ALLOWED: Partial<Record<ListFilter, readonly string[]>> = {
  contractTypes: Object.values(CONTRACT_TYPES),
  workplaceTypes: Object.values(WORKPLACE_TYPES),
  seniorities: Object.values(SENIORITY_LEVELS),
  jobFunctions: Object.values(JOB_FUNCTIONS),
};

/** Salary floors are asked yearly, in euros. */
export const SALARY_CURRENCY = 'EUR';

function listOf<K extends ListFilter>(params: URLSearchParams, key: K): JobSearchState[K] {
  const allowed = ALLOWED[key];
  const values = params.getAll(LIST_FILTERS[key]).filter((value) => value && (!allowed || allowed.includes(value)));
  return [...new Set(values)].slice(0, 20) as JobSearchState[K];
}

/** Reads a search from the address, dropping whatever is not a valid value (an old or hand-edited link). */
export function readSearch(params: URLSearchParams): JobSearchState {
  const salary = Number(params.get('salary'));
  const posted = params.get('posted');
  return {
    query: params.get('q') ?? '',
    sort: params.get('sort') === 'DATE' ? 'DATE' : 'RELEVANCE',
    contractTypes: listOf(params, 'contractTypes'),
    workplaceTypes: listOf(params, 'workplaceTypes'),
    seniorities: listOf(params, 'seniorities'),
    jobFunctions: listOf(params, 'jobFunctions'),
    companyIds: listOf(params, 'companyIds'),
    locations: listOf(params, 'locations'),
    salaryAtLeast: Number.isInteger(salary) && salary > 0 ? salary : null,
    postedWithin: posted && posted in POSTED_WITHIN ? (posted as PostedWithin) : null,
    inMyNetwork: params.get('network') === '1',
  };
}

/** The address of a search: only what differs from an empty search, in a stable order. */
export function writeSearch(state: JobSearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of Object.keys(LIST_FILTERS) as ListFilter[]) {
    for (const value of state[key]) params.append(LIST_FILTERS[key], value);
  }
  if (state.salaryAtLeast) params.set('salary', String(state.salaryAtLeast));
  if (state.postedWithin) params.set('posted', state.postedWithin);
  if (state.inMyNetwork) params.set('network', '1');
  if (state.sort === 'DATE') params.set('sort', 'DATE');
  return params;
}

/** The API's filters for a search; the network filter only for a signed-in member. */
export function toFilters(state: JobSearchState, signedIn: boolean): JobSearchFilters {
  return {
    contractTypes: state.contractTypes,
    workplaceTypes: state.workplaceTypes,
    seniorities: state.seniorities,
    jobFunctions: state.jobFunctions,
    companyIds: state.companyIds,
    locations: state.locations,
    salaryAtLeast: state.salaryAtLeast
      ? { amount: state.salaryAtLeast, currency: SALARY_CURRENCY, period: 'YEAR' }
      : null,
    postedWithin: state.postedWithin,
    inMyNetwork: signedIn && state.inMyNetwork,
  };
}

export function hasCriteria(state: JobSearchState): boolean {
  const { sort: _sort, ...rest } = state;
  return writeSearch({ ...rest, sort: 'RELEVANCE' }).toString() !== '';
}
