import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProfileSections1764300000000 implements MigrationInterface {
  name = 'ProfileSections1764300000000';

  async up(db: QueryRunner): Promise<void> {
    // The database's side of `checkUrl` in @carnet/shared: http or https, no spaces, at most 2,048 characters.
    await db.query(`
      CREATE FUNCTION is_web_address(url text) RETURNS boolean IMMUTABLE STRICT LANGUAGE sql
      AS $$ SELECT url ~ '^https?://\\S+$' AND char_length(url) <= 2048 $$`);
    await db.query(`
      CREATE FUNCTION are_web_addresses(urls text[]) RETURNS boolean IMMUTABLE LANGUAGE sql
      AS $$ SELECT coalesce(bool_and(coalesce(is_web_address(url), false)), true) FROM unnest(urls) AS url $$`);
    await db.query(`
      CREATE TABLE member_language (
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        code text NOT NULL CHECK (code ~ '^[a-z]{2}$'),
        proficiency text NOT NULL CHECK (proficiency IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE')),
        position smallint NOT NULL CHECK (position BETWEEN 0 AND 19),
        PRIMARY KEY (member_id, code),
        CONSTRAINT member_language_position_key UNIQUE (member_id, position)
      )`);
    await db.query(`
      CREATE TABLE certification (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        issuing_organization text CHECK (char_length(issuing_organization) BETWEEN 1 AND 120),
        issue_month date NOT NULL CHECK (extract(day FROM issue_month) = 1),
        expiry_month date CHECK (extract(day FROM expiry_month) = 1),
        credential_id text CHECK (char_length(credential_id) BETWEEN 1 AND 100),
        credential_url text CHECK (is_web_address(credential_url)),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT certification_dates CHECK (expiry_month IS NULL OR expiry_month >= issue_month)
      )`);
    await db.query(`CREATE INDEX certification_member_idx ON certification (member_id, issue_month DESC, id DESC)`);
    await db.query(`
      CREATE TABLE member_link (
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        position smallint NOT NULL CHECK (position BETWEEN 0 AND 14),
        kind text NOT NULL
          CHECK (kind IN ('WEB_CV', 'PORTFOLIO', 'BLOG', 'GITHUB', 'LINKEDIN', 'X', 'MASTODON', 'OTHER')),
        url text NOT NULL CHECK (is_web_address(url)),
        label text CHECK (char_length(label) BETWEEN 1 AND 60),
        PRIMARY KEY (member_id, position)
      )`);
    await db.query(`
      ALTER TABLE member ADD COLUMN websites text[] NOT NULL DEFAULT '{}'
        CONSTRAINT member_websites_check CHECK (cardinality(websites) <= 3 AND are_web_addresses(websites))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE member DROP COLUMN websites`);
    await db.query(`DROP TABLE member_link`);
    await db.query(`DROP TABLE certification`);
    await db.query(`DROP TABLE member_language`);
    await db.query(`DROP FUNCTION are_web_addresses(text[])`);
    await db.query(`DROP FUNCTION is_web_address(text)`);
  }
}
