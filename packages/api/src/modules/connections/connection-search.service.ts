import {
  AUDIENCES,
  CONNECTION_SORTS,
  DEFAULT_PROFILE_VISIBILITY,
  type Audience,
  type ConnectionSort,
} from '@carnet/shared';
import type { DataSource } from 'typeorm';
import { keysetWindow, pageOfRows, type ConnectionArgs, type Page } from '../../graphql/relay';
import { isInAudience, type ProfileReader } from '../members/profile.policy';
import type { ConnectionRow } from './connection.service';

export interface ConnectionSearch {
  /** Words to find, each, in the name, headline, current titles or companies; accents and case aside. */
  query: string | null;
  sort: ConnectionSort;
}

/** One line of the CSV export, with what the member's reader may not see already null. */
export interface ExportedConnection {
  firstName: string;
  lastName: string;
  headline: string | null;
  company: string | null;
  connectedAt: Date;
  email: string | null;
}

/** The audiences a reader belongs to, for SQL that checks a section's audience row by row. */
function audiencesOf(reader: ProfileReader): Audience[] {
  return Object.values(AUDIENCES).filter((audience) => isInAudience(reader, audience));
}

/** `section` of member `m` is visible to the reader whose audiences are the array parameter $2. */
const visible = (section: keyof typeof DEFAULT_PROFILE_VISIBILITY) =>
  `coalesce(m.visibility ->> '${section}', '${DEFAULT_PROFILE_VISIBILITY[section]}') = ANY($2::text[])`;

const CURRENT_JOBS = `(SELECT string_agg(e.title || ' ' || e.company_name, ' ')
  FROM experience e WHERE e.member_id = m.id AND e.is_current)`;

/**
 * A member's connections with their sort keys, keeping those where each word of $3 (or all when null) appears
 * in the name or, when the reader may see them, the headline and current titles and companies; accents and
 * case aside. One range of the member's connections, joined with each peer.
 */
const MATCHING_CONNECTIONS = `
  SELECT c.peer_id, c.created_at, carnet_fold(m.last_name || ' ' || m.first_name) AS name_key
  FROM connection c JOIN member m ON m.id = c.peer_id
  WHERE c.member_id = $1
    AND ($3::text[] IS NULL OR (
      SELECT bool_and(strpos(h.hay, carnet_fold(w)) > 0)
      FROM (SELECT carnet_fold(concat_ws(' ', m.first_name, m.last_name,
        CASE WHEN ${visible('HEADLINE')} THEN m.headline END,
        CASE WHEN ${visible('EXPERIENCE')} THEN ${CURRENT_JOBS} END)) AS hay) h, unnest($3::text[]) w))`;

interface MatchRow {
  peerId: string;
  createdAt: Date;
  nameKey: string;
}

const SORT_KEYS: Record<ConnectionSort, { columns: string; descending: boolean; keyOf: (row: MatchRow) => string[] }> =
  {
    [CONNECTION_SORTS.RECENT]: {
      columns: 'created_at, peer_id',
      descending: true,
      keyOf: (row) => [row.createdAt.toISOString(), row.peerId],
    },
    [CONNECTION_SORTS.NAME]: {
      columns: 'name_key, peer_id',
      descending: false,
      keyOf: (row) => [row.nameKey, row.peerId],
    },
  };

/** Searching and exporting one's own connections. */
export class ConnectionSearchService {
  constructor(private readonly db: DataSource) {}

  /** A keyset page of the member's connections matching the search, in the chosen order. */
  async search(memberId: string, reader: ProfileReader, search: ConnectionSearch, args: ConnectionArgs) {
    const window = keysetWindow(args, 2);
    const sort = SORT_KEYS[search.sort];
    const descending = sort.descending !== window.backwards;
    const [order, comparison] = descending ? ['DESC', '<'] : ['ASC', '>'];
    const cursorType = search.sort === CONNECTION_SORTS.RECENT ? 'timestamptz' : 'text';
    const words = search.query?.split(/\s+/).filter(Boolean) ?? [];
    const params = [memberId, audiencesOf(reader), words.length ? words : null];
    const rows = await this.db.query<MatchRow[]>(
      `SELECT peer_id::text AS "peerId", created_at AS "createdAt", name_key AS "nameKey"
       FROM (${MATCHING_CONNECTIONS}) found
       WHERE $4::text IS NULL OR (${sort.columns}) ${comparison} ($4::${cursorType}, $5::bigint)
       ORDER BY ${sort.columns.replace(',', ` ${order},`)} ${order}
       LIMIT $6`,
      [...params, ...(window.cursor ?? [null, null]), window.size + 1],
    );
    const page = pageOfRows(rows, window, sort.keyOf);
    const items = page.items.map(({ cursor, node }) => ({
      cursor,
      node: { memberId, peerId: node.peerId, createdAt: node.createdAt },
    }));
    const count = async () => {
      const [row] = await this.db.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM (${MATCHING_CONNECTIONS}) found`,
        params,
      );
      return row!.count;
    };
    return { pageInfo: page.pageInfo, items, count } satisfies Page<ConnectionRow>;
  }

  /** Every connection of the member, the most recent first, as the reader may see each of them. */
  async exportRows(memberId: string, reader: ProfileReader): Promise<ExportedConnection[]> {
    return this.db.query<ExportedConnection[]>(
      `SELECT m.first_name AS "firstName", m.last_name AS "lastName",
         CASE WHEN ${visible('HEADLINE')} THEN m.headline END AS headline,
         CASE WHEN ${visible('EXPERIENCE')} THEN (
           SELECT e.company_name FROM experience e WHERE e.member_id = m.id AND e.is_current
           ORDER BY e.start_month DESC, e.id DESC LIMIT 1) END AS company,
         c.created_at AS "connectedAt",
         CASE WHEN ${visible('CONTACT_INFO')} THEN m.contact_email::text END AS email
       FROM connection c JOIN member m ON m.id = c.peer_id
       WHERE c.member_id = $1
       ORDER BY c.created_at DESC, c.peer_id DESC`,
      [memberId, audiencesOf(reader)],
    );
  }
}
