import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rest of the graph's relations, each keyed by the member who acts (so that a member's rows stay on one
 * shard): blocks, follows, dismissed suggestions, and whether others may find a member by email address.
 */
export class GraphRelations1764900000000 implements MigrationInterface {
  name = 'GraphRelations1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE member_block (
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        blocked_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, blocked_id),
        CONSTRAINT member_block_not_self CHECK (member_id <> blocked_id)
      )`);
    await db.query(`CREATE INDEX member_block_blocked_idx ON member_block (blocked_id, member_id)`);
    await db.query(`
      CREATE TABLE follow (
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        followed_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, followed_id),
        CONSTRAINT follow_not_self CHECK (member_id <> followed_id)
      )`);
    await db.query(`CREATE INDEX follow_followed_idx ON follow (followed_id, created_at DESC, member_id DESC)`);
    await db.query(`
      CREATE TABLE suggestion_dismissal (
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        dismissed_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, dismissed_id),
        CONSTRAINT suggestion_dismissal_not_self CHECK (member_id <> dismissed_id)
      )`);
    await db.query(`CREATE INDEX suggestion_dismissal_dismissed_idx ON suggestion_dismissal (dismissed_id)`);
    await db.query(`ALTER TABLE member ADD COLUMN findable_by_email boolean NOT NULL DEFAULT true`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE member DROP COLUMN findable_by_email`);
    await db.query(`DROP TABLE suggestion_dismissal`);
    await db.query(`DROP TABLE follow`);
    await db.query(`DROP TABLE member_block`);
  }
}
