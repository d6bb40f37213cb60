import { documentTitle, pickLocale, profileTitle, SITE_NAME, type Locale } from '@carnet/shared';
import type { FastifyInstance } from 'fastify';
import type { CompanyEntity } from '../modules/companies/company.entity';
import type { MediaFile } from '../modules/media/media.service';
import { mediaUrl } from '../modules/media/media.variants';
import type { Services } from '../services';
import type { PageTemplate } from './page-template';
import { escapeHtml } from './page-template';
import { requestOrigin } from './origin';
import { excerpt, meta } from './profile-meta';

export type CompanyPageServices = Pick<Services, 'companies' | 'media'>;

const FALLBACK_DESCRIPTION: Record<Locale, (name: string) => string> = {
  fr: (name) => `${name} sur ${SITE_NAME} : ses offres d’emploi et les personnes qui y travaillent.`,
  en: (name) => `${name} on ${SITE_NAME}: its jobs and the people who work there.`,
};

/** The <head> tags of a company page, all of it public: title, description, canonical address, Open Graph. */
export function companyHead(company: CompanyEntity, logo: MediaFile | undefined, origin: string, locale: Locale) {
  const title = profileTitle(company.name, company.industry);
  const description = company.description ? excerpt(company.description) : FALLBACK_DESCRIPTION[locale](company.name);
  const url = `${origin}/company/${encodeURIComponent(company.slug)}`;
  return [
    `<title>${escapeHtml(documentTitle(title))}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('property', 'og:site_name', SITE_NAME),
    ...(logo ? [meta('property', 'og:image', new URL(mediaUrl(logo.publicId, 'large'), origin).href)] : []),
    meta('name', 'twitter:card', 'summary'),
  ];
}

/**
 * /company/<slug>: the web app's page with the company's title and preview tags. The slug in another case moves
 * permanently to its own; an unknown slug gets the plain page with 404 (the web app shows its not-found page).
 */
export function registerCompanyPages(
  app: FastifyInstance,
  template: PageTemplate,
  { companies, media }: CompanyPageServices,
): void {
  app.get<{ Params: { slug: string } }>('/company/:slug', async (request, reply) => {
    const { slug } = request.params;
    const company = await companies.findBySlug(slug);
    void reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8');
    if (!company) return reply.code(404).send(template.html);
    if (company.slug !== slug) {
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      return reply.redirect(`/company/${company.slug}${query}`, 301);
    }
    const [files] = await media.companyMediaOf([company.id]);
    const locale = pickLocale(request.headers['accept-language']);
    return reply.send(template.withHead(companyHead(company, files?.PHOTO, requestOrigin(request), locale)));
  });
}
