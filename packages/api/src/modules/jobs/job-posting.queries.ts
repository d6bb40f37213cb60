import { JOB_STATES, type JobState } from '@carnet/shared';
import type { DataSource } from 'typeorm';
import type { KeysetWindow } from '../../graphql/relay';

/** A posting's place in a list: newest published first, a draft by its creation. */
export interface ListedPosting {
  id: string;
  listedAt: string;
}

export const listedKey = (row: ListedPosting) => [row.listedAt, row.id];

const LISTED_AT = 'COALESCE(j.published_at, j.created_at)';

/** Positional parameters of a statement, numbered as they are added. */
class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** A placeholder added on first use only: a parameter the statement never reads would have no type. */
  lazy(value: unknown): () => string {
    let placeholder: string | null = null;
    return () => (placeholder ??= this.add(value));
  }
}

/** The stored condition of each effective state: EXPIRED is an OPEN posting past its expiry at `now`. */
const STATE_CONDITIONS: Record<JobState, (now: () => string) => string> = {
  DRAFT: () => `j.state = 'DRAFT'`,
  OPEN: (now) => `(j.state = 'OPEN' AND j.expires_at > ${now()})`,
  CLOSED: () => `j.state = 'CLOSED'`,
  EXPIRED: (now) => `(j.state = 'OPEN' AND j.expires_at <= ${now()})`,
};

function stateCondition(states: readonly JobState[], now: () => string): string {
  const known = Object.values(JOB_STATES).filter((state) => states.includes(state));
  return known.length ? `(${known.map((state) => STATE_CONDITIONS[state](now)).join(' OR ')})` : 'false';
}

/** The condition and parameters of the postings of these companies (`$1`) in these states. */
function filterSql(companyIds: readonly string[], states: readonly JobState[], now: Date) {
  const params = new Params();
  params.add(companyIds);
  return { params, where: stateCondition(states, params.lazy(now)) };
}

/** The same, within this window of the list, ordered, with the row count (one more than the page) last. */
function listSql(companyIds: readonly string[], states: readonly JobState[], window: KeysetWindow, now: Date) {
  const { params, where } = filterSql(companyIds, states, now);
  const descending = !window.backwards;
  const after = window.cursor
    ? `AND (${LISTED_AT}, j.id) ${descending ? '<' : '>'} (${params.add(window.cursor[0])}::timestamptz, ${params.add(window.cursor[1])}::bigint)`
    : '';
  const direction = descending ? 'DESC' : 'ASC';
  return {
    where: `${where} ${after}`,
    order: `ORDER BY ${LISTED_AT} ${direction}, j.id ${direction} LIMIT ${params.add(window.size + 1)}`,
    params: params.values,
  };
}

/** Read-only listing queries over job_posting, one statement for any number of companies. */
export class JobPostingQueries {
  constructor(private readonly db: DataSource) {}

  /** One window of each company's postings in the given states, in key order (at most `size + 1` rows each). */
  async pagesOfCompanies(
    companyIds: readonly string[],
    states: readonly JobState[],
    window: KeysetWindow,
    now: Date,
  ): Promise<ListedPosting[][]> {
    const { where, order, params } = listSql(companyIds, states, window, now);
    const rows = await this.db.query<(ListedPosting & { company_id: string })[]>(
      `SELECT c.id::text AS company_id, p.id, p.listed_at AS "listedAt"
       FROM unnest($1::bigint[]) AS c(id)
       CROSS JOIN LATERAL (
         SELECT j.id::text AS id, to_json(${LISTED_AT})#>>'{}' AS listed_at
         FROM job_posting j
         WHERE j.company_id = c.id AND ${where}
         ${order}
       ) p`,
      params,
    );
    const byCompany = new Map<string, ListedPosting[]>(companyIds.map((id) => [id, []]));
    for (const { company_id: companyId, ...row } of rows) byCompany.get(companyId)?.push(row);
    return companyIds.map((id) => byCompany.get(id)!);
  }

  /** How many postings each company has in the given states. */
  async countsOfCompanies(companyIds: readonly string[], states: readonly JobState[], now: Date): Promise<number[]> {
    const { params, where } = filterSql(companyIds, states, now);
    const rows = await this.db.query<{ company_id: string; n: number }[]>(
      `SELECT j.company_id::text AS company_id, count(*)::int AS n FROM job_posting j
       WHERE j.company_id = ANY($1::bigint[]) AND ${where}
       GROUP BY j.company_id`,
      params.values,
    );
    const counts = new Map(rows.map((row) => [row.company_id, row.n]));
    return companyIds.map((id) => counts.get(id) ?? 0);
  }

  /** One window of the postings of all these companies together (a recruiter's dashboard). */
  async pageAcross(
    companyIds: readonly string[],
    states: readonly JobState[],
    window: KeysetWindow,
    now: Date,
  ): Promise<ListedPosting[]> {
    const { where, order, params } = listSql(companyIds, states, window, now);
    return this.db.query<ListedPosting[]>(
      `SELECT j.id::text AS id, to_json(${LISTED_AT})#>>'{}' AS "listedAt" FROM job_posting j
       WHERE j.company_id = ANY($1::bigint[]) AND ${where}
       ${order}`,
      params,
    );
  }

  async countAcross(companyIds: readonly string[], states: readonly JobState[], now: Date): Promise<number> {
    const { params, where } = filterSql(companyIds, states, now);
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM job_posting j WHERE j.company_id = ANY($1::bigint[]) AND ${where}`,
      params.values,
    );
    return row?.n ?? 0;
  }
}
