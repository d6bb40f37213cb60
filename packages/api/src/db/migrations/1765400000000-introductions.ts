import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Introductions1765400000000 implements MigrationInterface {
  name = 'Introductions1765400000000';

  async up(db: QueryRunner): Promise<void> {
    // Any of the three leaving erases the introduction; the invitation it created stays as a plain invitation.
    await db.query(`
      CREATE TABLE introduction (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        requester_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        intermediary_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        target_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        message_to_intermediary text NOT NULL CHECK (char_length(message_to_intermediary) BETWEEN 1 AND 300),
        message_to_target text NOT NULL CHECK (char_length(message_to_target) BETWEEN 1 AND 300),
        note text CHECK (char_length(note) BETWEEN 1 AND 300),
        state text NOT NULL DEFAULT 'REQUESTED' CHECK (state IN ('REQUESTED', 'FORWARDED', 'DECLINED', 'WITHDRAWN')),
        invitation_id bigint UNIQUE REFERENCES invitation (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        responded_at timestamptz(3),
        CONSTRAINT introduction_three_members
          CHECK (requester_id <> intermediary_id AND requester_id <> target_id AND intermediary_id <> target_id),
        CONSTRAINT introduction_answered CHECK ((state = 'REQUESTED') = (responded_at IS NULL)),
        CONSTRAINT introduction_note_when_forwarded CHECK (note IS NULL OR state = 'FORWARDED'),
        CONSTRAINT introduction_invitation_when_forwarded CHECK (invitation_id IS NULL OR state = 'FORWARDED')
      )`);
    // One open request per requester and target, whoever the intermediary.
    await db.query(`
      CREATE UNIQUE INDEX introduction_open_pair_key ON introduction (requester_id, target_id)
        WHERE state = 'REQUESTED'`);
    await db.query(`CREATE INDEX introduction_requested_idx ON introduction (requester_id, created_at DESC, id DESC)`);
    await db.query(
      `CREATE INDEX introduction_to_forward_idx ON introduction (intermediary_id, created_at DESC, id DESC)`,
    );
    await db.query(`
      CREATE INDEX introduction_received_idx ON introduction (target_id, created_at DESC, id DESC)
        WHERE state = 'FORWARDED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE introduction`);
  }
}
