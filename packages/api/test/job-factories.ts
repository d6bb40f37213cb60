import { randomUUID } from 'node:crypto';
import type { TestServer } from './server';
import { dbId } from './factories';

interface Owner {
  member: { id: string };
}

/** A company page whose admin is `admin` (and recruiters, if given), written straight to the database. */
export async function buildCompany(
  server: TestServer,
  admin: Owner,
  { name = `Entreprise ${randomUUID().slice(0, 8)}`, recruiters = [] as Owner[] } = {},
) {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const [company] = await server.db.query(
    `INSERT INTO company (slug, name, name_key, created_by) VALUES ($1, $2, lower($2), $3) RETURNING id`,
    [slug, name, dbId(admin.member.id)],
  );
  const roles = [[admin, 'ADMIN'] as const, ...recruiters.map((r) => [r, 'RECRUITER'] as const)];
  for (const [member, role] of roles) {
    await server.db.query(`INSERT INTO company_role (company_id, member_id, role) VALUES ($1, $2, $3)`, [
      company.id,
      dbId(member.member.id),
      role,
    ]);
  }
  const id: string = company.id;
  return { id, slug, name, globalId: Buffer.from(`Company:${id}`).toString('base64url') };
}

export interface PostingFields {
  title: string;
  description: string;
  city: string | null;
  country: string | null;
  workplaceType: string;
  contractType: string;
  state: 'DRAFT' | 'OPEN' | 'CLOSED';
  expiresAt: Date;
  applyUrl: string | null;
}

/** An OPEN posting of the company unless told otherwise, written straight to the database. */
export async function buildJobPosting(
  server: TestServer,
  company: { id: string },
  overrides: Partial<PostingFields> = {},
) {
  const fields: PostingFields = {
    title: 'Développeuse web',
    description: '<p>Rejoignez-nous.</p>',
    city: 'Lyon',
    country: 'FR',
    workplaceType: 'HYBRID',
    contractType: 'CDI',
    state: 'OPEN',
    expiresAt: new Date(Date.now() + 30 * 86_400_000),
    applyUrl: null,
    ...overrides,
  };
  const [posting] = await server.db.query(
    `INSERT INTO job_posting (company_id, title, description, city, country, workplace_type, contract_type, state,
       expires_at, apply_url, published_at, closed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
       CASE WHEN $8 <> 'DRAFT' THEN now() END, CASE WHEN $8 = 'CLOSED' THEN now() END)
     RETURNING id`,
    [
      company.id,
      fields.title,
      fields.description,
      fields.city,
      fields.country,
      fields.workplaceType,
      fields.contractType,
      fields.state,
      fields.expiresAt,
      fields.applyUrl,
    ],
  );
  const id: string = posting.id;
  return { id, globalId: Buffer.from(`JobPosting:${id}`).toString('base64url'), fields };
}
