import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Career1764100000000 implements MigrationInterface {
  name = 'Career1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE experience (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 100),
        company_name text NOT NULL CHECK (char_length(company_name) BETWEEN 1 AND 100),
        location text CHECK (char_length(location) <= 100),
        start_month date NOT NULL CHECK (extract(day FROM start_month) = 1),
        end_month date CHECK (extract(day FROM end_month) = 1),
        is_current boolean NOT NULL DEFAULT false,
        description text CHECK (char_length(description) <= 2000),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT experience_dates CHECK (end_month IS NULL OR end_month >= start_month),
        CONSTRAINT experience_current_has_no_end CHECK (NOT is_current OR end_month IS NULL)
      )`);
    await db.query(`CREATE INDEX experience_member_idx ON experience (member_id, start_month DESC, id DESC)`);
    await db.query(`
      CREATE TABLE education (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        school text NOT NULL CHECK (char_length(school) BETWEEN 1 AND 100),
        degree text CHECK (char_length(degree) <= 100),
        field_of_study text CHECK (char_length(field_of_study) <= 100),
        start_year smallint CHECK (start_year BETWEEN 1900 AND 2200),
        end_year smallint CHECK (end_year BETWEEN 1900 AND 2200),
        description text CHECK (char_length(description) <= 2000),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT education_years CHECK (end_year IS NULL OR start_year IS NULL OR end_year >= start_year)
      )`);
    await db.query(`CREATE INDEX education_member_idx ON education (member_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE education`);
    await db.query(`DROP TABLE experience`);
  }
}
