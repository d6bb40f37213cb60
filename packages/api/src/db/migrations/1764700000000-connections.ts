import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Connections1764700000000 implements MigrationInterface {
  name = 'Connections1764700000000';

  async up(db: QueryRunner): Promise<void> {
    // Each connection is two directed rows, so a member's neighbours are one range scan of the primary key.
    await db.query(`
      CREATE TABLE connection (
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        peer_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, peer_id),
        CONSTRAINT connection_not_self CHECK (member_id <> peer_id)
      )`);
    await db.query(
      `CREATE INDEX connection_member_recent_idx ON connection (member_id, created_at DESC, peer_id DESC)`,
    );

    await db.query(`
      CREATE TABLE invitation (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        sender_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        recipient_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        note text CHECK (char_length(note) BETWEEN 1 AND 300),
        how_known text NOT NULL
          CHECK (how_known IN ('COLLEAGUE', 'CLASSMATE', 'MET_PROFESSIONALLY', 'FRIEND', 'OTHER')),
        state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'ACCEPTED', 'IGNORED', 'WITHDRAWN')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        responded_at timestamptz(3),
        CONSTRAINT invitation_not_self CHECK (sender_id <> recipient_id),
        CONSTRAINT invitation_answered CHECK ((state = 'PENDING') = (responded_at IS NULL))
      )`);
    // At most one pending invitation between two members, whichever way it goes.
    await db.query(`
      CREATE UNIQUE INDEX invitation_pending_pair_key
        ON invitation (least(sender_id, recipient_id), greatest(sender_id, recipient_id))
        WHERE state = 'PENDING'`);
    await db.query(`
      CREATE INDEX invitation_received_idx ON invitation (recipient_id, created_at DESC, id DESC)
        WHERE state = 'PENDING'`);
    // Sent lists, the rolling weekly allowance, and the pause before inviting the same person again.
    await db.query(`CREATE INDEX invitation_sent_idx ON invitation (sender_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX invitation_pair_idx ON invitation (sender_id, recipient_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE invitation`);
    await db.query(`DROP TABLE connection`);
  }
}
