import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await db.query(`
      CREATE TABLE member (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        handle citext NOT NULL,
        first_name text NOT NULL,
        last_name text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT member_handle_key UNIQUE (handle),
        CONSTRAINT member_handle_format CHECK (handle ~ '^[a-z0-9](?:[a-z0-9-]{1,28})[a-z0-9]$'),
        CONSTRAINT member_first_name_length CHECK (char_length(first_name) BETWEEN 1 AND 50),
        CONSTRAINT member_last_name_length CHECK (char_length(last_name) BETWEEN 1 AND 50)
      )`);

    await db.query(`
      CREATE TABLE account (
        member_id bigint PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
        email citext NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT account_email_key UNIQUE (email),
        CONSTRAINT account_email_length CHECK (char_length(email) BETWEEN 3 AND 254)
      )`);

    await db.query(`
      CREATE TABLE session (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        user_agent text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        last_used_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        revoked_at timestamptz(3),
        CONSTRAINT session_token_hash_key UNIQUE (token_hash),
        CONSTRAINT session_user_agent_length CHECK (char_length(user_agent) <= 512)
      )`);
    await db.query(`CREATE INDEX session_member_idx ON session (member_id, created_at DESC, id DESC)`);

    await db.query(`
      CREATE TABLE access_token (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        name text NOT NULL,
        token_hash bytea NOT NULL,
        token_prefix text NOT NULL,
        scopes text[] NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        last_used_at timestamptz(3),
        expires_at timestamptz(3),
        revoked_at timestamptz(3),
        CONSTRAINT access_token_token_hash_key UNIQUE (token_hash),
        CONSTRAINT access_token_name_length CHECK (char_length(name) BETWEEN 1 AND 60),
        CONSTRAINT access_token_scopes_known CHECK (
          cardinality(scopes) > 0 AND scopes <@ ARRAY['read:profile', 'write:profile', 'read:network',
            'write:network', 'read:jobs', 'write:jobs']::text[])
      )`);
    await db.query(`CREATE INDEX access_token_member_idx ON access_token (member_id, created_at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE access_token`);
    await db.query(`DROP TABLE session`);
    await db.query(`DROP TABLE account`);
    await db.query(`DROP TABLE member`);
  }
}
