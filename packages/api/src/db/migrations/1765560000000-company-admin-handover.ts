import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CompanyAdminHandover1765560000000 implements MigrationInterface {
  name = 'CompanyAdminHandover1765560000000';

  async up(db: QueryRunner): Promise<void> {
    // The API refuses to remove a page's last admin; when that admin leaves Carnet instead (their roles go with
    // their member row), the recruiter of longest standing becomes admin, so that the page is never orphaned
    // while someone still works on it.
    await db.query(`
      CREATE FUNCTION company_keep_an_admin() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.role = 'ADMIN' AND NOT EXISTS (
          SELECT 1 FROM company_role WHERE company_id = OLD.company_id AND role = 'ADMIN'
        ) THEN
          UPDATE company_role SET role = 'ADMIN'
          WHERE (company_id, member_id) = (
            SELECT company_id, member_id FROM company_role
            WHERE company_id = OLD.company_id AND role = 'RECRUITER'
            ORDER BY created_at, member_id LIMIT 1);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER company_role_keep_an_admin AFTER DELETE ON company_role
        FOR EACH ROW EXECUTE FUNCTION company_keep_an_admin()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER company_role_keep_an_admin ON company_role`);
    await db.query(`DROP FUNCTION company_keep_an_admin()`);
  }
}
