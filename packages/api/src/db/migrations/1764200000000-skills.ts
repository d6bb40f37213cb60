import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Skills1764200000000 implements MigrationInterface {
  name = 'Skills1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE skill (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 80),
        key text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT skill_key_key UNIQUE (key)
      )`);
    await db.query(`CREATE INDEX skill_key_trgm_idx ON skill USING gin (key gin_trgm_ops)`);
    await db.query(`
      CREATE TABLE member_skill (
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        skill_id bigint NOT NULL REFERENCES skill (id),
        position smallint NOT NULL CHECK (position BETWEEN 0 AND 49),
        PRIMARY KEY (member_id, skill_id),
        CONSTRAINT member_skill_position_key UNIQUE (member_id, position)
      )`);
    await db.query(`CREATE INDEX member_skill_skill_idx ON member_skill (skill_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE member_skill`);
    await db.query(`DROP TABLE skill`);
  }
}
