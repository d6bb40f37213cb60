import {
  AUDIENCES,
  DEFAULT_PROFILE_VISIBILITY,
  normalizeText,
  type ContractType,
  type ProfileSection,
  type WorkplaceType,
} from '@carnet/shared';
import type { DataSource } from 'typeorm';
import { keysetWindow, pageOfRows, type ConnectionArgs, type Page } from '../../graphql/relay';
import type { ConnectionService } from '../connections/connection.service';

export interface CandidateFilters {
  /** Words that must each appear in the job titles sought, the headline or the skills; accents and case aside. */
  query: string | null;
  /** Candidates looking for at least one of these contracts; empty: any. */
  contractTypes: ContractType[];
  /** Candidates open to at least one of these (or who did not say); empty: any. */
  workplaceTypes: WorkplaceType[];
  /** A place among those sought, or where the candidate lives. */
  location: string | null;
}

interface CandidateRow {
  memberId: string;
  updatedAt: Date;
}

/**
 * A section every signed-in member may see, whatever their degree: only such sections are searched or listed,
 * so that a search never tells a recruiter what a member shows only to their network.
 */
const openToMembers = (section: ProfileSection) =>
  `coalesce(m.visibility ->> '${section}', '${DEFAULT_PROFILE_VISIBILITY[section]}') IN ('${AUDIENCES.PUBLIC}', '${AUDIENCES.MEMBERS}')`;

/** Place names compared without accents, case or punctuation: "saint etienne" finds "Saint-Étienne". */
const placeKey = (sql: string) => `regexp_replace(carnet_fold(${sql}), '[-'' ]+', ' ', 'g')`;

/**
 * Members open to work whose signal recruiters may see (ALL_MEMBERS and RECRUITERS_ONLY both include them), the
 * searcher aside. Reads the members module's tables read-only, as one query: the search's filters are over their
 * columns and a page must be one statement.
 */
const MATCHING = `
  SELECT o.member_id, o.updated_at
  FROM open_to_work o JOIN member m ON m.id = o.member_id
  WHERE o.member_id <> $1
    AND ${openToMembers('OPEN_TO_WORK')}
    AND (cardinality($2::text[]) = 0 OR o.contract_types && $2::text[])
    AND (cardinality($3::text[]) = 0 OR cardinality(o.workplace_types) = 0 OR o.workplace_types && $3::text[])
    AND ($4::text IS NULL OR strpos(${placeKey(`concat_ws(' | ', array_to_string(o.locations, ' | '),
          CASE WHEN ${openToMembers('HEADLINE')} THEN concat_ws(' | ', m.city, m.region) END)`)}, ${placeKey('$4')}) > 0)
    AND ($5::text[] IS NULL OR (
      SELECT bool_and(strpos(h.hay, carnet_fold(w)) > 0)
      FROM (SELECT carnet_fold(concat_ws(' ', array_to_string(o.job_titles, ' '),
        CASE WHEN ${openToMembers('HEADLINE')} THEN m.headline END,
        CASE WHEN ${openToMembers('SKILLS')} THEN (
          SELECT string_agg(s.name, ' ') FROM member_skill ms JOIN skill s ON s.id = ms.skill_id
          WHERE ms.member_id = m.id) END)) AS hay) h, unnest($5::text[]) w))`;

/** Recruiters' search of the members who say they are open to work. */
export class CandidateSearchService {
  constructor(
    private readonly db: DataSource,
    private readonly connections: ConnectionService,
  ) {}

  /**
   * A keyset page of matching candidates, the most recently updated signal first. Members blocked either way
   * are dropped after reading (ConnectionService.blockedBetween) and the page topped up from further rows.
   */
  async search(viewerId: string, filters: CandidateFilters, args: ConnectionArgs): Promise<Page<string>> {
    const window = keysetWindow(args, 2);
    const params = this.paramsOf(viewerId, filters);
    const [order, comparison] = window.backwards ? ['ASC', '>'] : ['DESC', '<'];
    const kept: CandidateRow[] = [];
    let cursor = window.cursor ?? [null, null];
    let batch = window.size + 1;
    for (;;) {
      const rows = await this.db.query<CandidateRow[]>(
        `SELECT member_id::text AS "memberId", updated_at AS "updatedAt" FROM (${MATCHING}) found
         WHERE $6::timestamptz IS NULL OR (updated_at, member_id) ${comparison} ($6::timestamptz, $7::bigint)
         ORDER BY updated_at ${order}, member_id ${order} LIMIT $8`,
        [...params, ...cursor, batch],
      );
      const blocked = rows.length
        ? await this.connections.blockedBetween(
            viewerId,
            rows.map((r) => r.memberId),
          )
        : [];
      kept.push(...rows.filter((_, i) => !blocked[i]));
      if (kept.length > window.size || rows.length < batch) break;
      const last = rows.at(-1)!;
      cursor = [last.updatedAt.toISOString(), last.memberId];
      batch *= 2;
    }
    const page = pageOfRows(kept.slice(0, window.size + 1), window, (row) => [
      row.updatedAt.toISOString(),
      row.memberId,
    ]);
    const count = async () => {
      const [row] = await this.db.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM (${MATCHING}) found`,
        params,
      );
      return row!.count;
    };
    return { ...page, items: page.items.map(({ cursor: c, node }) => ({ cursor: c, node: node.memberId })), count };
  }

  private paramsOf(viewerId: string, filters: CandidateFilters) {
    const words = normalizeText(filters.query ?? '')
      .split(' ')
      .filter(Boolean);
    const location = normalizeText(filters.location ?? '');
    return [viewerId, filters.contractTypes, filters.workplaceTypes, location || null, words.length ? words : null];
  }
}
