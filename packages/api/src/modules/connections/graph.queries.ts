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

import { prepared } from '../../db/prepared';

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
 * The same for a batch: when the viewer has more connections than t.id but at most `meetLimit`, the viewer's list
 * is hashed once for the whole batch, and each of t.id's connections is looked up in it rather than probed.
 */
const mutualsOfMany = (meetLimit: number) => `
  SELECT s.peer_id AS mid FROM connection s
  WHERE s.member_id = ${SMALL_END}
    AND ${first(
      `CASE WHEN NOT ${FROM_VIEWER} AND vc.n <= ${meetLimit}
         THEN s.peer_id IN (SELECT v.peer_id FROM connection v WHERE v.member_id = ${VIEWER})
         ELSE ${linked(LARGE_END, 's.peer_id')} END`,
      opensToViewer('s.peer_id'),
    )}
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

/**
 * The same paths for one member ($2), meeting in the middle when the larger end has at most `meetLimit`
 * connections: its list is hashed once, and each neighbour o of the smaller end either has its own list read
 * and matched against that hash or, when o's list is longer than `scanRatio` times the larger end's (a hub),
 * probes o's list by primary key for each of the larger end's connections. The rules are checked only on the
 * few matches.
 */
const threeHopsOfOne = (scanRatio: number, meetLimit: number) => {
  const fromViewer = `(${countOf(VIEWER)} <= ${countOf('$2::bigint')})`;
  const small = `CASE WHEN ${fromViewer} THEN ${VIEWER} ELSE $2::bigint END`;
  const large = `CASE WHEN ${fromViewer} THEN $2::bigint ELSE ${VIEWER} END`;
  const nearRule = (member: string) =>
    `CASE WHEN ${fromViewer} THEN ${opensToViewer(member)} ELSE ${opensToSecondDegree(member)} END`;
  const farRule = (member: string) =>
    `CASE WHEN ${fromViewer} THEN ${opensToSecondDegree(member)} ELSE ${opensToViewer(member)} END`;
  const largeCount = countOf(large);
  const meet = `
    SELECT CASE WHEN ${fromViewer} THEN o.peer_id ELSE x.id END AS p,
           CASE WHEN ${fromViewer} THEN x.id ELSE o.peer_id END AS q
    FROM connection o
    CROSS JOIN LATERAL (SELECT ${countOf('o.peer_id')} AS n) oc
    CROSS JOIN LATERAL (
      SELECT y.peer_id AS id FROM connection y
      WHERE oc.n <= ${scanRatio} * ${largeCount} AND y.member_id = o.peer_id
        AND ${first(`y.peer_id IN (SELECT f.peer_id FROM connection f WHERE f.member_id = ${large})`, farRule('y.peer_id'))}
      UNION ALL
      SELECT f.peer_id FROM connection f
      WHERE oc.n > ${scanRatio} * ${largeCount} AND f.member_id = ${large}
        AND ${first(linked('o.peer_id', 'f.peer_id'), farRule('f.peer_id'))}
    ) x
    WHERE o.member_id = ${small} AND ${nearRule('o.peer_id')}`;
  return `
    SELECT m.p, m.q FROM (${meet}) m WHERE ${largeCount} <= ${meetLimit}
    UNION ALL
    SELECT h.p, h.q FROM (${THREE_HOPS}) h WHERE ${largeCount} > ${meetLimit}`;
};

/**
 * The members asked about, as `t.id`: an array, or a single member, for which a generic plan (see
 * db/prepared.ts) then knows it expects one row, not ten.
 */
const MEMBERS = { many: 'unnest($2::bigint[])', one: 'unnest(ARRAY[$2::bigint])' } as const;

export type MemberShape = keyof typeof MEMBERS;

const mutuals = (shape: MemberShape, meetLimit: number) => (shape === 'one' ? MUTUALS : mutualsOfMany(meetLimit));

/** The targets with the viewer's connection count beside them (`vc.n`), computed once per statement. */
const targets = (shape: MemberShape) => `
  ${MEMBERS[shape]} AS t(id)
  CROSS JOIN (SELECT ${countOf(VIEWER)} AS n) vc`;

/**
 * LIMITs are written into the text, rounded up to a power of two, and callers cut the rows to what they asked:
 * a generic plan costs `LIMIT $n` as a tenth of the rows and would never be chosen, and rounding keeps the
 * variants prepared on each connection few.
 */
export const limitBucket = (limit: number): number => 2 ** Math.ceil(Math.log2(Math.max(1, limit)));

/**
 * What a statement is built for: how many members, the LIMIT (see limitBucket), and the two figures that choose
 * between reading and probing lists: the scan ratio, and the longest list hashed whole to meet in the middle.
 */
export interface StatementShape {
  members: MemberShape;
  limit?: number;
  scanRatio: number;
  meetLimit: number;
}

type Build = (shape: MemberShape, limit: number, scanRatio: number, meetLimit: number) => string;

/** The prepared statements of one question, built once per shape. */
function statements(build: Build) {
  const built = new Map<string, string>();
  return ({ members, limit = 1, scanRatio, meetLimit }: StatementShape): string => {
    const key = `${members}:${limit}:${scanRatio}:${meetLimit}`;
    let statement = built.get(key);
    if (statement === undefined) {
      statement = prepared(build(members, limit, scanRatio, meetLimit));
      built.set(key, statement);
    }
    return statement;
  };
}

/** 0 for the viewer or a member with a block either way, 1 connected, 2 through a mutual, 3 otherwise. */
const hops = (shape: MemberShape, meetLimit: number) => `
  CASE
    WHEN t.id = ${VIEWER} OR ${blockedWithViewer('t.id')} THEN 0
    WHEN ${linked(VIEWER, 't.id')} THEN 1
    WHEN EXISTS (${mutuals(shape, meetLimit)}) THEN 2
    ELSE 3
  END`;

/**
 * For a viewer with at most $3 connections (see connection.service.ts), their neighbours whose list they may
 * read are split: the light ones (at most $4 connections) have their neighbours gathered once for the whole
 * batch (the 2nd degree through them), the heavy ones (hubs) are probed per target by primary key. A target
 * is 3rd degree when one of its connections is in that set and opens its list to the 2nd degree: only those
 * few are checked, never the whole set. Each CTE is computed only if a target needs it.
 */
const GATHERED = `
  through AS MATERIALIZED (
    SELECT f.peer_id AS id, ${countOf('f.peer_id')} AS n
    FROM connection f WHERE f.member_id = ${VIEWER} AND ${opensToViewer('f.peer_id')}),
  second AS MATERIALIZED (
    SELECT DISTINCT c.peer_id AS id
    FROM through f JOIN connection c ON c.member_id = f.id
    WHERE f.n <= $4::int AND c.peer_id <> ${VIEWER}),
  heavy AS MATERIALIZED (SELECT id, n FROM through WHERE n > $4::int)`;

const GATHERING = `vc.n <= $3::int`;

/** t.id two steps from the viewer through a hub: a primary-key probe per hub. */
const SECOND_THROUGH_HEAVY = `EXISTS (SELECT FROM heavy h WHERE ${linked('h.id', 't.id')})`;

/**
 * The 3-hop paths viewer → h → x → t.id through a hub h: x next to both h and t.id, found by expanding
 * whichever of h and t.id has fewer connections and probing the other.
 */
const THREE_HOPS_THROUGH_HEAVY = `
  SELECT h.id AS p, x.peer_id AS q
  FROM heavy h
  CROSS JOIN LATERAL (SELECT h.n <= ${countOf('t.id')} AS from_hub) side
  JOIN connection x ON x.member_id = CASE WHEN side.from_hub THEN h.id ELSE t.id END
  WHERE ${first(linked('CASE WHEN side.from_hub THEN t.id ELSE h.id END', 'x.peer_id'), opensToSecondDegree('x.peer_id'))}`;

/**
 * When gathering, the 3-hop paths viewer → p → q → t.id: q among t.id's connections found in the gathered 2nd
 * degree (a hashed lookup), then for those few q each light neighbour p of the viewer next to q (a probe
 * each); and the paths through hubs.
 */
const GATHERED_THREE_HOPS = `
  SELECT via.p, q.peer_id AS q
  FROM connection q
  CROSS JOIN LATERAL (SELECT f.id AS p FROM through f WHERE f.n <= $4::int AND ${linked('f.id', 'q.peer_id')}) via
  WHERE q.member_id = t.id AND ${first('q.peer_id IN (SELECT id FROM second)', opensToSecondDegree('q.peer_id'))}
  UNION ALL
  ${THREE_HOPS_THROUGH_HEAVY}`;

/**
 * t.id three steps from a viewer with at most `meetLimit` connections (see isThird), meeting in the middle: for each
 * connection n of t.id, n's own list is read and looked up in the viewer's, hashed once for the whole batch
 * (lists up to `scanRatio` times the viewer's), and the longer ones (hubs) are probed by primary key for each
 * of the viewer's connections, after the others. Rules are checked only on what meets.
 */
const thirdByMeeting = (scanRatio: number) => {
  const viaLight = `
    SELECT FROM connection n
    WHERE n.member_id = t.id AND ${countOf('n.peer_id')} <= ${scanRatio} * vc.n
      AND ${first(
        `EXISTS (SELECT FROM connection m WHERE m.member_id = n.peer_id
           AND ${first(`m.peer_id IN (SELECT v.peer_id FROM connection v WHERE v.member_id = ${VIEWER})`, opensToViewer('m.peer_id'))})`,
        opensToSecondDegree('n.peer_id'),
      )}`;
  const viaHeavy = `
    SELECT FROM connection n
    WHERE n.member_id = t.id AND ${countOf('n.peer_id')} > ${scanRatio} * vc.n
      AND ${first(
        `EXISTS (SELECT FROM connection v WHERE v.member_id = ${VIEWER}
           AND ${first(linked('n.peer_id', 'v.peer_id'), opensToViewer('v.peer_id'))})`,
        opensToSecondDegree('n.peer_id'),
      )}`;
  return `(EXISTS (${viaLight}) OR EXISTS (${viaHeavy}))`;
};

/** Whether t.id is three steps from the viewer, once nearer degrees are ruled out. */
const isThird = (shape: MemberShape, scanRatio: number, meetLimit: number) =>
  shape === 'one'
    ? `EXISTS (${threeHopsOfOne(scanRatio, meetLimit)})`
    : `CASE WHEN vc.n <= ${meetLimit} THEN ${thirdByMeeting(scanRatio)} ELSE EXISTS (${THREE_HOPS}) END`;

/** When a batch gathers: its degrees from the gathered 2nd degree. */
const GATHERED_DEGREE = `
  CASE
    WHEN t.id IN (SELECT id FROM second) OR ${SECOND_THROUGH_HEAVY} THEN 'SECOND'
    WHEN EXISTS (
        SELECT FROM connection n
        WHERE n.member_id = t.id AND ${first('n.peer_id IN (SELECT id FROM second)', opensToSecondDegree('n.peer_id'))})
      OR EXISTS (${THREE_HOPS_THROUGH_HEAVY}) THEN 'THIRD'
    ELSE 'OUT_OF_NETWORK'
  END`;

/** The degree of each member; a batch ($3 and $4: see GATHERED) may gather, one member never does. */
export const degreesSql = statements(
  (shape, _limit, scanRatio, meetLimit) => `
  ${shape === 'many' ? `WITH ${GATHERED}` : ''}
  SELECT t.id::text AS id,
    CASE
      WHEN t.id = ${VIEWER} THEN 'SELF'
      WHEN ${blockedWithViewer('t.id')} THEN 'OUT_OF_NETWORK'
      WHEN ${linked(VIEWER, 't.id')} THEN 'FIRST'
      ${shape === 'many' ? `WHEN ${GATHERING} THEN ${GATHERED_DEGREE}` : ''}
      WHEN EXISTS (${mutuals(shape, meetLimit)}) THEN 'SECOND'
      WHEN ${isThird(shape, scanRatio, meetLimit)} THEN 'THIRD'
      ELSE 'OUT_OF_NETWORK'
    END AS degree
  FROM ${targets(shape)}`,
);

/**
 * How many mutual connections the viewer has with each member, and the first `limit` of them in id order: one
 * statement, so that a list showing "Léa Martin and 12 other mutual connections" asks once for both.
 */
export const mutualsSql = statements(
  (shape, limit, _scanRatio, meetLimit) => `
  SELECT t.id::text AS id, count.n AS count, ARRAY(SELECT m.mid::text FROM (${mutuals(shape, meetLimit)} LIMIT ${limit}) m) AS "firstIds"
  FROM ${targets(shape)}
  CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM (${mutuals(shape, meetLimit)}) m) count
  WHERE t.id <> ${VIEWER} AND NOT ${blockedWithViewer('t.id')}`,
);

/**
 * Up to `limit` shortest paths (intermediaries' ids) of up to 3 hops to each member; an empty path when
 * connected. A batch may gather as degreesSql does, with its own $3 and $4; one member never does.
 */
export const shortestPathsSql = statements((shape, limit, scanRatio, meetLimit) => {
  const threeHopPaths =
    shape === 'one'
      ? threeHopsOfOne(scanRatio, meetLimit)
      : `SELECT g.p, g.q FROM (${GATHERED_THREE_HOPS}) g WHERE ${GATHERING}
         UNION ALL
         SELECT h.p, h.q FROM (${THREE_HOPS}) h WHERE NOT ${GATHERING}`;
  return `
  ${shape === 'many' ? `WITH ${GATHERED}` : ''}
  SELECT t.id::text AS "memberId", path.ids::text[] AS ids
  FROM ${targets(shape)}
  CROSS JOIN LATERAL (SELECT ${hops(shape, meetLimit)} AS hops) d
  CROSS JOIN LATERAL (
    SELECT ARRAY[]::bigint[] AS ids WHERE d.hops = 1
    UNION ALL (SELECT ARRAY[m.mid] FROM (${mutuals(shape, meetLimit)}) m WHERE d.hops = 2 LIMIT ${limit})
    UNION ALL (SELECT ARRAY[h.p, h.q] FROM (${threeHopPaths}) h WHERE d.hops = 3 LIMIT ${limit})
  ) path`;
});

/**
 * Whether $3 is a mutual connection of the viewer and $2 that counts: the MUTUALS rule (linked to both ends,
 * its list open to the viewer, no block between the ends) for one named intermediary, probed by primary key.
 */
export const IS_MUTUAL_SQL = prepared(
  `
  SELECT $2::bigint <> ${VIEWER} AND NOT ${blockedWithViewer('$2::bigint')}
     AND ${linked(VIEWER, '$3::bigint')} AND ${linked('$2::bigint', '$3::bigint')}
     AND ${opensToViewer('$3::bigint')} AS mutual`,
);
