import { randomBytes } from 'node:crypto';
import type { TestClient } from './server';

export const CREATE_COMPANY = /* GraphQL */ `
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      company {
        id
        slug
        name
        viewerRole
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;

export const SAVE_EXPERIENCE = /* GraphQL */ `
  mutation SaveExperience($input: ExperienceInput!) {
    saveExperience(input: $input) {
      experience {
        id
        companyName
        company {
          slug
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`;

/** A slug no other test takes. */
export const uniqueSlug = (prefix = 'entreprise') => `${prefix}-${randomBytes(4).toString('hex')}`;

/** Creates a company page through the API as the member behind `client` (its admin); throws on userErrors. */
export async function createCompany(client: TestClient, input: Record<string, unknown> = {}) {
  const slug = uniqueSlug();
  const result = await client.graphql(CREATE_COMPANY, { input: { name: `Entreprise ${slug}`, slug, ...input } });
  const company = result.data?.createCompany.company;
  if (!company) throw new Error(`createCompany failed: ${JSON.stringify(result.errors ?? result.data)}`);
  return company as { id: string; slug: string; name: string };
}

/** Adds a current job at `companyName` to the member behind `client`, optionally naming a company page by id. */
export async function saveCurrentJob(
  client: TestClient,
  companyName: string,
  companyId?: string,
  title = 'Ingénieure',
) {
  const result = await client.graphql(SAVE_EXPERIENCE, {
    input: { title, companyName, companyId, startMonth: '2022-03', current: true },
  });
  const payload = result.data?.saveExperience;
  if (!payload?.experience) throw new Error(`saveExperience failed: ${JSON.stringify(result.errors ?? payload)}`);
  return payload.experience as { id: string; companyName: string; company: { slug: string } | null };
}
