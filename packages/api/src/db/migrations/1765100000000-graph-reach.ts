import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the graph queries consult for every intermediary, kept small so that it is probed by primary key
 * instead of reading `member` rows or counting a hub's list:
 * - connection_list_restriction: the few members whose connection list is not shown to their 2nd degree
 *   (audience CONNECTIONS) or to anyone (ONLY_ME), copied from member.visibility by a trigger;
 * - connection_count: each member's number of connections, kept by statement-level triggers on connection
 *   (one upsert per statement, so that bulk loads stay set-based), so that a query expands the smaller side.
 */
export class GraphReach1765100000000 implements MigrationInterface {
  name = 'GraphReach1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE connection_list_restriction (
        member_id bigint PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
        audience text NOT NULL CHECK (audience IN ('CONNECTIONS', 'ONLY_ME'))
      )`);
    await db.query(`
      CREATE FUNCTION sync_connection_list_restriction() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.visibility->>'CONNECTIONS' IN ('CONNECTIONS', 'ONLY_ME') THEN
          INSERT INTO connection_list_restriction (member_id, audience) VALUES (NEW.id, NEW.visibility->>'CONNECTIONS')
          ON CONFLICT (member_id) DO UPDATE SET audience = EXCLUDED.audience;
        ELSE
          DELETE FROM connection_list_restriction WHERE member_id = NEW.id;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER member_connection_list_restriction_insert AFTER INSERT ON member FOR EACH ROW
      WHEN (NEW.visibility ? 'CONNECTIONS') EXECUTE FUNCTION sync_connection_list_restriction()`);
    await db.query(`
      CREATE TRIGGER member_connection_list_restriction_update AFTER UPDATE OF visibility ON member FOR EACH ROW
      WHEN (OLD.visibility->'CONNECTIONS' IS DISTINCT FROM NEW.visibility->'CONNECTIONS')
      EXECUTE FUNCTION sync_connection_list_restriction()`);
    await db.query(`
      INSERT INTO connection_list_restriction (member_id, audience)
      SELECT id, visibility->>'CONNECTIONS' FROM member WHERE visibility->>'CONNECTIONS' IN ('CONNECTIONS', 'ONLY_ME')`);

    await db.query(`
      CREATE TABLE connection_count (
        member_id bigint PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
        connections integer NOT NULL CHECK (connections >= 0)
      )`);
    // Rows are counted in member order so that concurrent statements lock counters in the same order.
    await db.query(`
      CREATE FUNCTION count_added_connections() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO connection_count (member_id, connections)
        SELECT member_id, count(*) FROM added GROUP BY member_id ORDER BY member_id
        ON CONFLICT (member_id) DO UPDATE SET connections = connection_count.connections + EXCLUDED.connections;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION count_removed_connections() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE connection_count c SET connections = c.connections - r.removed
        FROM (SELECT member_id, count(*) AS removed FROM removed GROUP BY member_id ORDER BY member_id) r
        WHERE c.member_id = r.member_id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER connection_counted_insert AFTER INSERT ON connection REFERENCING NEW TABLE AS added
      FOR EACH STATEMENT EXECUTE FUNCTION count_added_connections()`);
    await db.query(`
      CREATE TRIGGER connection_counted_delete AFTER DELETE ON connection REFERENCING OLD TABLE AS removed
      FOR EACH STATEMENT EXECUTE FUNCTION count_removed_connections()`);
    await db.query(`
      INSERT INTO connection_count (member_id, connections)
      SELECT member_id, count(*) FROM connection GROUP BY member_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER connection_counted_delete ON connection`);
    await db.query(`DROP TRIGGER connection_counted_insert ON connection`);
    await db.query(`DROP FUNCTION count_removed_connections()`);
    await db.query(`DROP FUNCTION count_added_connections()`);
    await db.query(`DROP TABLE connection_count`);
    await db.query(`DROP TRIGGER member_connection_list_restriction_update ON member`);
    await db.query(`DROP TRIGGER member_connection_list_restriction_insert ON member`);
    await db.query(`DROP FUNCTION sync_connection_list_restriction()`);
    await db.query(`DROP TABLE connection_list_restriction`);
  }
}
