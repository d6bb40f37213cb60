import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OpenToWork1764400000000 implements MigrationInterface {
  name = 'OpenToWork1764400000000';

  async up(db: QueryRunner): Promise<void> {
    // A CHECK cannot hold a subquery; an immutable function over the array can.
    await db.query(`
      CREATE FUNCTION text_items_fit(items text[], max_length integer) RETURNS boolean
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT coalesce(bool_and(char_length(item) BETWEEN 1 AND max_length), true) FROM unnest(items) AS item $$`);
    await db.query(`
      CREATE TABLE open_to_work (
        member_id bigint PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
        job_titles text[] NOT NULL
          CHECK (cardinality(job_titles) BETWEEN 1 AND 5 AND text_items_fit(job_titles, 100)),
        locations text[] NOT NULL DEFAULT '{}'
          CHECK (cardinality(locations) <= 5 AND text_items_fit(locations, 100)),
        contract_types text[] NOT NULL
          CHECK (cardinality(contract_types) BETWEEN 1 AND 6
            AND contract_types <@ ARRAY['CDI', 'CDD', 'STAGE', 'ALTERNANCE', 'FREELANCE', 'INTERIM']),
        workplace_types text[] NOT NULL DEFAULT '{}'
          CHECK (cardinality(workplace_types) <= 3 AND workplace_types <@ ARRAY['ON_SITE', 'HYBRID', 'REMOTE']),
        available_from date CHECK (extract(day FROM available_from) = 1),
        visible_to text NOT NULL CHECK (visible_to IN ('ALL_MEMBERS', 'RECRUITERS_ONLY')),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE open_to_work`);
    await db.query(`DROP FUNCTION text_items_fit(text[], integer)`);
  }
}
