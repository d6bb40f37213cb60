import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Company and school names compared the way people write them (case, accents and spacing aside), for the
 * "people you may know" reasons and for searching one's connections. `unaccent` is only STABLE (its
 * dictionary could change), so it is wrapped in an IMMUTABLE function naming the dictionary explicitly,
 * which makes it usable in indexes.
 */
export class Suggestions1765200000000 implements MigrationInterface {
  name = 'Suggestions1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION carnet_fold(text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN lower(btrim(regexp_replace(public.unaccent('public.unaccent'::regdictionary, $1), '\\s+', ' ', 'g')))`);
    // Colleagues and classmates of a member: a bounded index range per company or school name.
    await db.query(
      `CREATE INDEX experience_company_fold_idx ON experience (carnet_fold(company_name), member_id DESC)`,
    );
    await db.query(`CREATE INDEX education_school_fold_idx ON education (carnet_fold(school), member_id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX education_school_fold_idx`);
    await db.query(`DROP INDEX experience_company_fold_idx`);
    await db.query(`DROP FUNCTION carnet_fold(text)`);
  }
}
