import { documentTitle, pickLocale, SITE_NAME, type Locale } from '@carnet/shared';
import type { FastifyInstance } from 'fastify';
import { fromGlobalId } from '../graphql/relay';
import type { CompanyEntity } from '../modules/companies/company.entity';
import { descriptionText } from '../modules/jobs/description';
import type { JobPostingEntity } from '../modules/jobs/job-posting.entity';
import { companyPageUrl, jobPageUrl } from '../modules/jobs/job-links';
import { effectiveJobState } from '../modules/jobs/job-posting.policy';
import { jsonForScript, toSchemaOrgJobPosting } from '../modules/jobs/schema-org';
import type { Services } from '../services';
import { requestOrigin } from './origin';
import { escapeHtml, type PageTemplate } from './page-template';

export type JobPageServices = Pick<Services, 'jobPostings' | 'companies'>;

const DESCRIPTION_LENGTH = 200;

const TITLE: Record<Locale, (title: string, company: string) => string> = {
  fr: (title, company) => `${title} chez ${company}`,
  en: (title, company) => `${title} at ${company}`,
};

function excerpt(text: string): string {
  if (text.length <= DESCRIPTION_LENGTH) return text;
  const cut = text.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

const meta = (attribute: 'name' | 'property', key: string, content: string) =>
  `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;

export interface PublishedJob {
  posting: JobPostingEntity;
  id: string;
  company: CompanyEntity;
  skills: readonly string[];
}

/**
 * The <head> tags of a published posting's page: title, description, canonical address, Open Graph, and while
 * it takes candidates the schema.org JobPosting that Google for Jobs reads (a closed or expired job drops it).
 */
export function jobHead(
  { posting, id, company, skills }: PublishedJob,
  origin: string,
  locale: Locale,
  now = new Date(),
) {
  const title = TITLE[locale](posting.title, company.name);
  const description = excerpt(descriptionText(posting.description)) || title;
  const url = jobPageUrl(origin, id);
  const tags = [
    `<title>${escapeHtml(documentTitle(title))}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('property', 'og:site_name', SITE_NAME),
    meta('name', 'twitter:card', 'summary'),
  ];
  if (effectiveJobState(posting, now) !== 'OPEN') return tags;
  const companyLinks = { name: company.name, url: companyPageUrl(origin, company.slug), website: company.website };
  const jsonLd = toSchemaOrgJobPosting({ posting, id, url, company: companyLinks, skills });
  return [...tags, `<script type="application/ld+json">${jsonForScript(jsonLd)}</script>`];
}

/**
 * /jobs/<id>: the web app's page with the posting's title, preview tags and structured data. A draft gets the
 * plain page (its recruiters read it in the app, nobody else may know it); an unknown posting gets it with 404.
 */
export function registerJobPages(app: FastifyInstance, template: PageTemplate, services: JobPageServices): void {
  app.get<{ Params: { id: string } }>('/jobs/:id', async (request, reply) => {
    void reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8');
    const parsed = fromGlobalId(request.params.id);
    // Other pages of the app live under /jobs too, such as /jobs/new.
    if (parsed?.typeName !== 'JobPosting') return reply.send(template.html);
    const [posting] = await services.jobPostings.findByIds([parsed.id]);
    if (!posting) return reply.code(404).send(template.html);
    if (posting.state === 'DRAFT') return reply.send(template.html);
    const [[company], [skills]] = await Promise.all([
      services.companies.findByIds([posting.companyId]),
      services.jobPostings.skillsOf([posting.id]),
    ]);
    const job = { posting, id: request.params.id, company: company!, skills: skills!.map((skill) => skill.name) };
    const locale = pickLocale(request.headers['accept-language']);
    return reply.send(template.withHead(jobHead(job, requestOrigin(request), locale)));
  });
}
