import { DEFAULT_PROFILE_VISIBILITY } from '@carnet/shared';
import type { DataSource } from 'typeorm';
import { prepared } from '../../db/prepared';
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
 * region, 1 per open-to-work wish met, 2 when connections work there. The work is bounded by the candidates:
 * for each of the member’s skills the 200 newest postings asking for it, the 400 newest matching one of their
 * titles, and the 20 newest of each of the 100 companies where most of their connections work; the place and
 * wishes only reorder them. The member's skills and network are arrays: a join to a one-row-estimated CTE
 * would be planned as a loop over every candidate.
 */
const RECOMMENDATIONS = prepared(`
  WITH skills AS MATERIALIZED (SELECT coalesce(array_agg(skill_id), '{}') AS ids FROM member_skill WHERE member_id = $1),
  titles AS MATERIALIZED (
    SELECT title, job_search_title_query(title) AS q FROM (
      SELECT e.title FROM experience e WHERE e.member_id = $1 AND e.is_current
      UNION SELECT unnest(o.job_titles) FROM open_to_work o WHERE o.member_id = $1) t
    WHERE numnode(job_search_query(title)) > 0 LIMIT 10),
  any_title AS MATERIALIZED (SELECT job_search_or(q) AS q FROM titles),
  wanted AS MATERIALIZED (
    SELECT ARRAY[carnet_fold(m.city), carnet_fold(m.region)] AS home, o.contract_types, o.workplace_types,
      ARRAY(SELECT carnet_fold(l) FROM unnest(o.locations) l) AS places
    FROM member m LEFT JOIN open_to_work o ON o.member_id = m.id WHERE m.id = $1),
  network AS MATERIALIZED (
    SELECT coalesce(array_agg(company_id), '{}') AS companies, coalesce(array_agg(people), '{}') AS people FROM (
    SELECT e.company_id, count(DISTINCT c.peer_id)::int AS people FROM connection c
    JOIN member m ON m.id = c.peer_id
    JOIN experience e ON e.member_id = c.peer_id AND e.is_current AND e.company_id IS NOT NULL
    WHERE c.member_id = $1
      AND coalesce(m.visibility ->> 'EXPERIENCE', '${DEFAULT_PROFILE_VISIBILITY.EXPERIENCE}') = ANY($2::text[])
    GROUP BY e.company_id ORDER BY people DESC, e.company_id LIMIT 100) busiest),
  candidates AS (
    SELECT newest.posting_id AS id FROM skills, unnest(skills.ids) k(skill_id) CROSS JOIN LATERAL (
      SELECT ps.posting_id FROM job_posting_skill ps WHERE ps.skill_id = k.skill_id
      ORDER BY ps.posting_id DESC LIMIT 200) newest
    UNION
    (SELECT jp.id FROM job_posting jp, any_title t
     WHERE jp.state = 'OPEN' AND jp.search_document @@ t.q ORDER BY jp.id DESC LIMIT 400)
    UNION
    SELECT newest.id FROM network, unnest(network.companies) n(company_id) CROSS JOIN LATERAL (
      SELECT jp.id FROM job_posting jp WHERE jp.company_id = n.company_id AND jp.state = 'OPEN'
      ORDER BY jp.created_at DESC, jp.id DESC LIMIT 20) newest),
  open_candidates AS MATERIALIZED (
    SELECT jp.id, jp.company_id, jp.city, jp.contract_type, jp.workplace_type, jp.search_places,
      jp.search_document @@ t.q AS title
    FROM job_posting jp CROSS JOIN any_title t
    WHERE jp.id = ANY(ARRAY(SELECT id FROM candidates)) AND jp.state = 'OPEN' AND jp.expires_at > $3),
  shared_skills AS (
    SELECT ps.posting_id, count(*)::int AS skills FROM skills, unnest(skills.ids) k(skill_id)
    JOIN job_posting_skill ps ON ps.skill_id = k.skill_id
    WHERE ps.posting_id = ANY(ARRAY(SELECT id FROM open_candidates))
    GROUP BY ps.posting_id),
  scored AS (
    SELECT k.id, k.company_id, k.city, coalesce(sk.skills, 0) AS skills,
      coalesce(n.people[array_position(n.companies, k.company_id)], 0) AS people,
      coalesce(k.title, false) AS title, coalesce(k.search_places && w.home, false) AS near,
      coalesce(k.contract_type = ANY(w.contract_types), false)::int
        + coalesce(k.workplace_type = ANY(w.workplace_types), false)::int
        + coalesce(k.search_places && w.places, false)::int AS preferences
    FROM open_candidates k CROSS JOIN wanted w CROSS JOIN network n
    LEFT JOIN shared_skills sk ON sk.posting_id = k.id),
  ranked AS MATERIALIZED (
    SELECT *, 3 * least(skills, 10) + CASE WHEN title THEN 6 ELSE 0 END + CASE WHEN near THEN 2 ELSE 0 END
      + preferences + CASE WHEN people > 0 THEN 2 ELSE 0 END AS score
    FROM scored)
  SELECT r.id::text AS "postingId", r.score, r.skills, r.people, r.preferences,
    CASE WHEN r.near THEN r.city END AS near, c.name AS "companyName",
    CASE WHEN r.title THEN (SELECT t.title FROM titles t, job_posting jp
                            WHERE jp.id = r.id AND jp.search_document @@ t.q LIMIT 1) END AS title,
    (SELECT count(*)::int FROM ranked) AS total
  FROM (
    SELECT * FROM ranked WHERE $4::int IS NULL OR (score, id) < ($4::int, $5::bigint)
    ORDER BY score DESC, id DESC LIMIT $6) r
  JOIN company c ON c.id = r.company_id
  ORDER BY r.score DESC, r.id DESC`);

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
