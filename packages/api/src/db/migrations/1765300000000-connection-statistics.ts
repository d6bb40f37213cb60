import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ANALYZE estimates how many distinct members the connection table holds from a 30,000-row sample; with a
 * power-law degree distribution it guesses several times too few (187,352 for the 1,000,000 members of
 * `pnpm bench graph`'s network, whose rows are 46 per member), so the planner expects hundreds of rows per
 * member and picks hash joins and sequential scans where a few index probes do. One distinct member per 50
 * rows is stated as a fraction of the rows (negative), so that it stays right as the table grows.
 */
export class ConnectionStatistics1765300000000 implements MigrationInterface {
  name = 'ConnectionStatistics1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE connection ALTER COLUMN member_id SET (n_distinct = -0.02)`);
    await db.query(`ALTER TABLE connection ALTER COLUMN peer_id SET (n_distinct = -0.02)`);
    await db.query(`ANALYZE connection`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE connection ALTER COLUMN member_id RESET (n_distinct)`);
    await db.query(`ALTER TABLE connection ALTER COLUMN peer_id RESET (n_distinct)`);
    await db.query(`ANALYZE connection`);
  }
}
