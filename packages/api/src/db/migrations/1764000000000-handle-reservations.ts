import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HandleReservations1764000000000 implements MigrationInterface {
  name = 'HandleReservations1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE handle_reservation (
        handle citext PRIMARY KEY,
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        reserved_until timestamptz(3) NOT NULL
      )`);
    await db.query(`CREATE INDEX handle_reservation_member_idx ON handle_reservation (member_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE handle_reservation`);
  }
}
