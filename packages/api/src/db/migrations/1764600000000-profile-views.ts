import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProfileViews1764600000000 implements MigrationInterface {
  name = 'ProfileViews1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE member
        ADD COLUMN profile_view_mode text NOT NULL DEFAULT 'NAMED',
        ADD CONSTRAINT member_profile_view_mode CHECK (profile_view_mode IN ('NAMED', 'ANONYMOUS', 'PRIVATE'))`);
    await db.query(`
      CREATE TABLE profile_view (
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        id bigint GENERATED ALWAYS AS IDENTITY,
        viewer_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        viewed_on date NOT NULL,
        last_viewed_at timestamptz(3) NOT NULL DEFAULT now(),
        viewer_mode text NOT NULL CHECK (viewer_mode IN ('NAMED', 'ANONYMOUS', 'PRIVATE')),
        viewer_industry text CHECK (char_length(viewer_industry) <= 100),
        PRIMARY KEY (member_id, id),
        CONSTRAINT profile_view_once_a_day UNIQUE (member_id, viewer_id, viewed_on),
        CONSTRAINT profile_view_not_self CHECK (viewer_id <> member_id),
        CONSTRAINT profile_view_industry_only_anonymous CHECK (viewer_mode = 'ANONYMOUS' OR viewer_industry IS NULL)
      )`);
    await db.query(`CREATE INDEX profile_view_latest_idx ON profile_view (member_id, last_viewed_at DESC, id DESC)`);
    await db.query(`CREATE INDEX profile_view_viewer_idx ON profile_view (viewer_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE profile_view`);
    await db.query(`ALTER TABLE member DROP COLUMN profile_view_mode`);
  }
}
