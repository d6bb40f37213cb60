import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Job search: a weighted search document on each posting (title and company name A, skills B, description C),
 * stemmed both in French and in English over unaccented lower-case text and kept by triggers; a dictionary of
 * the words of titles and company names, whose trigram index corrects typos ("devloper", "Doctolip") before
 * the full-text match; saved jobs and job alerts with their matches.
 */
export class JobSearch1765530000000 implements MigrationInterface {
  name = 'JobSearch1765530000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION job_search_vector(text text, weight "char") RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN setweight(to_tsvector('french'::regconfig, coalesce(carnet_fold(text), ''))
          || to_tsvector('english'::regconfig, coalesce(carnet_fold(text), '')), weight)`);
    // Both configurations, so that a French or an English query finds its stems whatever the posting's language.
    await db.query(`
      CREATE FUNCTION job_search_query(words text) RETURNS tsquery
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN plainto_tsquery('french'::regconfig, coalesce(carnet_fold(words), ''))
          || plainto_tsquery('english'::regconfig, coalesce(carnet_fold(words), ''))`);
    await db.query(`CREATE AGGREGATE job_search_and(tsquery) (SFUNC = tsquery_and, STYPE = tsquery)`);
    await db.query(`CREATE AGGREGATE job_search_or(tsquery) (SFUNC = tsquery_or, STYPE = tsquery)`);
    // The same query, matching title and company words only (weight A).
    await db.query(`
      CREATE FUNCTION job_search_title_query(words text) RETURNS tsquery
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN regexp_replace(job_search_query(words)::text, '(''(?:[^'']|'''')*'')', '\\1:A', 'g')::tsquery`);
    await db.query(`
      CREATE FUNCTION job_search_document(posting_id bigint, title text, description text, company_id bigint)
        RETURNS tsvector LANGUAGE sql STABLE PARALLEL SAFE
        RETURN job_search_vector(title, 'A')
          || job_search_vector((SELECT c.name FROM company c WHERE c.id = company_id), 'A')
          || job_search_vector((SELECT string_agg(s.name, ' ') FROM job_posting_skill ps
                                JOIN skill s ON s.id = ps.skill_id WHERE ps.posting_id = job_search_document.posting_id), 'B')
          || job_search_vector(regexp_replace(description, '<[^>]*>|&[a-z#0-9]+;', ' ', 'g'), 'C')`);

    // The words typed queries are corrected towards: folded, three letters or more.
    await db.query(`CREATE TABLE job_search_word (word text PRIMARY KEY)`);
    await db.query(`CREATE INDEX job_search_word_trgm_idx ON job_search_word USING gist (word gist_trgm_ops)`);
    await db.query(`
      CREATE FUNCTION job_search_remember_words(text text) RETURNS void LANGUAGE sql VOLATILE
        BEGIN ATOMIC
          INSERT INTO job_search_word (word)
          SELECT DISTINCT w FROM regexp_split_to_table(carnet_fold(text), '[^[:alnum:]]+') AS w
          WHERE char_length(w) BETWEEN 3 AND 40
          ON CONFLICT DO NOTHING;
        END`);

    await db.query(`ALTER TABLE job_posting ADD COLUMN search_document tsvector`);
    await db.query(`
      CREATE FUNCTION job_posting_search_document_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_document := job_search_document(NEW.id, NEW.title, NEW.description, NEW.company_id);
        IF TG_OP = 'INSERT' OR NEW.title IS DISTINCT FROM OLD.title OR NEW.company_id IS DISTINCT FROM OLD.company_id THEN
          PERFORM job_search_remember_words(NEW.title || ' ' || (SELECT c.name FROM company c WHERE c.id = NEW.company_id));
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER job_posting_search_document BEFORE INSERT OR UPDATE OF title, description, company_id
        ON job_posting FOR EACH ROW EXECUTE FUNCTION job_posting_search_document_trigger()`);
    // A posting's skills are written after it: refresh the documents of the postings a statement touched.
    await db.query(`
      CREATE FUNCTION job_posting_skill_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE job_posting jp SET search_document = job_search_document(jp.id, jp.title, jp.description, jp.company_id)
        WHERE jp.id IN (SELECT DISTINCT posting_id FROM changed);
        RETURN NULL;
      END $$`);
    for (const [event, table] of [
      ['INSERT', 'NEW'],
      ['UPDATE', 'NEW'],
      ['DELETE', 'OLD'],
    ] as const) {
      await db.query(`
        CREATE TRIGGER job_posting_skill_search_${event.toLowerCase()} AFTER ${event} ON job_posting_skill
          REFERENCING ${table} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION job_posting_skill_search_trigger()`);
    }
    await db.query(`
      CREATE FUNCTION company_name_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE job_posting jp SET search_document = job_search_document(jp.id, jp.title, jp.description, jp.company_id)
        WHERE jp.company_id = NEW.id;
        PERFORM job_search_remember_words(NEW.name);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER company_name_search AFTER UPDATE OF name ON company FOR EACH ROW
        WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION company_name_search_trigger()`);
    await db.query(`UPDATE job_posting SET title = title`);

    // Searches only ever read OPEN postings (expiry is checked against now() at query time).
    await db.query(
      `CREATE INDEX job_posting_search_idx ON job_posting USING gin (search_document) WHERE state = 'OPEN'`,
    );
    await db.query(
      `CREATE INDEX job_posting_open_recent_idx ON job_posting (published_at DESC, id DESC) WHERE state = 'OPEN'`,
    );
    await db.query(`CREATE INDEX job_posting_open_company_idx ON job_posting (company_id) WHERE state = 'OPEN'`);
    // The place filter compares folded names: folding each matching row at query time costs more than the search.
    await db.query(`
      ALTER TABLE job_posting ADD COLUMN search_places text[]
        GENERATED ALWAYS AS (ARRAY[carnet_fold(city), carnet_fold(region), lower(country)]) STORED`);
    // A salary on a yearly scale, for "salary at least": 1,607 hours (the French legal working year),
    // 218 days (the forfait-jours) or 12 months make a year.
    await db.query(`
      CREATE FUNCTION job_salary_yearly(amount numeric, period text) RETURNS numeric
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN amount * CASE period WHEN 'HOUR' THEN 1607 WHEN 'DAY' THEN 218 WHEN 'MONTH' THEN 12 ELSE 1 END`);

    await db.query(`
      CREATE TABLE saved_job (
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        posting_id bigint NOT NULL REFERENCES job_posting (id) ON DELETE CASCADE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, posting_id)
      )`);
    await db.query(`CREATE INDEX saved_job_recent_idx ON saved_job (member_id, created_at DESC, posting_id DESC)`);

    await db.query(`
      CREATE TABLE job_alert (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
        query text CHECK (char_length(query) <= 200),
        filters jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(filters) = 'object'),
        frequency text NOT NULL CHECK (frequency IN ('DAILY', 'INSTANT')),
        checked_at timestamptz(3) NOT NULL DEFAULT now(),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX job_alert_member_idx ON job_alert (member_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX job_alert_due_idx ON job_alert (checked_at, id)`);
    await db.query(`
      CREATE TABLE job_alert_match (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        alert_id bigint NOT NULL REFERENCES job_alert (id) ON DELETE CASCADE,
        member_id bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        posting_id bigint NOT NULL REFERENCES job_posting (id) ON DELETE CASCADE,
        matched_at timestamptz(3) NOT NULL DEFAULT now(),
        seen_at timestamptz(3),
        CONSTRAINT job_alert_match_key UNIQUE (alert_id, posting_id)
      )`);
    await db.query(`CREATE INDEX job_alert_match_member_idx ON job_alert_match (member_id, matched_at DESC, id DESC)`);
    await db.query(`CREATE INDEX job_alert_match_alert_idx ON job_alert_match (alert_id, matched_at DESC, id DESC)`);
    await db.query(`CREATE INDEX job_alert_match_unseen_idx ON job_alert_match (member_id) WHERE seen_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE job_alert_match, job_alert, saved_job`);
    await db.query(`DROP FUNCTION job_salary_yearly(numeric, text)`);
    await db.query(`DROP TRIGGER company_name_search ON company`);
    await db.query(`DROP FUNCTION company_name_search_trigger()`);
    for (const event of ['insert', 'update', 'delete']) {
      await db.query(`DROP TRIGGER job_posting_skill_search_${event} ON job_posting_skill`);
    }
    await db.query(`DROP FUNCTION job_posting_skill_search_trigger()`);
    await db.query(`DROP TRIGGER job_posting_search_document ON job_posting`);
    await db.query(`DROP FUNCTION job_posting_search_document_trigger()`);
    await db.query(`ALTER TABLE job_posting DROP COLUMN search_places, DROP COLUMN search_document`);
    await db.query(`DROP FUNCTION job_search_remember_words(text)`);
    await db.query(`DROP TABLE job_search_word`);
    await db.query(`DROP FUNCTION job_search_document(bigint, text, text, bigint)`);
    await db.query(`DROP FUNCTION job_search_title_query(text)`);
    await db.query(`DROP AGGREGATE job_search_or(tsquery)`);
    await db.query(`DROP AGGREGATE job_search_and(tsquery)`);
    await db.query(`DROP FUNCTION job_search_query(text)`);
    await db.query(`DROP FUNCTION job_search_vector(text, "char")`);
  }
}
