import type { MigrationInterface, QueryRunner } from 'typeorm';

const STAGES = `'NEW', 'REVIEWED', 'SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED', 'REJECTED', 'WITHDRAWN'`;

export class Applications1765540000000 implements MigrationInterface {
  name = 'Applications1765540000000';

  async up(db: QueryRunner): Promise<void> {
    // The CVs sent with applications, apart from the profile's media: a member replacing or removing their
    // profile CV must not change what a recruiter already received. Rows are never updated; one row per distinct
    // file of a member serves all the applications that sent it.
    await db.query(`
      CREATE TABLE job_application_cv (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        file_name text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 120),
        byte_size integer NOT NULL CHECK (byte_size BETWEEN 1 AND 5242880),
        sha256 char(64) NOT NULL,
        bytes bytea NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT job_application_cv_bytes_size_check CHECK (octet_length(bytes) = byte_size),
        CONSTRAINT job_application_cv_member_sha256_key UNIQUE (member_id, sha256)
      )`);
    await db.query(`
      CREATE TABLE job_application (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        posting_id bigint NOT NULL REFERENCES job_posting (id) ON DELETE CASCADE,
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        stage text NOT NULL DEFAULT 'NEW' CHECK (stage IN (${STAGES})),
        cover_letter text CHECK (char_length(cover_letter) BETWEEN 1 AND 5000),
        snapshot jsonb NOT NULL CHECK (jsonb_typeof(snapshot) = 'object'),
        cv_id bigint NOT NULL REFERENCES job_application_cv (id),
        contact_email citext NOT NULL CHECK (char_length(contact_email) <= 254),
        contact_phone text CHECK (char_length(contact_phone) <= 30),
        rejection_message text CHECK (char_length(rejection_message) BETWEEN 1 AND 2000),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT job_application_posting_member_key UNIQUE (posting_id, member_id),
        CONSTRAINT job_application_rejection_check CHECK (rejection_message IS NULL OR stage = 'REJECTED')
      )`);
    // The recruiter's pipeline: one tab (a stage) or all of them, newest first; the candidate's own list.
    await db.query(
      `CREATE INDEX job_application_pipeline_idx ON job_application (posting_id, stage, created_at DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX job_application_posting_idx ON job_application (posting_id, created_at DESC, id DESC)`,
    );
    await db.query(`CREATE INDEX job_application_member_idx ON job_application (member_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX job_application_cv_idx ON job_application (cv_id)`);
    await db.query(`
      CREATE TABLE job_application_answer (
        application_id bigint NOT NULL REFERENCES job_application (id) ON DELETE CASCADE,
        question_id bigint NOT NULL REFERENCES job_screening_question (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('YES_NO', 'SHORT_TEXT', 'NUMBER')),
        yes_no boolean,
        text_value text CHECK (char_length(text_value) BETWEEN 1 AND 500),
        number_value numeric CHECK (abs(number_value) <= 1000000000),
        PRIMARY KEY (application_id, question_id),
        CONSTRAINT job_application_answer_value_check CHECK (
          (kind = 'YES_NO') = (yes_no IS NOT NULL)
          AND (kind = 'SHORT_TEXT') = (text_value IS NOT NULL)
          AND (kind = 'NUMBER') = (number_value IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX job_application_answer_question_idx ON job_application_answer (question_id)`);
    // A note is the hiring team's record, not its author's: it stays (author unknown) when its author leaves Carnet.
    await db.query(`
      CREATE TABLE job_application_note (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        application_id bigint NOT NULL REFERENCES job_application (id) ON DELETE CASCADE,
        author_id bigint REFERENCES member (id) ON DELETE SET NULL,
        text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX job_application_note_idx ON job_application_note (application_id, created_at, id)`);
    await db.query(`CREATE INDEX job_application_note_author_idx ON job_application_note (author_id)`);
    await db.query(`
      CREATE TABLE job_application_stage (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        application_id bigint NOT NULL REFERENCES job_application (id) ON DELETE CASCADE,
        stage text NOT NULL CHECK (stage IN (${STAGES})),
        at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX job_application_stage_idx ON job_application_stage (application_id, at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP TABLE job_application_stage, job_application_note, job_application_answer, job_application, job_application_cv`,
    );
  }
}
