import type { MigrationInterface, QueryRunner } from 'typeorm';

const CURRENCIES = ['EUR', 'CHF', 'GBP', 'USD', 'CAD', 'MAD', 'XOF', 'TND', 'DZD'];
const JOB_FUNCTIONS = [
  'ENGINEERING',
  'IT',
  'DATA',
  'PRODUCT',
  'DESIGN',
  'MARKETING',
  'SALES',
  'CUSTOMER_SERVICE',
  'FINANCE',
  'HUMAN_RESOURCES',
  'LEGAL',
  'OPERATIONS',
  'HEALTHCARE',
  'EDUCATION',
  'MANUFACTURING',
  'LOGISTICS',
  'CONSULTING',
  'OTHER',
];
const list = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

/** Posting rules the first migration left to the application, the listing order's index and a plain-text description. */
export class JobPostings1765520000000 implements MigrationInterface {
  name = 'JobPostings1765520000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE job_posting
        ADD CONSTRAINT job_posting_currency_known CHECK (salary_currency IN (${list(CURRENCIES)})),
        ADD CONSTRAINT job_posting_function_known CHECK (job_function IN (${list(JOB_FUNCTIONS)})),
        ADD CONSTRAINT job_posting_salary_bound CHECK (
          salary_currency IS NULL OR salary_min IS NOT NULL OR salary_max IS NOT NULL)`);
    // Lists show the most recently published first (a draft by its creation).
    await db.query(`
      CREATE INDEX job_posting_company_listed_idx
        ON job_posting (company_id, (COALESCE(published_at, created_at)) DESC, id DESC)`);
    // Reordering questions in place swaps positions within one statement: checked at commit instead.
    await db.query(`
      ALTER TABLE job_screening_question
        DROP CONSTRAINT job_screening_question_position_key,
        ADD CONSTRAINT job_screening_question_position_key UNIQUE (posting_id, position) DEFERRABLE INITIALLY DEFERRED`);
    await db.query(`CREATE INDEX job_screening_question_posting_idx ON job_screening_question (posting_id, position)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX job_screening_question_posting_idx`);
    await db.query(`
      ALTER TABLE job_screening_question
        DROP CONSTRAINT job_screening_question_position_key,
        ADD CONSTRAINT job_screening_question_position_key UNIQUE (posting_id, position)`);
    await db.query(`DROP INDEX job_posting_company_listed_idx`);
    await db.query(`
      ALTER TABLE job_posting
        DROP CONSTRAINT job_posting_salary_bound,
        DROP CONSTRAINT job_posting_function_known,
        DROP CONSTRAINT job_posting_currency_known`);
  }
}
