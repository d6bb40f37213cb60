import { skillKey } from '@carnet/shared';
import type { EntityManager } from 'typeorm';

/** Comma-separated words, wrapped as convenient. */
const list = (words: string) => words.trim().split(/\s*,\s*/);

export const FIRST_NAMES = list(`
  Camille, Léa, Manon, Chloé, Inès, Zoé, Jade, Louise, Emma, Sarah, Anaïs, Hélène, Lucas, Hugo, Théo, Nathan,
  Louis, Jules, Mathis, Noé, Raphaël, Gaël, Yanis, Mehdi, Olivia, Amelia, Grace, Emily, James, Oliver, George,
  Harry, Fatou, Aïcha, Karim, Linh
`);
export const LAST_NAMES = list(`
  Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefèvre,
  Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Le Gall, Nguyen, Diallo, Benali, Smith, Jones,
  Taylor, Brown, Williams, Évrard, Kerbrat, Da Silva
`);
export const TITLES = list(`
  Développeuse full-stack, Développeur backend, Data engineer, Data scientist, Product manager, Cheffe de
  projet, Responsable RH, Chargé de recrutement, Ingénieure DevOps, Designer UX, Comptable, Contrôleuse de
  gestion, Juriste, Infirmier, Commercial B2B, Acheteuse, Responsable logistique, Technicien de maintenance,
  Ingénieur qualité, Architecte logiciel, Consultante SAP, Directeur financier, Chargée de communication,
  Community manager, Professeur
`);
export const COMPANIES = list(`
  Doctolib, BlaBlaCar, Decathlon, Airbus, Michelin, Leroy Merlin, Capgemini, Sopra Steria, OVHcloud, Dassault
  Systèmes, SNCF, La Poste, Orange, Thales, Safran, Back Market, Qonto, Alan, Mirakl, Contentsquare, Criteo,
  Ubisoft, Veolia, Crédit Agricole, CHU de Nantes
`);
export const PLACES = [
  'Paris|Île-de-France',
  'Lyon|Auvergne-Rhône-Alpes',
  'Marseille|Provence-Alpes-Côte d’Azur',
  'Toulouse|Occitanie',
  'Nantes|Pays de la Loire',
  'Bordeaux|Nouvelle-Aquitaine',
  'Lille|Hauts-de-France',
  'Rennes|Bretagne',
  'Strasbourg|Grand Est',
  'Montpellier|Occitanie',
  'Grenoble|Auvergne-Rhône-Alpes',
  'Brest|Bretagne',
];
const INDUSTRIES = list(`
  Logiciel, Santé, Banque, Assurance, Industrie, Énergie, Transport, Commerce, Éducation, Conseil, Aéronautique,
  Administration publique, Médias, Agroalimentaire
`);
const SENTENCES = [
  'J’aime construire des produits utiles avec des équipes curieuses.',
  'Dix ans d’expérience entre startups et grands groupes.',
  'Passionnée par la qualité des données et la fiabilité des systèmes.',
  'Je cherche à rendre les outils métier simples et rapides.',
  'Mentor auprès de jeunes développeurs et développeuses.',
  'I enjoy turning messy processes into clear, measurable ones.',
  'Bénévole dans une association d’insertion professionnelle.',
  'Toujours partant pour un café et une discussion produit.',
];
export const SCHOOLS = list(`
  Université Paris Cité, Sorbonne Université, INSA Lyon, École polytechnique, CentraleSupélec, Université de
  Nantes, IUT de Lannion, EPITECH, HEC Paris, ESSEC, Université de Bordeaux, Télécom Paris, IMT Atlantique,
  Université de Lille, Sciences Po, ENS de Lyon
`);
const DEGREES = list('Licence, Master, BTS, DUT, Diplôme d’ingénieur, Doctorat, Bachelor, MBA');
const FIELDS = list(`
  Informatique, Mathématiques, Gestion, Droit, Finance, Marketing, Génie mécanique, Statistiques, Ressources
  humaines, Design, Logistique, Chimie
`);
const SKILL_BASES = list(`
  TypeScript, JavaScript, React, Vue.js, Node.js, PostgreSQL, SQL, Python, Java, Kotlin, Go, Rust, Docker, Kubernetes,
  Terraform, AWS, GCP, Azure, Linux, GraphQL, REST, Git, CI/CD, Machine learning, Pandas, Spark, Airflow, dbt,
  Power BI, Excel, SAP, Salesforce, Figma, Gestion de projet, Scrum, Kanban, Management, Recrutement,
  Négociation, Comptabilité, Contrôle de gestion, Droit du travail, RGPD, Communication, Prise de parole,
  Anglais, Espagnol, Allemand, Rédaction, SEO, Marketing digital, Vente, Relation client, Logistique, Achats,
  Lean, Six Sigma, Qualité, Maintenance, AutoCAD, SolidWorks, Électronique, Cybersécurité, Réseaux, Architecture
  logicielle, Tests automatisés, Accessibilité, UX research, Analyse de données, Statistiques, Finance, Audit,
  Formation, Pédagogie, Soins infirmiers
`);
const SKILL_CONTEXTS = ['', ' pour la santé', ' pour la finance', ' pour l’industrie'];

/** Repeatable pseudo-random numbers from a row's number and a salt: the same database on every run. */
const HELPERS = [
  `CREATE FUNCTION pg_temp.rnd(n bigint, salt int, m int) RETURNS int LANGUAGE sql IMMUTABLE
     AS $$ SELECT (hashint8(n * 1000 + salt) & 2147483647) % m $$`,
  `CREATE FUNCTION pg_temp.pick(list text[], n bigint, salt int) RETURNS text LANGUAGE sql IMMUTABLE
     AS $$ SELECT list[1 + pg_temp.rnd(n, salt, cardinality(list))] $$`,
];

const MEMBERS = `
  INSERT INTO member (handle, first_name, last_name, headline, about, city, region, country, industry,
                      contact_email, phone, visibility, created_at, updated_at)
  SELECT handle, first_name, last_name,
    CASE WHEN pg_temp.rnd(n, 3, 10) < 9 THEN pg_temp.pick($3, n, 4) || ' chez ' || pg_temp.pick($4, n, 5) END,
    CASE WHEN pg_temp.rnd(n, 6, 10) < 7 THEN array_to_string(ARRAY(
      SELECT pg_temp.pick($6, n, 60 + k) FROM generate_series(1, 1 + pg_temp.rnd(n, 7, 5)) k), ' ') END,
    CASE WHEN has_place THEN split_part(place, '|', 1) END,
    CASE WHEN has_place THEN split_part(place, '|', 2) END,
    CASE WHEN has_place THEN 'France' END,
    CASE WHEN pg_temp.rnd(n, 9, 10) < 8 THEN pg_temp.pick($7, n, 10) END,
    CASE WHEN pg_temp.rnd(n, 11, 10) < 5 THEN handle || '@example.fr' END,
    CASE WHEN pg_temp.rnd(n, 12, 10) < 3 THEN '+33 6 ' || lpad(pg_temp.rnd(n, 13, 100000000)::text, 8, '0') END,
    jsonb_strip_nulls(jsonb_build_object(
      'HEADLINE', CASE pg_temp.rnd(n, 20, 20) WHEN 0 THEN 'MEMBERS' END,
      'ABOUT', CASE pg_temp.rnd(n, 21, 10) WHEN 0 THEN 'MEMBERS' WHEN 1 THEN 'NETWORK' END,
      'EXPERIENCE', CASE pg_temp.rnd(n, 22, 10) WHEN 0 THEN 'MEMBERS' WHEN 1 THEN 'CONNECTIONS' END,
      'EDUCATION', CASE pg_temp.rnd(n, 23, 10) WHEN 0 THEN 'NETWORK' END,
      'SKILLS', CASE pg_temp.rnd(n, 24, 10) WHEN 0 THEN 'MEMBERS' WHEN 1 THEN 'ONLY_ME' END,
      'CONTACT_INFO', CASE pg_temp.rnd(n, 25, 10) WHEN 0 THEN 'PUBLIC' WHEN 1 THEN 'MEMBERS' WHEN 2 THEN 'ONLY_ME' END)),
    now() - make_interval(days => 30 + pg_temp.rnd(n, 26, 2000)),
    now() - make_interval(days => pg_temp.rnd(n, 27, 30))
  FROM (
    SELECT n, first_name, last_name, pg_temp.pick($5, n, 8) AS place, pg_temp.rnd(n, 14, 10) < 8 AS has_place,
      left(regexp_replace(lower(unaccent(first_name || '-' || last_name)), '[^a-z0-9]+', '-', 'g'), 22) || '-' || n
        AS handle
    FROM generate_series(1, $8::int) n,
      LATERAL (SELECT pg_temp.pick($1, n, 1) AS first_name, pg_temp.pick($2, n, 2) AS last_name) names
  ) people`;

const EXPERIENCES = `
  INSERT INTO experience (member_id, title, company_name, location, start_month, end_month, is_current, description)
  SELECT m.id, pg_temp.pick($1, m.id, 100 + k), pg_temp.pick($2, m.id, 200 + k),
    CASE WHEN pg_temp.rnd(m.id, 300 + k, 3) > 0 THEN split_part(pg_temp.pick($3, m.id, 400 + k), '|', 1) END,
    s.start_month,
    CASE WHEN NOT s.current THEN (s.start_month + make_interval(months => 3 + pg_temp.rnd(m.id, 500 + k, 30)))::date END,
    s.current,
    CASE WHEN pg_temp.rnd(m.id, 600 + k, 2) = 0 THEN pg_temp.pick($4, m.id, 650 + k) END
  FROM member m
  CROSS JOIN LATERAL generate_series(1, pg_temp.rnd(m.id, 30, 13)) k
  CROSS JOIN LATERAL (
    SELECT (date '2026-01-01' - make_interval(months => k * 30 + pg_temp.rnd(m.id, 700 + k, 12)))::date AS start_month,
      k = 1 AND pg_temp.rnd(m.id, 31, 3) > 0 AS current
  ) s`;

const EDUCATION = `
  INSERT INTO education (member_id, school, degree, field_of_study, start_year, end_year, description)
  SELECT m.id, pg_temp.pick($1, m.id, 800 + k), pg_temp.pick($2, m.id, 850 + k), pg_temp.pick($3, m.id, 900 + k),
    y, y + 2 + pg_temp.rnd(m.id, 950 + k, 4),
    CASE WHEN pg_temp.rnd(m.id, 980 + k, 4) = 0 THEN pg_temp.pick($4, m.id, 990 + k) END
  FROM member m
  CROSS JOIN LATERAL generate_series(1, pg_temp.rnd(m.id, 40, 5)) k
  CROSS JOIN LATERAL (SELECT (2020 - k * 5 - pg_temp.rnd(m.id, 41, 3))::smallint AS y) s`;

// A stride coprime with the catalogue's size walks it without repeating a skill within 30 steps.
const MEMBER_SKILLS = `
  INSERT INTO member_skill (member_id, skill_id, position)
  SELECT m.id, c.ids[1 + (pg_temp.rnd(m.id, 50, c.size) + p * 7) % c.size], p
  FROM member m
  CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS size FROM skill) c
  CROSS JOIN LATERAL generate_series(0, pg_temp.rnd(m.id, 51, 31) - 1) p`;

export interface SeededRows {
  members: number;
  experiences: number;
  education: number;
  skills: number;
  memberSkills: number;
}

/**
 * Fills an empty database with `count` members and full profiles (0–12 jobs, 0–4 schools, 0–30 skills from a
 * catalogue of 300, varied audiences), with a few set-based statements in one transaction.
 */
export async function seedProfiles(manager: EntityManager, count: number): Promise<SeededRows> {
  for (const helper of HELPERS) await manager.query(helper);
  await manager.query(MEMBERS, [FIRST_NAMES, LAST_NAMES, TITLES, COMPANIES, PLACES, SENTENCES, INDUSTRIES, count]);
  await manager.query(EXPERIENCES, [TITLES, COMPANIES, PLACES, SENTENCES]);
  await manager.query(EDUCATION, [SCHOOLS, DEGREES, FIELDS, SENTENCES]);
  const skills = SKILL_BASES.flatMap((base) => SKILL_CONTEXTS.map((context) => `${base}${context}`));
  await manager.query(
    `INSERT INTO skill (name, key) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (key) DO NOTHING`,
    [skills, skills.map(skillKey)],
  );
  await manager.query(MEMBER_SKILLS);
  const [rows] = await manager.query<Record<keyof SeededRows, string>[]>(`
    SELECT (SELECT count(*) FROM member) AS "members", (SELECT count(*) FROM experience) AS "experiences",
      (SELECT count(*) FROM education) AS "education", (SELECT count(*) FROM skill) AS "skills",
      (SELECT count(*) FROM member_skill) AS "memberSkills"`);
  return Object.fromEntries(Object.entries(rows!).map(([table, n]) => [table, Number(n)])) as unknown as SeededRows;
}
