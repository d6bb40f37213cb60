import { companyNameKey } from '@carnet/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const BACKFILL_BATCH = 5000;

/**
 * Company pages, second part: followers, logos and covers owned by the company, name search, and the key that
 * links an experience to the page of the company it names.
 */
export class CompanyPages1765510000000 implements MigrationInterface {
  name = 'CompanyPages1765510000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE company_follow (
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        company_id bigint NOT NULL REFERENCES company (id) ON DELETE CASCADE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, company_id)
      )`);
    await db.query(`CREATE INDEX company_follow_company_idx ON company_follow (company_id)`);

    // A company's logo (stored like a profile photo: kind PHOTO, square) and cover belong to the company, not to
    // the admin who uploaded them, so that they stay when that admin leaves Carnet.
    await db.query(`ALTER TABLE media ALTER COLUMN member_id DROP NOT NULL`);
    await db.query(`ALTER TABLE media ADD COLUMN company_id bigint REFERENCES company (id) ON DELETE CASCADE`);
    await db.query(`
      ALTER TABLE media
        ADD CONSTRAINT media_one_owner_check CHECK ((member_id IS NULL) <> (company_id IS NULL)),
        ADD CONSTRAINT media_company_kind_check CHECK (company_id IS NULL OR kind IN ('PHOTO', 'COVER')),
        ADD CONSTRAINT media_company_kind_variant_key UNIQUE (company_id, kind, variant)`);

    // Autocomplete: prefix, word prefix and similarity over the folded name.
    await db.query(`CREATE INDEX company_name_key_trgm_idx ON company USING gin (name_key gin_trgm_ops)`);

    // The company name of an experience folded like company.name_key (computed by the API, which owns the folding).
    await db.query(`ALTER TABLE experience ADD COLUMN company_key text`);
    await this.backfillCompanyKeys(db);
    await db.query(
      `CREATE INDEX experience_unlinked_company_key_idx ON experience (company_key) WHERE company_id IS NULL`,
    );
  }

  private async backfillCompanyKeys(db: QueryRunner): Promise<void> {
    for (let last = '0'; ;) {
      const rows: { id: string; company_name: string }[] = await db.query(
        `SELECT id::text AS id, company_name FROM experience WHERE id > $1 ORDER BY id LIMIT $2`,
        [last, BACKFILL_BATCH],
      );
      if (!rows.length) return;
      await db.query(
        `UPDATE experience e SET company_key = k.key FROM unnest($1::bigint[], $2::text[]) AS k(id, key) WHERE e.id = k.id`,
        [rows.map((row) => row.id), rows.map((row) => companyNameKey(row.company_name))],
      );
      last = rows.at(-1)!.id;
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE experience DROP COLUMN company_key`);
    await db.query(`DROP INDEX company_name_key_trgm_idx`);
    await db.query(`DELETE FROM media WHERE company_id IS NOT NULL`);
    await db.query(`ALTER TABLE media DROP COLUMN company_id`);
    await db.query(`ALTER TABLE media ALTER COLUMN member_id SET NOT NULL`);
    await db.query(`DROP TABLE company_follow`);
  }
}
