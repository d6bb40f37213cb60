import { skillKey } from '@carnet/shared';
import type { EntityManager } from 'typeorm';
import { COMPANIES, LAST_NAMES } from './seed-profiles';

export interface JobsOptions {
  postings: number;
  companies: number;
}

/** Trades as job boards list them: French title, English title, job function, skills they ask for. */
const TRADES: [string, string, string, string[]][] = [
  [
    'Développeur backend',
    'Backend developer',
    'ENGINEERING',
    ['Java', 'Spring', 'PostgreSQL', 'Docker', 'Kubernetes', 'REST', 'Git', 'Node.js', 'Go'],
  ],
  [
    'Développeuse front-end',
    'Front-end developer',
    'ENGINEERING',
    ['JavaScript', 'TypeScript', 'React', 'Vue.js', 'CSS', 'Accessibilité', 'Tests automatisés'],
  ],
  [
    'Développeur full-stack',
    'Full-stack developer',
    'ENGINEERING',
    ['JavaScript', 'TypeScript', 'React', 'Node.js', 'PostgreSQL', 'Docker', 'GraphQL'],
  ],
  [
    'Ingénieure DevOps',
    'DevOps engineer',
    'ENGINEERING',
    ['Docker', 'Kubernetes', 'Terraform', 'AWS', 'Linux', 'CI/CD', 'GCP'],
  ],
  ['Data engineer', 'Data engineer', 'DATA', ['Python', 'SQL', 'Spark', 'Airflow', 'dbt', 'PostgreSQL', 'GCP']],
  ['Data scientist', 'Data scientist', 'DATA', ['Python', 'Machine learning', 'Pandas', 'SQL', 'Statistiques']],
  [
    'Cheffe de projet informatique',
    'IT project manager',
    'IT',
    ['Gestion de projet', 'Scrum', 'Jira', 'Communication'],
  ],
  ['Product manager', 'Product manager', 'PRODUCT', ['Scrum', 'UX research', 'Analyse de données', 'Roadmap']],
  ['Designer UX', 'UX designer', 'DESIGN', ['Figma', 'UX research', 'Accessibilité', 'Prototypage']],
  [
    'Responsable marketing digital',
    'Digital marketing manager',
    'MARKETING',
    ['SEO', 'Marketing digital', 'Google Ads', 'Rédaction', 'Analyse de données'],
  ],
  [
    'Commercial B2B',
    'B2B sales representative',
    'SALES',
    ['Négociation', 'Prospection', 'Salesforce', 'Relation client'],
  ],
  [
    'Chargée de clientèle',
    'Customer service advisor',
    'CUSTOMER_SERVICE',
    ['Relation client', 'Communication', 'Zendesk'],
  ],
  ['Comptable', 'Accountant', 'FINANCE', ['Comptabilité', 'Excel', 'SAP', 'Fiscalité']],
  ['Contrôleur de gestion', 'Financial controller', 'FINANCE', ['Contrôle de gestion', 'Excel', 'Power BI', 'SAP']],
  [
    'Chargé de recrutement',
    'Recruiter',
    'HUMAN_RESOURCES',
    ['Recrutement', 'Entretien', 'Droit du travail', 'Sourcing'],
  ],
  ['Juriste', 'Legal counsel', 'LEGAL', ['Droit des affaires', 'RGPD', 'Rédaction', 'Contrats']],
  ['Responsable logistique', 'Logistics manager', 'LOGISTICS', ['Logistique', 'Supply chain', 'SAP', 'Lean']],
  ['Infirmier', 'Nurse', 'HEALTHCARE', ['Soins infirmiers', 'Urgences', 'Pédiatrie', 'Gériatrie']],
  ['Professeure de mathématiques', 'Mathematics teacher', 'EDUCATION', ['Pédagogie', 'Mathématiques', 'Formation']],
  [
    'Technicien de maintenance',
    'Maintenance technician',
    'MANUFACTURING',
    ['Maintenance', 'Électronique', 'Automatismes', 'Mécanique'],
  ],
  ['Ingénieure qualité', 'Quality engineer', 'MANUFACTURING', ['Qualité', 'Lean', 'Six Sigma', 'ISO 9001']],
  ['Consultant SAP', 'SAP consultant', 'CONSULTING', ['SAP', 'Gestion de projet', 'Finance']],
  ['Ingénieur cybersécurité', 'Cybersecurity engineer', 'IT', ['Cybersécurité', 'Réseaux', 'Linux', 'ISO 27001']],
  [
    'Administratrice systèmes',
    'Systems administrator',
    'IT',
    ['Linux', 'Réseaux', 'Windows Server', 'Active Directory'],
  ],
  ['Acheteuse', 'Buyer', 'OPERATIONS', ['Achats', 'Négociation', 'SAP', 'Supply chain']],
  [
    'Chargé de communication',
    'Communications officer',
    'MARKETING',
    ['Communication', 'Rédaction', 'Réseaux sociaux', 'Prise de parole'],
  ],
  [
    'Architecte logiciel',
    'Software architect',
    'ENGINEERING',
    ['Architecture logicielle', 'Java', 'Kubernetes', 'AWS'],
  ],
  ['Développeur mobile', 'Mobile developer', 'ENGINEERING', ['Kotlin', 'Swift', 'React Native', 'Flutter']],
  ['Analyste financière', 'Financial analyst', 'FINANCE', ['Finance', 'Excel', 'Modélisation financière', 'Power BI']],
  ['Assistant RH', 'HR assistant', 'HUMAN_RESOURCES', ['Paie', 'Droit du travail', 'Excel']],
];
const GENERIC_SKILLS = ['Anglais', 'Espagnol', 'Allemand', 'Excel', 'Communication', 'Travail en équipe'];

/** City, region, country; Paris appears thrice to weigh like it does on French job boards. */
export const JOB_CITIES: [string, string, string][] = [
  ['Paris', 'Île-de-France', 'FR'],
  ['Paris', 'Île-de-France', 'FR'],
  ['Paris', 'Île-de-France', 'FR'],
  ['Lyon', 'Auvergne-Rhône-Alpes', 'FR'],
  ['Marseille', 'Provence-Alpes-Côte d’Azur', 'FR'],
  ['Toulouse', 'Occitanie', 'FR'],
  ['Nantes', 'Pays de la Loire', 'FR'],
  ['Bordeaux', 'Nouvelle-Aquitaine', 'FR'],
  ['Lille', 'Hauts-de-France', 'FR'],
  ['Rennes', 'Bretagne', 'FR'],
  ['Strasbourg', 'Grand Est', 'FR'],
  ['Montpellier', 'Occitanie', 'FR'],
  ['Grenoble', 'Auvergne-Rhône-Alpes', 'FR'],
  ['Nice', 'Provence-Alpes-Côte d’Azur', 'FR'],
  ['Brest', 'Bretagne', 'FR'],
  ['Bruxelles', 'Bruxelles-Capitale', 'BE'],
  ['Genève', 'Genève', 'CH'],
  ['Lausanne', 'Vaud', 'CH'],
  ['Luxembourg', 'Luxembourg', 'LU'],
  ['Barcelone', 'Catalogne', 'ES'],
  ['Berlin', 'Berlin', 'DE'],
  ['Amsterdam', 'Hollande-Septentrionale', 'NL'],
];
const COMPANY_KINDS = [
  'Groupe',
  'Atelier',
  'Studio',
  'Maison',
  'Labo',
  'Cabinet',
  'Solutions',
  'Industries',
  'Santé',
  'Conseil',
];
const SENTENCES = [
  'Rejoignez une équipe engagée au service de nos clients.',
  'Vous travaillerez au sein d’une équipe pluridisciplinaire.',
  'Télétravail partiel possible, mutuelle et tickets restaurant.',
  'You will join a friendly team with a strong culture of ownership.',
  'Nous recherchons une personne rigoureuse et curieuse.',
  'Poste ouvert aux personnes en situation de handicap.',
  'We offer flexible hours, training budget and a great office.',
];

const rnd = (key: string, salt: number, m: number | string) =>
  `((hashint8(${key}::bigint * 1000 + ${salt}) & 2147483647) % ${m})`;

const TRADE_TABLE = `
  CREATE TEMP TABLE bench_trade ON COMMIT DROP AS
  SELECT (t.ordinality - 1)::int AS t, t.fr, t.en, t.fn, t.skills
  FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (fr text, en text, fn text, skills text[])) WITH ORDINALITY
    AS t(fr, en, fn, skills, ordinality)`;

const COMPANIES_SQL = `
  INSERT INTO company (slug, name, name_key, hq_city, hq_country)
  SELECT 'bench-' || i, name, lower(name), ($3::text[])[1 + ${rnd('i', 1, 'cardinality($3::text[])')}], 'FR'
  FROM generate_series(1, $4::int) i,
    LATERAL (SELECT CASE WHEN i <= cardinality($1::text[]) THEN ($1::text[])[i]
      ELSE ($2::text[])[1 + ${rnd('i', 2, 'cardinality($2::text[])')}] || ' ' || ($5::text[])[1 + ${rnd('i', 3, 'cardinality($5::text[])')}]
        || ' ' || i END AS name) n`;

/**
 * Contract, seniority and a salary that goes with them: yearly for jobs, monthly for interns, daily for freelancers;
 * internships and work-study posts say so in their title, as French job boards do.
 */
const POSTINGS_SQL = `
  INSERT INTO job_posting (company_id, title, description, city, region, country, workplace_type, contract_type,
    contract_months, seniority, job_function, salary_min, salary_max, salary_currency, salary_period, state,
    expires_at, published_at, created_at)
  SELECT $1::bigint + ${rnd('i', 10, '$2::bigint')},
    CASE contract WHEN 'STAGE' THEN 'Stage – ' WHEN 'ALTERNANCE' THEN 'Alternance – ' ELSE '' END || title, description, city[1], city[2], city[3], workplace, contract,
    CASE WHEN contract IN ('CDD', 'INTERIM') THEN 3 + ${rnd('i', 11, 15)} END,
    CASE contract WHEN 'STAGE' THEN 'INTERNSHIP' WHEN 'ALTERNANCE' THEN 'ENTRY'
      ELSE ($5::text[])[1 + ${rnd('i', 12, 5)}] END,
    fn, salary[1], salary[2], CASE WHEN salary IS NOT NULL THEN CASE WHEN city[3] = 'CH' THEN 'CHF' ELSE 'EUR' END END,
    CASE WHEN salary IS NOT NULL THEN period END, 'OPEN', published + interval '60 days', published, published
  FROM (
    SELECT i, tr.fn,
      CASE WHEN ${rnd('i', 13, 10)} < 6 THEN tr.fr ELSE tr.en END
        || CASE ${rnd('i', 14, 6)} WHEN 0 THEN ' senior' WHEN 1 THEN ' junior' ELSE '' END AS title,
      '<p>' || tr.fr || ' / ' || tr.en || '. ' || ($3::text[])[1 + ${rnd('i', 15, 7)}] || ' '
        || ($3::text[])[1 + ${rnd('i', 16, 7)}] || '</p>' AS description,
      string_to_array(($4::text[])[1 + ${rnd('i', 17, 'cardinality($4::text[])')}], '|') AS city,
      (ARRAY['ON_SITE', 'ON_SITE', 'HYBRID', 'HYBRID', 'REMOTE'])[1 + ${rnd('i', 18, 5)}] AS workplace,
      (ARRAY['CDI', 'CDI', 'CDI', 'CDI', 'CDI', 'CDI', 'CDI', 'CDI', 'CDI', 'CDI', 'CDD', 'CDD', 'CDD', 'STAGE', 'STAGE',
        'ALTERNANCE', 'ALTERNANCE', 'FREELANCE', 'INTERIM', 'TEMPS_PARTIEL'])[1 + ${rnd('i', 19, 20)}] AS contract,
      now() - make_interval(mins => ${rnd('i', 20, 60 * 24 * 45)}) AS published
    FROM generate_series(1, $6::int) i JOIN bench_trade tr ON tr.t = ${rnd('i', 21, TRADES.length)}
  ) p,
  LATERAL (SELECT CASE WHEN ${rnd('i', 22, 10)} < 6 THEN CASE
      WHEN contract IN ('STAGE', 'ALTERNANCE') THEN ARRAY[600 + ${rnd('i', 23, 900)}, NULL]
      WHEN contract = 'FREELANCE' THEN ARRAY[350 + ${rnd('i', 24, 500)}, NULL]
      WHEN contract = 'INTERIM' THEN ARRAY[12 + ${rnd('i', 25, 20)}, NULL]
      ELSE ARRAY[28000 + 1000 * ${rnd('i', 26, 50)}, 34000 + 1000 * ${rnd('i', 26, 50)} + 1000 * ${rnd('i', 27, 15)}]
    END END AS salary,
    CASE WHEN contract IN ('STAGE', 'ALTERNANCE') THEN 'MONTH' WHEN contract = 'FREELANCE' THEN 'DAY'
      WHEN contract = 'INTERIM' THEN 'HOUR' ELSE 'YEAR' END AS period) s`;

/** 3 to 8 skills, the trade's first then common ones. */
const POSTING_SKILLS_SQL = `
  INSERT INTO job_posting_skill (posting_id, skill_id, position)
  SELECT jp.id, s.id, (row_number() OVER (PARTITION BY jp.id ORDER BY k) - 1)::smallint
  FROM job_posting jp
  JOIN bench_trade tr ON jp.description LIKE '<p>' || tr.fr || ' / ' || tr.en || '. %'
  CROSS JOIN LATERAL generate_series(0, 2 + ${rnd('jp.id', 30, 6)}) k
  JOIN skill s ON s.key = $1::jsonb ->> (CASE WHEN k < cardinality(tr.skills) THEN tr.skills[1 + (k + ${rnd('jp.id', 31, 3)}) % cardinality(tr.skills)]
    ELSE ($2::text[])[1 + (k + ${rnd('jp.id', 32, 6)}) % cardinality($2::text[])] END)
  WHERE jp.id > $3
  ON CONFLICT DO NOTHING`;

/** Members get a trade: 5 to 25 skills from it and the catalogue, a city, and for some an open-to-work signal. */
const MEMBER_SKILLS_SQL = `
  INSERT INTO member_skill (member_id, skill_id, position)
  SELECT m.id, s.id, (row_number() OVER (PARTITION BY m.id ORDER BY k) - 1)::smallint
  FROM member m
  JOIN bench_trade tr ON tr.t = ${rnd('m.id', 40, TRADES.length)}
  CROSS JOIN LATERAL generate_series(0, 4 + ${rnd('m.id', 41, 21)}) k
  JOIN skill s ON s.id = CASE WHEN k < cardinality(tr.skills) THEN (SELECT id FROM skill WHERE key = $1::jsonb ->> tr.skills[1 + k])
    ELSE $2::bigint + (k * 7 + ${rnd('m.id', 42, 1000)}) % $3::bigint END
  ON CONFLICT DO NOTHING`;

const MEMBER_PLACES_SQL = `
  UPDATE member m SET city = c[1], region = c[2], country = 'France'
  FROM (SELECT id, string_to_array(($1::text[])[1 + ${rnd('id', 50, 'cardinality($1::text[])')}], '|') AS c FROM member) p
  WHERE p.id = m.id`;

/** Current jobs name company pages, colleagues (the same company name) at the same page. */
const EXPERIENCE_COMPANIES_SQL = `
  UPDATE experience SET company_id = $1::bigint + (abs(hashtext(company_name)::bigint) % $2::bigint) WHERE is_current`;

const OPEN_TO_WORK_SQL = `
  INSERT INTO open_to_work (member_id, job_titles, locations, contract_types, workplace_types, visible_to)
  SELECT m.id, ARRAY[tr.fr], ARRAY[m.city], ARRAY['CDI'], ARRAY['HYBRID', 'REMOTE'], 'ALL_MEMBERS'
  FROM member m JOIN bench_trade tr ON tr.t = ${rnd('m.id', 40, TRADES.length)}
  WHERE ${rnd('m.id', 51, 10)} = 0 AND m.city IS NOT NULL
  ON CONFLICT DO NOTHING`;

export interface GeneratedJobs {
  companies: number;
  postings: number;
  postingSkills: number;
  memberSkills: number;
}

/**
 * Adds to the members already there (the graph generator's): `companies` company pages, current jobs at them,
 * skills, places and open-to-work signals, and `postings` open job postings in French and English with 3–8
 * skills each, in set-based statements inside the caller's transaction. Search documents are built in one
 * pass at the end rather than by the row triggers.
 */
export async function generateJobs(
  manager: EntityManager,
  options: JobsOptions,
  progress: (step: string, ms: number) => void = () => undefined,
): Promise<GeneratedJobs> {
  const step = async (name: string, sql: string, parameters: unknown[] = []) => {
    const started = performance.now();
    await manager.query(sql, parameters);
    progress(name, performance.now() - started);
  };
  await manager.query(`SET LOCAL work_mem = '256MB'`);
  const trades = TRADES.map(([fr, en, fn, skills]) => ({ fr, en, fn, skills }));
  await manager.query(TRADE_TABLE, [JSON.stringify(trades)]);
  const skills = [...new Set([...TRADES.flatMap(([, , , list]) => list), ...GENERIC_SKILLS])];
  await manager.query(
    `INSERT INTO skill (name, key) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (key) DO NOTHING`,
    [skills, skills.map(skillKey)],
  );
  const keyOf = JSON.stringify(Object.fromEntries(skills.map((name) => [name, skillKey(name)])));
  const [{ base: companyBase }] = await manager.query(`SELECT coalesce(max(id), 0) + 1 AS base FROM company`);
  const [{ base: postingBase }] = await manager.query(`SELECT coalesce(max(id), 0) AS base FROM job_posting`);
  const cities = JOB_CITIES.map((city) => city.join('|'));
  await step('companies', COMPANIES_SQL, [
    COMPANIES,
    COMPANY_KINDS,
    JOB_CITIES.map(([city]) => city),
    options.companies,
    LAST_NAMES,
  ]);
  await step('current jobs at them', EXPERIENCE_COMPANIES_SQL, [companyBase, options.companies]);
  await step('member places', MEMBER_PLACES_SQL, [cities]);
  const [{ first: firstSkill, count: skillCount }] = await manager.query(
    `SELECT min(id) AS first, count(*) AS count FROM skill`,
  );
  await step('member skills', MEMBER_SKILLS_SQL, [keyOf, firstSkill, skillCount]);
  await step('open to work', OPEN_TO_WORK_SQL);
  await manager.query(`ALTER TABLE job_posting DISABLE TRIGGER job_posting_search_document`);
  for (const event of ['insert', 'update', 'delete']) {
    await manager.query(`ALTER TABLE job_posting_skill DISABLE TRIGGER job_posting_skill_search_${event}`);
  }
  await step('postings', POSTINGS_SQL, [
    companyBase,
    options.companies,
    SENTENCES,
    cities,
    ['ENTRY', 'ASSOCIATE', 'MID_SENIOR', 'MID_SENIOR', 'DIRECTOR'],
    options.postings,
  ]);
  await step('posting skills', POSTING_SKILLS_SQL, [keyOf, GENERIC_SKILLS, postingBase]);
  await step(
    'search documents',
    `UPDATE job_posting SET search_document = job_search_document(id, title, description, company_id) WHERE id > $1`,
    [postingBase],
  );
  await step(
    'typo dictionary',
    `SELECT job_search_remember_words(string_agg(DISTINCT t, ' ')) FROM (
       SELECT title AS t FROM job_posting WHERE id > $1 UNION SELECT name FROM company WHERE id >= $2) words`,
    [postingBase, companyBase],
  );
  await manager.query(`ALTER TABLE job_posting ENABLE TRIGGER job_posting_search_document`);
  for (const event of ['insert', 'update', 'delete']) {
    await manager.query(`ALTER TABLE job_posting_skill ENABLE TRIGGER job_posting_skill_search_${event}`);
  }
  await step('analyze', 'ANALYZE company, job_posting, job_posting_skill, member_skill, experience, job_search_word');
  const [counted] = await manager.query(`
    SELECT (SELECT count(*) FROM company)::int AS companies, (SELECT count(*) FROM job_posting)::int AS postings,
      (SELECT count(*) FROM job_posting_skill)::int AS "postingSkills",
      (SELECT count(*) FROM member_skill)::int AS "memberSkills"`);
  return counted as GeneratedJobs;
}
