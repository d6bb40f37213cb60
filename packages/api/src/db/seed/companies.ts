import { companyNameKey, type CompanySize } from '@carnet/shared';
import type { EntityManager } from 'typeorm';
import type { COMPANIES } from './catalogue';

interface DemoCompany {
  name: (typeof COMPANIES)[number];
  slug: string;
  industry: string;
  size: CompanySize;
  hq: [city: string, region: string, country: string];
  locations: string[];
  website: string;
  foundedYear: number;
  description: string;
}

/** Pages for a few companies of the catalogue, which the demo careers name. */
export const DEMO_COMPANIES: DemoCompany[] = [
  {
    name: 'Doctolib',
    slug: 'doctolib',
    industry: 'Santé numérique',
    size: 'S_1001_5000',
    hq: ['Levallois-Perret', 'Île-de-France', 'FR'],
    locations: ['Nantes', 'Berlin', 'Milan'],
    website: 'https://www.doctolib.fr',
    foundedYear: 2013,
    description: 'Prise de rendez-vous médicaux en ligne et logiciels pour les soignants.',
  },
  {
    name: 'BlaBlaCar',
    slug: 'blablacar',
    industry: 'Transport et mobilité',
    size: 'S_501_1000',
    hq: ['Paris', 'Île-de-France', 'FR'],
    locations: ['Madrid', 'Moscou', 'São Paulo'],
    website: 'https://www.blablacar.fr',
    foundedYear: 2006,
    description: 'Covoiturage et voyages en bus partout en Europe.',
  },
  {
    name: 'Decathlon',
    slug: 'decathlon',
    industry: 'Distribution d’articles de sport',
    size: 'S_10001_PLUS',
    hq: ['Villeneuve-d’Ascq', 'Hauts-de-France', 'FR'],
    locations: ['Lille', 'Lyon', 'Bordeaux', 'Barcelone'],
    website: 'https://www.decathlon.fr',
    foundedYear: 1976,
    description: 'Conception et vente d’articles de sport pour tous les niveaux.\n\nMagasins et site en ligne.',
  },
  {
    name: 'Back Market',
    slug: 'back-market',
    industry: 'Commerce en ligne',
    size: 'S_501_1000',
    hq: ['Paris', 'Île-de-France', 'FR'],
    locations: ['Bordeaux', 'New York'],
    website: 'https://www.backmarket.fr',
    foundedYear: 2014,
    description: 'Place de marché d’appareils électroniques reconditionnés.',
  },
  {
    name: 'Qonto',
    slug: 'qonto',
    industry: 'Services financiers',
    size: 'S_1001_5000',
    hq: ['Paris', 'Île-de-France', 'FR'],
    locations: ['Berlin', 'Milan', 'Barcelone'],
    website: 'https://qonto.com',
    foundedYear: 2016,
    description: 'Compte pro en ligne pour les indépendants et les PME.',
  },
  {
    name: 'OVHcloud',
    slug: 'ovhcloud',
    industry: 'Informatique en nuage',
    size: 'S_1001_5000',
    hq: ['Roubaix', 'Hauts-de-France', 'FR'],
    locations: ['Brest', 'Lyon', 'Paris'],
    website: 'https://www.ovhcloud.com',
    foundedYear: 1999,
    description: 'Hébergement, serveurs dédiés et cloud public européen.',
  },
];

/** The demo account recruits for the first company. */
const DEMO_RECRUITER_AT = 'doctolib';

/**
 * The demo company pages, each run by the two longest-serving current employees among the demo members (an
 * admin and a recruiter); the demo account (`memberIds[0]`) recruits for Doctolib. The experiences naming a page
 * link to it, and the people who worked there follow it.
 */
export async function seedDemoCompanies(manager: EntityManager, memberIds: string[]): Promise<void> {
  const companies: { id: string; slug: string }[] = await manager.query(
    `INSERT INTO company (slug, name, name_key, description, industry, size, hq_city, hq_region, hq_country,
       locations, website, founded_year)
     SELECT slug, name, name_key, description, industry, size, hq[1], hq[2], hq[3], locations, website, founded_year
     FROM jsonb_to_recordset($1::jsonb) AS c(slug text, name text, name_key text, description text, industry text,
       size text, hq text[], locations text[], website text, founded_year smallint)
     RETURNING id::text AS id, slug`,
    [
      JSON.stringify(
        DEMO_COMPANIES.map(({ foundedYear, ...company }) => ({
          ...company,
          name_key: companyNameKey(company.name),
          founded_year: foundedYear,
        })),
      ),
    ],
  );
  await manager.query(
    `UPDATE experience e SET company_id = c.id FROM company c
     WHERE e.company_key = c.name_key AND c.id = ANY($1::bigint[]) AND e.member_id = ANY($2::bigint[])`,
    [companies.map((c) => c.id), memberIds],
  );
  await manager.query(
    `INSERT INTO company_role (company_id, member_id, role)
     SELECT company_id, member_id, CASE WHEN rank = 1 THEN 'ADMIN' ELSE 'RECRUITER' END
     FROM (
       SELECT company_id, member_id, row_number() OVER (PARTITION BY company_id ORDER BY start_month, member_id) AS rank
       FROM experience WHERE is_current AND company_id = ANY($1::bigint[])
     ) staff
     WHERE rank <= 2`,
    [companies.map((c) => c.id)],
  );
  await manager.query(
    `UPDATE company c SET created_by = r.member_id FROM company_role r
     WHERE r.company_id = c.id AND r.role = 'ADMIN' AND c.id = ANY($1::bigint[])`,
    [companies.map((c) => c.id)],
  );
  const recruiting = companies.find((c) => c.slug === DEMO_RECRUITER_AT)!;
  await manager.query(
    `INSERT INTO company_role (company_id, member_id, role) VALUES ($1, $2, 'RECRUITER')
     ON CONFLICT (company_id, member_id) DO NOTHING`,
    [recruiting.id, memberIds[0]],
  );
  await manager.query(
    `INSERT INTO company_follow (member_id, company_id)
     SELECT DISTINCT member_id, company_id FROM experience
     WHERE company_id = ANY($1::bigint[]) AND member_id = ANY($2::bigint[])`,
    [companies.map((c) => c.id), memberIds],
  );
}
