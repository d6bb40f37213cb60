import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Profile photos, cover images and CV documents, stored in PostgreSQL so that API instances keep no files.
 * One row per stored variant; the variants of one upload share a random public id.
 */
export class Media1764500000000 implements MigrationInterface {
  name = 'Media1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE media (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        public_id text NOT NULL CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('PHOTO', 'COVER', 'CV')),
        variant text NOT NULL CHECK (variant IN ('small', 'medium', 'large', 'original')),
        content_type text NOT NULL CHECK (content_type IN ('image/webp', 'application/pdf')),
        byte_size integer NOT NULL CHECK (byte_size > 0),
        width integer CHECK (width > 0),
        height integer CHECK (height > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        file_name text CHECK (char_length(file_name) BETWEEN 1 AND 120),
        bytes bytea NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT media_bytes_size_check CHECK (octet_length(bytes) = byte_size),
        CONSTRAINT media_image_size_check CHECK ((kind = 'CV') = (width IS NULL AND height IS NULL)),
        CONSTRAINT media_cv_check CHECK ((kind = 'CV') = (file_name IS NOT NULL AND content_type = 'application/pdf')),
        CONSTRAINT media_member_kind_variant_key UNIQUE (member_id, kind, variant),
        CONSTRAINT media_public_id_variant_key UNIQUE (public_id, variant)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE media`);
  }
}
