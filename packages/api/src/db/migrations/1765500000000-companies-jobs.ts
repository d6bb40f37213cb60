import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CompaniesJobs1765500000000 implements MigrationInterface {
  name = 'CompaniesJobs1765500000000';

  async up(db: QueryRunner): Promise<void> {
    // A company outlives its creator: pages belong to their admins, not to the member who made them.
    await db.query(`
      CREATE TABLE company (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        slug citext NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) BETWEEN 2 AND 60),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
        name_key text NOT NULL,
        description text CHECK (char_length(description) <= 5000),
        industry text CHECK (char_length(industry) <= 100),
        size text CHECK (size IN ('S_1_10', 'S_11_50', 'S_51_200', 'S_201_500', 'S_501_1000', 'S_1001_5000',
          'S_5001_10000', 'S_10001_PLUS')),
        hq_city text CHECK (char_length(hq_city) <= 100),
        hq_region text CHECK (char_length(hq_region) <= 100),
        hq_country text CHECK (hq_country ~ '^[A-Z]{2}$'),
        locations text[] NOT NULL DEFAULT '{}' CHECK (cardinality(locations) <= 20),
        website text CHECK (char_length(website) <= 300),
        founded_year smallint CHECK (founded_year BETWEEN 1000 AND 2100),
        created_by bigint REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT company_slug_key UNIQUE (slug)
      )`);
    await db.query(`CREATE INDEX company_name_key_idx ON company (name_key)`);
    await db.query(`
      CREATE TABLE company_role (
        company_id bigint NOT NULL REFERENCES company (id) ON DELETE CASCADE,
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('ADMIN', 'RECRUITER')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (company_id, member_id)
      )`);
    await db.query(`CREATE INDEX company_role_member_idx ON company_role (member_id)`);
    // The company page an experience names, when one exists: set by the companies module, free text otherwise.
    await db.query(`ALTER TABLE experience ADD COLUMN company_id bigint REFERENCES company (id) ON DELETE SET NULL`);
    await db.query(
      `CREATE INDEX experience_current_company_idx ON experience (company_id, member_id) WHERE is_current`,
    );

    // EXPIRED is not stored: an OPEN posting whose expires_at has passed is expired, so expiry needs no job.
    await db.query(`
      CREATE TABLE job_posting (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        company_id bigint NOT NULL REFERENCES company (id) ON DELETE CASCADE,
        posted_by bigint REFERENCES member (id) ON DELETE SET NULL,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 20000),
        city text CHECK (char_length(city) <= 100),
        region text CHECK (char_length(region) <= 100),
        country text CHECK (country ~ '^[A-Z]{2}$'),
        workplace_type text NOT NULL CHECK (workplace_type IN ('ON_SITE', 'HYBRID', 'REMOTE')),
        contract_type text NOT NULL
          CHECK (contract_type IN ('CDI', 'CDD', 'STAGE', 'ALTERNANCE', 'FREELANCE', 'INTERIM', 'TEMPS_PARTIEL')),
        contract_months smallint CHECK (contract_months BETWEEN 1 AND 36),
        seniority text CHECK (seniority IN ('INTERNSHIP', 'ENTRY', 'ASSOCIATE', 'MID_SENIOR', 'DIRECTOR', 'EXECUTIVE')),
        job_function text CHECK (char_length(job_function) <= 40),
        salary_min integer CHECK (salary_min > 0 AND salary_min <= 10000000),
        salary_max integer CHECK (salary_max > 0 AND salary_max <= 10000000),
        salary_currency char(3),
        salary_period text CHECK (salary_period IN ('HOUR', 'DAY', 'MONTH', 'YEAR')),
        start_date date,
        openings smallint NOT NULL DEFAULT 1 CHECK (openings BETWEEN 1 AND 1000),
        apply_url text CHECK (apply_url ~ '^https?://' AND char_length(apply_url) <= 500),
        state text NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'OPEN', 'CLOSED')),
        expires_at timestamptz(3) NOT NULL,
        published_at timestamptz(3),
        closed_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT job_posting_salary_range CHECK (salary_max IS NULL OR salary_min IS NULL OR salary_min <= salary_max),
        CONSTRAINT job_posting_salary_complete CHECK (
          (salary_min IS NULL AND salary_max IS NULL) = (salary_currency IS NULL AND salary_period IS NULL)
          AND (salary_currency IS NULL) = (salary_period IS NULL)),
        CONSTRAINT job_posting_cdd_months CHECK (contract_months IS NULL OR contract_type IN ('CDD', 'INTERIM')),
        CONSTRAINT job_posting_published CHECK (state = 'DRAFT' OR published_at IS NOT NULL),
        CONSTRAINT job_posting_closed CHECK ((state = 'CLOSED') = (closed_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX job_posting_company_idx ON job_posting (company_id, created_at DESC, id DESC)`);
    await db.query(`
      CREATE TABLE job_posting_skill (
        posting_id bigint NOT NULL REFERENCES job_posting (id) ON DELETE CASCADE,
        skill_id bigint NOT NULL REFERENCES skill (id),
        position smallint NOT NULL CHECK (position BETWEEN 0 AND 19),
        PRIMARY KEY (posting_id, skill_id),
        CONSTRAINT job_posting_skill_position_key UNIQUE (posting_id, position)
      )`);
    await db.query(`CREATE INDEX job_posting_skill_skill_idx ON job_posting_skill (skill_id, posting_id)`);
    await db.query(`
      CREATE TABLE job_screening_question (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        posting_id bigint NOT NULL REFERENCES job_posting (id) ON DELETE CASCADE,
        position smallint NOT NULL CHECK (position BETWEEN 0 AND 9),
        kind text NOT NULL CHECK (kind IN ('YES_NO', 'SHORT_TEXT', 'NUMBER')),
        prompt text NOT NULL CHECK (char_length(prompt) BETWEEN 1 AND 200),
        required boolean NOT NULL DEFAULT true,
        CONSTRAINT job_screening_question_position_key UNIQUE (posting_id, position)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE experience DROP COLUMN company_id`);
    await db.query(`DROP TABLE job_screening_question, job_posting_skill, job_posting, company_role, company`);
  }
}
