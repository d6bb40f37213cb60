import { skillKey, type ContractType, type SalaryPeriod, type WorkplaceType } from '@carnet/shared';
import type { EntityManager } from 'typeorm';

interface DemoPosting {
  title: string;
  english?: true;
  paragraphs: string[];
  missions: string[];
  place: [string, string] | null;
  workplace: WorkplaceType;
  contract: ContractType;
  months?: number;
  seniority: string;
  jobFunction: string;
  salary?: [number | null, number | null, SalaryPeriod];
  skills: string[];
  applyUrl?: string;
}

const LYON: [string, string] = ['Lyon', 'Auvergne-Rhône-Alpes'];
const PARIS: [string, string] = ['Paris', 'Île-de-France'];
const NANTES: [string, string] = ['Nantes', 'Pays de la Loire'];
const BORDEAUX: [string, string] = ['Bordeaux', 'Nouvelle-Aquitaine'];
const LILLE: [string, string] = ['Lille', 'Hauts-de-France'];
const TOULOUSE: [string, string] = ['Toulouse', 'Occitanie'];

/** Twenty offers, French and English, of every contract, most with a salary. */
const POSTINGS: DemoPosting[] = [
  {
    title: 'Développeur·se full-stack TypeScript',
    paragraphs: ['Vous rejoignez une équipe produit de six personnes qui livre chaque semaine.'],
    missions: ['Concevoir les API GraphQL', 'Développer les écrans React', 'Relire le code de l’équipe'],
    place: LYON,
    workplace: 'HYBRID',
    contract: 'CDI',
    seniority: 'MID_SENIOR',
    jobFunction: 'ENGINEERING',
    salary: [48_000, 58_000, 'YEAR'],
    skills: ['TypeScript', 'React', 'GraphQL', 'PostgreSQL'],
  },
  {
    title: 'Stage – Assistant·e marketing digital (6 mois)',
    paragraphs: ['Un stage de fin d’études au cœur de l’équipe acquisition.'],
    missions: ['Animer les réseaux sociaux', 'Préparer les campagnes e-mail', 'Suivre les indicateurs'],
    place: PARIS,
    workplace: 'ON_SITE',
    contract: 'STAGE',
    seniority: 'INTERNSHIP',
    jobFunction: 'MARKETING',
    salary: [1_200, null, 'MONTH'],
    skills: ['Marketing digital', 'Réseaux sociaux', 'Google Analytics'],
  },
  {
    title: 'Alternance – Développeur·se web (BTS SIO ou licence pro)',
    paragraphs: ['Deux ans d’alternance pour apprendre le métier avec un tuteur dédié.'],
    missions: ['Maintenir le site vitrine', 'Corriger les anomalies', 'Écrire des tests'],
    place: NANTES,
    workplace: 'ON_SITE',
    contract: 'ALTERNANCE',
    seniority: 'ENTRY',
    jobFunction: 'ENGINEERING',
    salary: [1_000, 1_400, 'MONTH'],
    skills: ['HTML', 'CSS', 'JavaScript'],
  },
  {
    title: 'Senior Data Engineer',
    english: true,
    paragraphs: ['Build the pipelines that feed our pricing models, in an English-speaking team.'],
    missions: ['Design batch and streaming pipelines', 'Own data quality', 'Mentor two engineers'],
    place: PARIS,
    workplace: 'REMOTE',
    contract: 'CDI',
    seniority: 'MID_SENIOR',
    jobFunction: 'DATA',
    salary: [65_000, 80_000, 'YEAR'],
    skills: ['Python', 'SQL', 'Apache Spark', 'Airflow'],
  },
  {
    title: 'Comptable (CDD 6 mois)',
    paragraphs: ['Remplacement d’un congé maternité au sein du service financier.'],
    missions: ['Saisir les écritures', 'Préparer les déclarations de TVA', 'Participer à la clôture mensuelle'],
    place: BORDEAUX,
    workplace: 'ON_SITE',
    contract: 'CDD',
    months: 6,
    seniority: 'ASSOCIATE',
    jobFunction: 'FINANCE',
    salary: [2_300, 2_600, 'MONTH'],
    skills: ['Comptabilité', 'Excel', 'Sage'],
  },
  {
    title: 'Freelance – Product designer UX/UI',
    paragraphs: ['Mission de trois mois pour refondre le parcours d’inscription.'],
    missions: ['Mener des entretiens utilisateurs', 'Prototyper sur Figma', 'Tester les maquettes'],
    place: null,
    workplace: 'REMOTE',
    contract: 'FREELANCE',
    seniority: 'MID_SENIOR',
    jobFunction: 'DESIGN',
    salary: [450, 550, 'DAY'],
    skills: ['Figma', 'Design d’interaction', 'Recherche utilisateur'],
  },
  {
    title: 'Préparateur·rice de commandes (intérim)',
    paragraphs: ['Mission d’intérim renouvelable dans notre entrepôt logistique.'],
    missions: ['Préparer les commandes', 'Contrôler les colis', 'Charger les camions'],
    place: LILLE,
    workplace: 'ON_SITE',
    contract: 'INTERIM',
    months: 3,
    seniority: 'ENTRY',
    jobFunction: 'LOGISTICS',
    salary: [12, 13, 'HOUR'],
    skills: ['Logistique', 'CACES'],
  },
  {
    title: 'Chargé·e de clientèle à temps partiel (24 h)',
    paragraphs: ['Un poste à temps partiel, du lundi au jeudi, au service client.'],
    missions: ['Répondre aux appels', 'Traiter les réclamations', 'Mettre à jour la base de connaissances'],
    place: TOULOUSE,
    workplace: 'HYBRID',
    contract: 'TEMPS_PARTIEL',
    seniority: 'ENTRY',
    jobFunction: 'CUSTOMER_SERVICE',
    salary: [1_300, null, 'MONTH'],
    skills: ['Relation client', 'Zendesk'],
  },
  {
    title: 'Product Manager – Payments',
    english: true,
    paragraphs: ['Own the roadmap of our payment stack used by 2 million people.'],
    missions: ['Talk to merchants every week', 'Write clear specs', 'Ship with two squads'],
    place: PARIS,
    workplace: 'HYBRID',
    contract: 'CDI',
    seniority: 'MID_SENIOR',
    jobFunction: 'PRODUCT',
    salary: [70_000, 85_000, 'YEAR'],
    skills: ['Product management', 'Payments', 'SQL'],
  },
  {
    title: 'Infirmier·ère de bloc opératoire',
    paragraphs: ['Rejoignez un bloc de huit salles dans une clinique à taille humaine.'],
    missions: ['Préparer les interventions', 'Assister les chirurgiens', 'Veiller à l’hygiène'],
    place: LYON,
    workplace: 'ON_SITE',
    contract: 'CDI',
    seniority: 'ASSOCIATE',
    jobFunction: 'HEALTHCARE',
    salary: [32_000, 38_000, 'YEAR'],
    skills: ['Soins infirmiers', 'Bloc opératoire'],
  },
  {
    title: 'Internship – Machine learning research (6 months)',
    english: true,
    paragraphs: ['Work on retrieval models with our applied research team.'],
    missions: ['Run experiments', 'Read and reproduce papers', 'Present your results'],
    place: TOULOUSE,
    workplace: 'HYBRID',
    contract: 'STAGE',
    seniority: 'INTERNSHIP',
    jobFunction: 'DATA',
    salary: [1_500, null, 'MONTH'],
    skills: ['Python', 'PyTorch', 'Machine learning'],
  },
  {
    title: 'Responsable RH (HRBP)',
    paragraphs: ['Vous accompagnez 150 collaborateurs et leurs managers.'],
    missions: ['Conduire les entretiens annuels', 'Piloter le recrutement', 'Animer le dialogue social'],
    place: NANTES,
    workplace: 'HYBRID',
    contract: 'CDI',
    seniority: 'DIRECTOR',
    jobFunction: 'HUMAN_RESOURCES',
    salary: [55_000, 65_000, 'YEAR'],
    skills: ['Ressources humaines', 'Droit du travail', 'Recrutement'],
    applyUrl: 'https://www.example.com/carrieres/responsable-rh',
  },
  {
    title: 'Business Developer (English & French)',
    english: true,
    paragraphs: ['Open new accounts across Benelux and France.'],
    missions: ['Prospect mid-size companies', 'Run demos', 'Negotiate contracts'],
    place: LILLE,
    workplace: 'HYBRID',
    contract: 'CDI',
    seniority: 'ASSOCIATE',
    jobFunction: 'SALES',
    salary: [40_000, 50_000, 'YEAR'],
    skills: ['Prospection', 'Négociation', 'Salesforce'],
  },
  {
    title: 'Alternance – Chargé·e de communication',
    paragraphs: ['Un an d’alternance en master communication, rythme trois semaines / une semaine.'],
    missions: ['Rédiger la newsletter', 'Organiser les événements', 'Produire des visuels'],
    place: BORDEAUX,
    workplace: 'ON_SITE',
    contract: 'ALTERNANCE',
    seniority: 'ENTRY',
    jobFunction: 'MARKETING',
    skills: ['Communication', 'Canva', 'Rédaction'],
  },
  {
    title: 'DevOps Engineer (Kubernetes)',
    english: true,
    paragraphs: ['Keep our platform fast and boring: we deploy fifty times a day.'],
    missions: ['Run our Kubernetes clusters', 'Automate with Terraform', 'Lead incident reviews'],
    place: null,
    workplace: 'REMOTE',
    contract: 'FREELANCE',
    seniority: 'MID_SENIOR',
    jobFunction: 'IT',
    salary: [600, 700, 'DAY'],
    skills: ['Kubernetes', 'Terraform', 'AWS'],
  },
  {
    title: 'Juriste droit des affaires (CDD 12 mois)',
    paragraphs: ['Renfort de la direction juridique pendant un projet de fusion.'],
    missions: ['Rédiger les contrats', 'Suivre la vie sociale', 'Conseiller les équipes'],
    place: PARIS,
    workplace: 'HYBRID',
    contract: 'CDD',
    months: 12,
    seniority: 'ASSOCIATE',
    jobFunction: 'LEGAL',
    salary: [45_000, 52_000, 'YEAR'],
    skills: ['Droit des affaires', 'Rédaction de contrats'],
  },
  {
    title: 'Technicien·ne de maintenance industrielle',
    paragraphs: ['Travail en équipe de jour sur une ligne de production agroalimentaire.'],
    missions: ['Assurer la maintenance préventive', 'Diagnostiquer les pannes', 'Proposer des améliorations'],
    place: ['Rennes', 'Bretagne'],
    workplace: 'ON_SITE',
    contract: 'CDI',
    seniority: 'ASSOCIATE',
    jobFunction: 'MANUFACTURING',
    salary: [30_000, 36_000, 'YEAR'],
    skills: ['Maintenance industrielle', 'Électrotechnique', 'Automatismes'],
  },
  {
    title: 'Consultant·e SAP Finance',
    paragraphs: ['Des projets de déploiement chez des clients industriels.'],
    missions: ['Animer les ateliers', 'Paramétrer les modules FI/CO', 'Former les utilisateurs'],
    place: LYON,
    workplace: 'HYBRID',
    contract: 'CDI',
    seniority: 'MID_SENIOR',
    jobFunction: 'CONSULTING',
    skills: ['SAP', 'Contrôle de gestion'],
  },
  {
    title: 'Formateur·rice en développement web',
    paragraphs: ['Vous formez des adultes en reconversion, en petits groupes.'],
    missions: ['Animer les cours', 'Suivre les projets', 'Faire évoluer le programme'],
    place: NANTES,
    workplace: 'HYBRID',
    contract: 'TEMPS_PARTIEL',
    seniority: 'MID_SENIOR',
    jobFunction: 'EDUCATION',
    salary: [35, 45, 'HOUR'],
    skills: ['JavaScript', 'Pédagogie'],
  },
  {
    title: 'Office Manager',
    english: true,
    paragraphs: ['Be the heart of our Paris office, 40 people and growing.'],
    missions: ['Run the office', 'Welcome newcomers', 'Organise team events'],
    place: PARIS,
    workplace: 'ON_SITE',
    contract: 'CDI',
    seniority: 'ASSOCIATE',
    jobFunction: 'OPERATIONS',
    salary: [35_000, 40_000, 'YEAR'],
    skills: ['Organisation', 'Anglais'],
  },
];

const AVAILABILITY = {
  fr: 'Êtes-vous disponible dans le mois qui vient ?',
  en: 'Are you available within a month?',
};

/** Most are open; one of each ten is a draft and one is closed, so recruiters' dashboards have every state. */
const stateOf = (index: number) => (index % 10 === 7 ? 'DRAFT' : index % 10 === 9 ? 'CLOSED' : 'OPEN');

function descriptionOf(posting: DemoPosting): string {
  const heading = posting.english ? 'What you will do' : 'Vos missions';
  const items = posting.missions.map((mission) => `<li>${mission}</li>`).join('');
  return `${posting.paragraphs.map((text) => `<p>${text}</p>`).join('')}<h3>${heading}</h3><ul>${items}</ul>`;
}

/**
 * Demo job postings for the companies already in the database (the companies' seed runs first), spread over
 * them in turn and posted by one of their recruiters. Does nothing when there is no company.
 */
export async function seedJobPostings(manager: EntityManager, now = new Date()): Promise<number> {
  const companies = await manager.query<{ id: string; recruiter: string | null }[]>(
    `SELECT c.id::text AS id,
       (SELECT r.member_id::text FROM company_role r WHERE r.company_id = c.id ORDER BY r.role DESC, r.member_id LIMIT 1)
         AS recruiter
     FROM company c ORDER BY c.id`,
  );
  if (companies.length === 0) return 0;
  const rows = POSTINGS.map((posting, index) => {
    const company = companies[index % companies.length]!;
    const state = stateOf(index);
    const [city, region] = posting.place ?? [null, null];
    const [salaryMin, salaryMax, period] = posting.salary ?? [null, null, null];
    const publishedAt = new Date(now.getTime() - index * 86_400_000);
    return {
      company_id: company.id,
      posted_by: company.recruiter,
      title: posting.title,
      description: descriptionOf(posting),
      city,
      region,
      country: posting.place ? 'FR' : null,
      workplace_type: posting.workplace,
      contract_type: posting.contract,
      contract_months: posting.months ?? null,
      seniority: posting.seniority,
      job_function: posting.jobFunction,
      salary_min: salaryMin,
      salary_max: salaryMax,
      salary_currency: period ? 'EUR' : null,
      salary_period: period,
      openings: 1 + (index % 3),
      apply_url: posting.applyUrl ?? null,
      state,
      expires_at: new Date(publishedAt.getTime() + 30 * 86_400_000),
      published_at: state === 'DRAFT' ? null : publishedAt,
      closed_at: state === 'CLOSED' ? now : null,
      created_at: publishedAt,
      n: index,
    };
  });
  const inserted = await manager.query<{ id: string }[]>(
    `INSERT INTO job_posting (company_id, posted_by, title, description, city, region, country, workplace_type,
       contract_type, contract_months, seniority, job_function, salary_min, salary_max, salary_currency,
       salary_period, openings, apply_url, state, expires_at, published_at, closed_at, created_at, updated_at)
     SELECT company_id, posted_by, title, description, city, region, country, workplace_type,
       contract_type, contract_months, seniority, job_function, salary_min, salary_max, salary_currency,
       salary_period, openings, apply_url, state, expires_at, published_at, closed_at, created_at, created_at
     FROM jsonb_to_recordset($1::jsonb) AS p(company_id bigint, posted_by bigint, title text, description text,
       city text, region text, country text, workplace_type text, contract_type text, contract_months smallint,
       seniority text, job_function text, salary_min int, salary_max int, salary_currency text, salary_period text,
       openings smallint, apply_url text, state text, expires_at timestamptz, published_at timestamptz,
       closed_at timestamptz, created_at timestamptz, n int)
     ORDER BY n RETURNING id::text AS id`,
    [JSON.stringify(rows)],
  );
  const names = [...new Set(POSTINGS.flatMap((posting) => posting.skills))];
  await manager.query(
    `INSERT INTO skill (name, key) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (key) DO NOTHING`,
    [names, names.map(skillKey)],
  );
  const skills = POSTINGS.flatMap((posting, index) =>
    posting.skills.map((name, position) => ({ posting_id: inserted[index]!.id, key: skillKey(name), position })),
  );
  await manager.query(
    `INSERT INTO job_posting_skill (posting_id, skill_id, position)
     SELECT r.posting_id, s.id, r.position FROM jsonb_to_recordset($1::jsonb) AS r(posting_id bigint, key text, position int)
     JOIN skill s ON s.key = r.key`,
    [JSON.stringify(skills)],
  );
  const asked = POSTINGS.flatMap((posting, index) =>
    index % 4 === 0 ? [{ id: inserted[index]!.id, prompt: AVAILABILITY[posting.english ? 'en' : 'fr'] }] : [],
  );
  await manager.query(
    `INSERT INTO job_screening_question (posting_id, position, kind, prompt, required)
     SELECT q.id, 0, 'YES_NO', q.prompt, false FROM jsonb_to_recordset($1::jsonb) AS q(id bigint, prompt text)`,
    [JSON.stringify(asked)],
  );
  return inserted.length;
}
