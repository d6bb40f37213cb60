import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DataExport1764800000000 implements MigrationInterface {
  name = 'DataExport1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE data_export (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        secret_hash bytea NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3),
        CONSTRAINT data_export_secret_hash_key UNIQUE (secret_hash)
      )`);
    await db.query(`CREATE INDEX data_export_member_idx ON data_export (member_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE data_export`);
  }
}
