import {
  DEFAULT_PROFILE_VISIBILITY,
  DEGREES,
  PROFILE_SECTIONS,
  USER_ERROR_CODES,
  type ProfileVisibility,
  type UserErrorDraft,
} from '@carnet/shared';
import type { DataSource } from 'typeorm';
import { canSeeSection } from '../members/profile.policy';

/** One person the member may know, and why. */
export interface Suggestion {
  memberId: string;
  score: number;
  /** Mutual connections found within the bounded expansion (see SuggestionService). */
  mutualCount: number;
  /** Employers both have had, as the member spelled them. */
  sharedCompanies: string[];
  sharedSchools: string[];
  /** Those of sharedCompanies the suggested member works at now ("works at" rather than "worked at"). */
  currentCompanies: string[];
}

export type Dismissal = { ok: true } | { ok: false; errors: UserErrorDraft[] } | { ok: false; refused: 'NOT_FOUND' };

/** Bounds of the expansion: what one request reads at most, whatever the size of the network. */
export const SUGGESTION_BOUNDS = {
  /** The member's most recent connections expanded. */
  neighbours: 200,
  /** The most recent connections read from each of them. */
  perNeighbour: 60,
  /** Members read per shared company or school name, and names per kind. */
  perName: 50,
  names: 10,
  /** Candidates ranked by SQL before reasons are checked against privacy; a multiple of the limit. */
  shortlistFactor: 3,
};

/** What a shared employer or school weighs against one mutual connection. */
const WEIGHTS = { mutual: 1, company: 4, school: 3 };

/**
 * People you may know, computed live with a bounded expansion, in one statement keyed by the member:
 *
 * - the member's SUGGESTION_BOUNDS.neighbours most recent connections (one range of their index), minus those
 *   whose connections list is ONLY_ME (they must not make anyone a "mutual" connection); from each of them at
 *   most perNeighbour most recent connections (a range of that neighbour's index, never a hub's whole list),
 *   counted per candidate: at most 12,000 rows whatever the network;
 * - members with a company or school name of the member's (compared by `carnet_fold`: case, accents and
 *   spacing aside), at most perName per name and `names` names per kind, through the fold indexes;
 * - exclusions as small sets keyed by the member (dismissed, blocks both ways, pending invitations both ways)
 *   and one primary-key probe per candidate for an existing connection;
 * - a shortlist ranked by mutual count, then the shared names of each shortlisted candidate.
 *
 * Mutual counts are exact while the member has at most 200 connections and each of those at most 60; beyond,
 * they count what the sample saw, which keeps the ranking and bounds the cost. A precomputed table would answer
 * faster but be stale by its refresh period; live results honour a new connection, block or dismissal at once.
 * Shared employers and schools are given only when the suggested member's EXPERIENCE or EDUCATION section is
 * visible to the member (through profile.policy); a suggestion with no reason left is dropped.
 */
const SUGGESTIONS_SQL = `
  WITH recent_neighbours AS MATERIALIZED (
    SELECT peer_id FROM connection WHERE member_id = $1 ORDER BY created_at DESC, peer_id DESC LIMIT $2
  ),
  open_neighbours AS (
    SELECT r.peer_id FROM recent_neighbours r JOIN member n ON n.id = r.peer_id
    WHERE coalesce(n.visibility ->> 'CONNECTIONS', $3) <> 'ONLY_ME'
  ),
  via_network AS (
    SELECT f.peer_id AS id, count(*)::int AS mutual
    FROM open_neighbours o
    CROSS JOIN LATERAL (
      SELECT peer_id FROM connection WHERE member_id = o.peer_id ORDER BY created_at DESC, peer_id DESC LIMIT $4
    ) f
    GROUP BY f.peer_id
  ),
  my_companies AS MATERIALIZED (
    SELECT folded, min(company_name) AS name FROM (
      SELECT carnet_fold(company_name) AS folded, company_name FROM experience WHERE member_id = $1) e
    GROUP BY folded ORDER BY folded LIMIT $6
  ),
  my_schools AS MATERIALIZED (
    SELECT folded, min(school) AS name FROM (
      SELECT carnet_fold(school) AS folded, school FROM education WHERE member_id = $1) e
    GROUP BY folded ORDER BY folded LIMIT $6
  ),
  via_names AS (
    SELECT x.member_id AS id FROM my_companies c CROSS JOIN LATERAL (
      SELECT member_id FROM experience WHERE carnet_fold(company_name) = c.folded ORDER BY member_id DESC LIMIT $5) x
    UNION
    SELECT x.member_id FROM my_schools s CROSS JOIN LATERAL (
      SELECT member_id FROM education WHERE carnet_fold(school) = s.folded ORDER BY member_id DESC LIMIT $5) x
  ),
  candidates AS (
    SELECT coalesce(n.id, v.id) AS id, coalesce(n.mutual, 0) AS mutual
    FROM via_network n FULL JOIN via_names v ON v.id = n.id
  ),
  excluded AS (
    SELECT dismissed_id AS id FROM suggestion_dismissal WHERE member_id = $1
    UNION ALL SELECT blocked_id FROM member_block WHERE member_id = $1
    UNION ALL SELECT member_id FROM member_block WHERE blocked_id = $1
    UNION ALL SELECT recipient_id FROM invitation WHERE sender_id = $1 AND state = 'PENDING'
    UNION ALL SELECT sender_id FROM invitation WHERE recipient_id = $1 AND state = 'PENDING'
  ),
  shortlist AS (
    SELECT c.id, c.mutual FROM candidates c
    WHERE c.id <> $1
      AND NOT EXISTS (SELECT 1 FROM excluded e WHERE e.id = c.id)
      AND NOT EXISTS (SELECT 1 FROM connection k WHERE k.member_id = $1 AND k.peer_id = c.id)
    ORDER BY c.mutual DESC, c.id DESC
    LIMIT $7
  )
  SELECT s.id::text AS "memberId", s.mutual AS "mutualCount", m.visibility,
    ARRAY(SELECT c.name FROM my_companies c WHERE EXISTS (
      SELECT 1 FROM experience e WHERE e.member_id = s.id AND carnet_fold(e.company_name) = c.folded)
      ORDER BY c.name) AS "sharedCompanies",
    ARRAY(SELECT c.name FROM my_companies c WHERE EXISTS (
      SELECT 1 FROM experience e WHERE e.member_id = s.id AND e.is_current AND carnet_fold(e.company_name) = c.folded)
      ORDER BY c.name) AS "currentCompanies",
    ARRAY(SELECT c.name FROM my_schools c WHERE EXISTS (
      SELECT 1 FROM education e WHERE e.member_id = s.id AND carnet_fold(e.school) = c.folded)
      ORDER BY c.name) AS "sharedSchools"
  FROM shortlist s JOIN member m ON m.id = s.id`;

interface SuggestionRow extends Omit<Suggestion, 'score'> {
  visibility: Partial<ProfileVisibility>;
}

/** The reasons the member may be told: a candidate's experience and education only as far as they show them. */
function visibleReasons(row: SuggestionRow): Omit<Suggestion, 'score'> {
  const reader = { signedIn: true, degree: row.mutualCount > 0 ? DEGREES.SECOND : DEGREES.OUT_OF_NETWORK };
  const experience = canSeeSection(reader, row.visibility, PROFILE_SECTIONS.EXPERIENCE);
  const education = canSeeSection(reader, row.visibility, PROFILE_SECTIONS.EDUCATION);
  return {
    memberId: row.memberId,
    mutualCount: row.mutualCount,
    sharedCompanies: experience ? row.sharedCompanies : [],
    currentCompanies: experience ? row.currentCompanies : [],
    sharedSchools: education ? row.sharedSchools : [],
  };
}

function scored(reasons: Omit<Suggestion, 'score'>): Suggestion {
  const score =
    WEIGHTS.mutual * reasons.mutualCount +
    WEIGHTS.company * reasons.sharedCompanies.length +
    WEIGHTS.school * reasons.sharedSchools.length;
  return { ...reasons, score };
}

/** People you may know and the suggestions a member dismissed. */
export class SuggestionService {
  constructor(private readonly db: DataSource) {}

  /** Up to `limit` suggestions for the member, best first (ties: the most recent member first). */
  async suggestions(memberId: string, limit: number): Promise<Suggestion[]> {
    const b = SUGGESTION_BOUNDS;
    const rows = await this.db.query<SuggestionRow[]>(SUGGESTIONS_SQL, [
      memberId,
      b.neighbours,
      DEFAULT_PROFILE_VISIBILITY.CONNECTIONS,
      b.perNeighbour,
      b.perName,
      b.names,
      limit * b.shortlistFactor,
    ]);
    return rows
      .map((row) => scored(visibleReasons(row)))
      .filter((suggestion) => suggestion.score > 0)
      .sort((a, b) => b.score - a.score || b.mutualCount - a.mutualCount || compareIds(b.memberId, a.memberId))
      .slice(0, limit);
  }

  /** Never suggests this member again to the viewer; dismissing twice changes nothing. */
  async dismiss(viewerId: string, memberId: string): Promise<Dismissal> {
    if (viewerId === memberId) {
      return { ok: false, errors: [{ field: 'memberId', code: USER_ERROR_CODES.CANNOT_DISMISS_SELF }] };
    }
    const inserted = await this.db.query<unknown[]>(
      `INSERT INTO suggestion_dismissal (member_id, dismissed_id)
       SELECT $1, id FROM member WHERE id = $2
       ON CONFLICT DO NOTHING RETURNING 1`,
      [viewerId, memberId],
    );
    if (inserted.length) return { ok: true };
    const [known] = await this.db.query<unknown[]>('SELECT 1 FROM member WHERE id = $1', [memberId]);
    return known ? { ok: true } : { ok: false, refused: 'NOT_FOUND' };
  }
}

function compareIds(a: string, b: string): number {
  const [x, y] = [BigInt(a), BigInt(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
