/**
 * SQL of the graph's questions (degrees, mutual connections, shortest paths), for one viewer ($1) and a batch
 * of members (`unnest($2::bigint[]) AS t(id)`), each answered in one statement.
 *
 * Rules, for a viewer V and a member T:
 * - V and T who blocked one another are out of each other's network: no degree, mutuals or paths;
 * - an intermediary next to V (a mutual connection, or the first step of a 3-hop path) counts only if its
 *   connection list is shown to its connections (audience not ONLY_ME);
 * - the intermediary two steps from V counts only if its list is shown to its 2nd degree (audience neither
 *   CONNECTIONS nor ONLY_ME) and it has no block with V.
 *
 * Speed: each question starts from whichever of V and T has fewer connections (connection_count) and probes
 * the other one's list through the primary key (member_id, peer_id), so that a hub's list of 30,000 is never
 * read unless both ends are hubs; the same choice is made again for each intermediary of a 3-hop path. CASE
 * branches and EXISTS stop at the first answer. Everything is keyed by a member id.
 */

const VIEWER = '$1::bigint';

/**
 * A probe by primary key that stops at its first row. OFFSET 0 keeps it a per-row subplan: without it the
 * planner may turn the EXISTS into a join, merging with (reading) a hub's whole list, or hash a whole table.
 */
const probe = (table: string, where: string) => `EXISTS (SELECT FROM ${table} WHERE ${where} OFFSET 0)`;

const linked = (a: string, b: string) => probe('connection lk', `lk.member_id = ${a} AND lk.peer_id = ${b}`);

const countOf = (member: string) =>
  `COALESCE((SELECT cc.connections FROM connection_count cc WHERE cc.member_id = ${member}), 0)`;

const blockedWithViewer = (member: string) =>
  `(${probe('member_block bk', `bk.member_id = ${VIEWER} AND bk.blocked_id = ${member}`)}
    OR ${probe('member_block bk', `bk.member_id = ${member} AND bk.blocked_id = ${VIEWER}`)})`;

/** `condition AND then`, with `then` evaluated only when `condition` holds (the planner may reorder an AND). */
const first = (condition: string, then: string) => `CASE WHEN ${condition} THEN ${then} ELSE false END`;

/** A connection of the viewer whose list the viewer may read. */
const opensToViewer = (member: string) =>
  `NOT ${probe('connection_list_restriction rs', `rs.member_id = ${member} AND rs.audience = 'ONLY_ME'`)}`;

/** A member two steps away whose list the viewer may read. */
const opensToSecondDegree = (member: string) =>
  `NOT ${probe('connection_list_restriction rs', `rs.member_id = ${member}`)} AND NOT ${blockedWithViewer(member)}`;

/** Whether the viewer's side is the one to expand: it has no more connections than the member's. */
const FROM_VIEWER = `(vc.n <= ${countOf('t.id')})`;
const SMALL_END = `CASE WHEN ${FROM_VIEWER} THEN ${VIEWER} ELSE t.id END`;
const LARGE_END = `CASE WHEN ${FROM_VIEWER} THEN t.id ELSE ${VIEWER} END`;

/** The mutual connections of the viewer and t.id that count, as `mid`, in peer id order. */
const MUTUALS = `
  SELECT s.peer_id AS mid FROM connection s
  WHERE s.member_id = ${SMALL_END} AND ${first(linked(LARGE_END, 's.peer_id'), opensToViewer('s.peer_id'))}
  ORDER BY s.peer_id`;

/**
 * The 3-hop paths viewer → p → q → t.id that count, assuming no shorter one. The outer step `o` leaves the
 * smaller end; for each o, the inner step `i` expands whichever of o and the larger end has fewer connections,
 * probing the other one.
 */
const THREE_HOPS = `
  SELECT CASE WHEN ${FROM_VIEWER} THEN o.peer_id ELSE i.mid END AS p,
         CASE WHEN ${FROM_VIEWER} THEN i.mid ELSE o.peer_id END AS q
  FROM connection o
  CROSS JOIN LATERAL (SELECT ${countOf('o.peer_id')} <= ${countOf(LARGE_END)} AS expand) oe
  CROSS JOIN LATERAL (
    SELECT x.peer_id AS mid FROM connection x
    WHERE x.member_id = CASE WHEN oe.expand THEN o.peer_id ELSE ${LARGE_END} END
      AND ${first(
        linked(`CASE WHEN oe.expand THEN ${LARGE_END} ELSE o.peer_id END`, 'x.peer_id'),
        `CASE WHEN ${FROM_VIEWER} THEN ${opensToSecondDegree('x.peer_id')} ELSE ${opensToViewer('x.peer_id')} END`,
      )}
  ) i
  WHERE o.member_id = ${SMALL_END}
    AND CASE WHEN ${FROM_VIEWER} THEN ${opensToViewer('o.peer_id')} ELSE ${opensToSecondDegree('o.peer_id')} END`;

/** The targets with the viewer's connection count beside them (`vc.n`), computed once per statement. */
const TARGETS = `
  unnest($2::bigint[]) AS t(id)
  CROSS JOIN (SELECT ${countOf(VIEWER)} AS n) vc`;

/** 0 for the viewer or a member with a block either way, 1 connected, 2 through a mutual, 3 otherwise. */
const HOPS = `
  CASE
    WHEN t.id = ${VIEWER} OR ${blockedWithViewer('t.id')} THEN 0
    WHEN ${linked(VIEWER, 't.id')} THEN 1
    WHEN EXISTS (${MUTUALS}) THEN 2
    ELSE 3
  END`;

/**
 * For a viewer with at most $3 connections (see connection.service.ts), their neighbours whose list they may
 * read are split: the light ones (at most $4 connections) have their neighbours gathered once for the whole
 * batch (the 2nd degree through them; among those, the bridges to the 3rd degree, whose list opens to the
 * 2nd degree and who have no block with the viewer), the heavy ones (hubs) are probed per target by primary
 * key. Each CTE is computed only if a target needs it.
 */
const GATHERED = `
  through AS MATERIALIZED (
    SELECT f.peer_id AS id, ${countOf('f.peer_id')} AS n
    FROM connection f WHERE f.member_id = ${VIEWER} AND ${opensToViewer('f.peer_id')}),
  second AS MATERIALIZED (
    SELECT DISTINCT c.peer_id AS id
    FROM through f JOIN connection c ON c.member_id = f.id
    WHERE f.n <= $4::int AND c.peer_id <> ${VIEWER}),
  heavy AS MATERIALIZED (SELECT id, n FROM through WHERE n > $4::int),
  bridge AS MATERIALIZED (SELECT s.id FROM second s WHERE ${opensToSecondDegree('s.id')})`;

const GATHERING = `vc.n <= $3::int`;

/** t.id two steps from the viewer through a hub: a primary-key probe per hub. */
const SECOND_THROUGH_HEAVY = `EXISTS (SELECT FROM heavy h WHERE ${linked('h.id', 't.id')})`;

/**
 * t.id three steps from the viewer through a hub h: a bridge q next to both h and t.id, found by expanding
 * whichever of h and t.id has fewer connections and probing the other.
 */
const THIRD_THROUGH_HEAVY = `
  EXISTS (
    SELECT FROM heavy h
    CROSS JOIN LATERAL (SELECT h.n <= ${countOf('t.id')} AS from_hub) side
    WHERE EXISTS (
      SELECT FROM connection x
      WHERE x.member_id = CASE WHEN side.from_hub THEN h.id ELSE t.id END
        AND ${first(linked('CASE WHEN side.from_hub THEN t.id ELSE h.id END', 'x.peer_id'), opensToSecondDegree('x.peer_id'))}))`;

export const DEGREES_SQL = `
  WITH ${GATHERED}
  SELECT t.id::text AS id,
    CASE
      WHEN t.id = ${VIEWER} THEN 'SELF'
      WHEN ${blockedWithViewer('t.id')} THEN 'OUT_OF_NETWORK'
      WHEN ${linked(VIEWER, 't.id')} THEN 'FIRST'
      WHEN ${GATHERING} THEN
        CASE
          WHEN t.id IN (SELECT id FROM second) OR ${SECOND_THROUGH_HEAVY} THEN 'SECOND'
          WHEN EXISTS (SELECT FROM connection n WHERE n.member_id = t.id AND n.peer_id IN (SELECT id FROM bridge))
            OR ${THIRD_THROUGH_HEAVY} THEN 'THIRD'
          ELSE 'OUT_OF_NETWORK'
        END
      WHEN EXISTS (${MUTUALS}) THEN 'SECOND'
      WHEN EXISTS (${THREE_HOPS}) THEN 'THIRD'
      ELSE 'OUT_OF_NETWORK'
    END AS degree
  FROM ${TARGETS}`;

/**
 * How many mutual connections the viewer has with each member, and the first $3 of them in id order: one
 * statement, so that a list showing "Léa Martin and 12 other mutual connections" asks once for both.
 */
export const MUTUALS_SQL = `
  SELECT t.id::text AS id, count.n AS count, ARRAY(SELECT m.mid::text FROM (${MUTUALS} LIMIT $3) m) AS "firstIds"
  FROM ${TARGETS}
  CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM (${MUTUALS}) m) count
  WHERE t.id <> ${VIEWER} AND NOT ${blockedWithViewer('t.id')}`;

/** Up to $3 shortest paths (intermediaries' ids) of up to 3 hops to each member; an empty path when connected. */
export const SHORTEST_PATHS_SQL = `
  SELECT t.id::text AS "memberId", path.ids::text[] AS ids
  FROM ${TARGETS}
  CROSS JOIN LATERAL (SELECT ${HOPS} AS hops) d
  CROSS JOIN LATERAL (
    SELECT ARRAY[]::bigint[] AS ids WHERE d.hops = 1
    UNION ALL (SELECT ARRAY[m.mid] FROM (${MUTUALS}) m WHERE d.hops = 2 LIMIT $3)
    UNION ALL (SELECT ARRAY[h.p, h.q] FROM (${THREE_HOPS}) h WHERE d.hops = 3 LIMIT $3)
  ) path`;

/**
 * Whether $3 is a mutual connection of the viewer and $2 that counts: the MUTUALS rule (linked to both ends,
 * its list open to the viewer, no block between the ends) for one named intermediary, probed by primary key.
 */
export const IS_MUTUAL_SQL = `
  SELECT $2::bigint <> ${VIEWER} AND NOT ${blockedWithViewer('$2::bigint')}
     AND ${linked(VIEWER, '$3::bigint')} AND ${linked('$2::bigint', '$3::bigint')}
     AND ${opensToViewer('$3::bigint')} AS mutual`;
