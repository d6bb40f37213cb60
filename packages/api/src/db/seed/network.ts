import type { EntityManager } from 'typeorm';

/** Positions, among the demo people, of a few members who know almost everyone. */
const HUBS = [3, 17, 58, 121, 240];

/**
 * Chances in a thousand that two members are connected: colleagues (a company in common) and classmates (a
 * school in common) more often than strangers, and anyone with a hub. Each pair draws once from a hash of
 * its ids, so the same database gives the same network.
 */
const CONNECTIONS = `
  WITH candidates AS (
    SELECT a.member_id AS a, b.member_id AS b, 140 AS chance
    FROM experience a JOIN experience b ON b.company_name = a.company_name AND b.member_id > a.member_id
    WHERE a.member_id = ANY ($1::bigint[])
    UNION ALL
    SELECT a.member_id, b.member_id, 120
    FROM education a JOIN education b ON b.school = a.school AND b.member_id > a.member_id
    WHERE a.member_id = ANY ($1::bigint[])
    UNION ALL
    SELECT least(hub, m), greatest(hub, m), 350 FROM unnest($2::bigint[]) hub, unnest($1::bigint[]) m WHERE m <> hub
    UNION ALL
    SELECT a, b, 12 FROM unnest($1::bigint[]) a, unnest($1::bigint[]) b WHERE b > a
  ), pairs AS (
    SELECT a, b, hashint8(a * 1000003 + b) & 2147483647 AS draw, max(chance) AS chance
    FROM candidates GROUP BY a, b
  )
  INSERT INTO connection (member_id, peer_id, created_at)
  SELECT edge.member_id, edge.peer_id, now() - make_interval(days => (draw % 1500)::int, mins => (draw % 1440)::int)
  FROM pairs, LATERAL (VALUES (a, b), (b, a)) AS edge(member_id, peer_id)
  WHERE draw % 1000 < chance`;

/** Members Camille is not connected with, some inviting her and some she invited, so her Network page has both. */
const INVITATIONS = `
  INSERT INTO invitation (sender_id, recipient_id, how_known, note, created_at)
  SELECT CASE WHEN n <= $3::int THEN m ELSE $2::bigint END, CASE WHEN n <= $3::int THEN $2::bigint ELSE m END,
    (ARRAY['COLLEAGUE', 'CLASSMATE', 'MET_PROFESSIONALLY', 'OTHER'])[1 + n % 4],
    CASE WHEN n % 2 = 1 THEN (ARRAY[
      'Ravie d’avoir échangé avec vous au meetup, restons en contact !',
      'Nous étions dans la même promo, ça me ferait plaisir de garder le lien.',
      'Hello Camille, I enjoyed your talk last week.'])[1 + n % 3] END,
    now() - make_interval(hours => n::int * 17)
  FROM (
    SELECT m, row_number() OVER (ORDER BY hashint8(m)) AS n
    FROM unnest($1::bigint[]) m
    WHERE m <> $2 AND NOT EXISTS (SELECT 1 FROM connection c WHERE c.member_id = $2 AND c.peer_id = m)
  ) strangers
  WHERE n <= $3::int + $4::int`;

/** Connects the demo members (two rows per connection) and leaves invitations pending to and from the first. */
export async function connectDemoNetwork(manager: EntityManager, memberIds: string[]): Promise<void> {
  const hubs = HUBS.filter((position) => position < memberIds.length).map((position) => memberIds[position]);
  await manager.query(CONNECTIONS, [memberIds, hubs]);
  await manager.query(INVITATIONS, [memberIds, memberIds[0], 6, 3]);
}
