import { DEFAULT_PROFILE_VISIBILITY } from '@carnet/shared';
import type { DataSource } from 'typeorm';
import { badUserInput } from '../../graphql/errors';
import { keysetWindow, pageOfRows, type ConnectionArgs, type Page } from '../../graphql/relay';
import type { NetworkReader } from './job-search.sql';

/** The facts behind a recommendation, from which its reasons are worded. */
export interface RecommendationRow {
  postingId: string;
  score: number;
  /** The member's skills the posting asks for. */
  skills: number;
  /** The member's current or wished title the posting's title matches. */
  title: string | null;
  /** The posting's city when it is the member's. */
  near: string | null;
  /** How many of the member's open-to-work wishes (contract, workplace, place) it meets. */
  preferences: number;
  /** Connections working at its company now, whose employer the member may see. */
  people: number;
  companyName: string;
  /** Every recommendation, not only this page. */
  total: number;
}

/**
 * Scores, in one statement: 3 per shared skill (up to 10), 6 for a title match, 2 for the member's city or
 * region, 1 per open-to-work wish met, 2 when connections work there. Candidates are the open postings sharing
 * a skill, matching a title, or at a connection's company; location and wishes only reorder them.
 */
const RECOMMENDATIONS = `
  WITH skills AS (SELECT skill_id FROM member_skill WHERE member_id = $1),
  titles AS (
    SELECT title, job_search_title_query(title) AS q FROM (
      SELECT e.title FROM experience e WHERE e.member_id = $1 AND e.is_current
      UNION SELECT unnest(o.job_titles) FROM open_to_work o WHERE o.member_id = $1) t
    WHERE numnode(job_search_query(title)) > 0 LIMIT 10),
  wanted AS (
    SELECT carnet_fold(m.city) AS city, carnet_fold(m.region) AS region, o.contract_types, o.workplace_types,
      ARRAY(SELECT carnet_fold(l) FROM unnest(o.locations) l) AS places
    FROM member m LEFT JOIN open_to_work o ON o.member_id = m.id WHERE m.id = $1),
  network AS (
    SELECT e.company_id, count(DISTINCT c.peer_id)::int AS people FROM connection c
    JOIN member m ON m.id = c.peer_id
    JOIN experience e ON e.member_id = c.peer_id AND e.is_current AND e.company_id IS NOT NULL
    WHERE c.member_id = $1
      AND coalesce(m.visibility ->> 'EXPERIENCE', '${DEFAULT_PROFILE_VISIBILITY.EXPERIENCE}') = ANY($2::text[])
    GROUP BY e.company_id),
  hits AS (
    SELECT ps.posting_id AS id, count(*)::int AS skills, false AS title
    FROM job_posting_skill ps WHERE ps.skill_id IN (SELECT skill_id FROM skills) GROUP BY ps.posting_id
    UNION ALL
    SELECT jp.id, 0, true FROM job_posting jp
    WHERE jp.state = 'OPEN' AND jp.search_document @@ (SELECT job_search_or(q) FROM titles)
    UNION ALL
    SELECT jp.id, 0, false FROM job_posting jp JOIN network n ON n.company_id = jp.company_id WHERE jp.state = 'OPEN'),
  scored AS (
    SELECT jp.id, jp.company_id, jp.city, h.skills, h.title, coalesce(n.people, 0) AS people,
      (carnet_fold(jp.city) = w.city OR carnet_fold(jp.region) = w.region) AS near,
      coalesce(jp.contract_type = ANY(w.contract_types), false)::int
        + coalesce(jp.workplace_type = ANY(w.workplace_types), false)::int
        + coalesce(carnet_fold(jp.city) = ANY(w.places) OR carnet_fold(jp.region) = ANY(w.places), false)::int
        AS preferences
    FROM (SELECT id, max(skills) AS skills, bool_or(title) AS title FROM hits GROUP BY id) h
    JOIN job_posting jp ON jp.id = h.id AND jp.state = 'OPEN' AND jp.expires_at > $3
    CROSS JOIN wanted w
    LEFT JOIN network n ON n.company_id = jp.company_id),
  ranked AS (
    SELECT *, 3 * least(skills, 10) + CASE WHEN title THEN 6 ELSE 0 END + CASE WHEN near THEN 2 ELSE 0 END
      + preferences + CASE WHEN people > 0 THEN 2 ELSE 0 END AS score
    FROM scored)
  SELECT r.id::text AS "postingId", r.score, r.skills, r.people, r.preferences,
    CASE WHEN r.near THEN r.city END AS near, c.name AS "companyName",
    CASE WHEN r.title THEN (SELECT t.title FROM titles t, job_posting jp
                            WHERE jp.id = r.id AND jp.search_document @@ t.q LIMIT 1) END AS title,
    (SELECT count(*)::int FROM ranked) AS total
  FROM ranked r JOIN company c ON c.id = r.company_id
  WHERE $4::int IS NULL OR (r.score, r.id) < ($4::int, $5::bigint)
  ORDER BY r.score DESC, r.id DESC
  LIMIT $6`;

/** "Jobs for you": open postings ranked by how well they fit the member's profile, wishes and network. */
export class JobRecommendationService {
  constructor(private readonly db: DataSource) {}

  async recommend(reader: NetworkReader, args: ConnectionArgs, now = new Date()): Promise<Page<RecommendationRow>> {
    const window = keysetWindow({ first: args.first, after: args.after }, 2);
    const [score, id] = window.cursor ?? [null, null];
    if (window.cursor && (!Number.isInteger(score) || typeof id !== 'string' || !/^[1-9][0-9]{0,18}$/.test(id))) {
      throw badUserInput('after is not a cursor of this list.', 'after');
    }
    const rows = await this.db.query<RecommendationRow[]>(RECOMMENDATIONS, [
      reader.memberId,
      reader.audiences,
      now,
      score,
      id,
      window.size + 1,
    ]);
    const page = pageOfRows(rows, window, (row) => [row.score, row.postingId]);
    return { ...page, count: async () => rows[0]?.total ?? 0 };
  }
}
