import {
  documentTitle,
  pickLocale,
  PROFILE_SECTIONS,
  profileTitle,
  SITE_NAME,
  type Locale,
  type ProfileSection,
} from '@carnet/shared';
import type { FastifyInstance } from 'fastify';
import type { MemberEntity } from '../modules/members/member.entity';
import type { MediaFile } from '../modules/media/media.service';
import { mediaUrl } from '../modules/media/media.variants';
import type { Services } from '../services';
import { ANONYMOUS_READER, canSeeSection } from '../modules/members/profile.policy';
import { requestOrigin } from './origin';
import { escapeHtml, type PageTemplate } from './page-template';

/** What an anonymous visitor may see of a member: all that link previews and search engines get. */
export interface PublicProfile {
  handle: string;
  firstName: string;
  lastName: string;
  headline: string | null;
  about: string | null;
  photoUrl: string | null;
}

export type ProfilePageServices = Pick<Services, 'members' | 'media'>;

const DESCRIPTION_LENGTH = 200;

const FALLBACK_DESCRIPTION: Record<Locale, (name: string) => string> = {
  fr: (name) => `Le profil de ${name} sur ${SITE_NAME}, le réseau professionnel ouvert.`,
  en: (name) => `${name}'s profile on ${SITE_NAME}, the open professional network.`,
};

export function publicProfileOf(member: MemberEntity, photo: MediaFile | undefined): PublicProfile {
  const visible = (section: ProfileSection) => canSeeSection(ANONYMOUS_READER, member.visibility, section);
  return {
    handle: member.handle,
    firstName: member.firstName,
    lastName: member.lastName,
    headline: visible(PROFILE_SECTIONS.HEADLINE) ? member.headline : null,
    about: visible(PROFILE_SECTIONS.ABOUT) ? member.about : null,
    photoUrl: photo && visible(PROFILE_SECTIONS.PHOTO) ? mediaUrl(photo.publicId, 'large') : null,
  };
}

/** The start of the about text on one line, cut at a word. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= DESCRIPTION_LENGTH) return line;
  const cut = line.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

export const meta = (attribute: 'name' | 'property', key: string, content: string) =>
  `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;

/** The <head> tags of a profile page: title, description, canonical address, Open Graph and Twitter card. */
export function profileHead(profile: PublicProfile, origin: string, locale: Locale): string[] {
  const name = `${profile.firstName} ${profile.lastName}`;
  const title = profileTitle(name, profile.headline);
  const description = profile.about ? excerpt(profile.about) : (profile.headline ?? FALLBACK_DESCRIPTION[locale](name));
  const url = `${origin}/in/${encodeURIComponent(profile.handle)}`;
  return [
    `<title>${escapeHtml(documentTitle(title))}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    meta('property', 'og:type', 'profile'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('property', 'og:site_name', SITE_NAME),
    ...(profile.photoUrl ? [meta('property', 'og:image', new URL(profile.photoUrl, origin).href)] : []),
    meta('property', 'profile:first_name', profile.firstName),
    meta('property', 'profile:last_name', profile.lastName),
    meta('name', 'twitter:card', 'summary'),
  ];
}

/**
 * /in/<handle>: the web app's page with the member's public title and preview tags. A former handle
 * moves permanently to the current one; an unknown handle gets the plain page with 404, and the web app
 * shows its not-found page.
 */
export function registerProfilePages(
  app: FastifyInstance,
  template: PageTemplate,
  { members, media }: ProfilePageServices,
): void {
  app.get<{ Params: { handle: string } }>('/in/:handle', async (request, reply) => {
    const { handle } = request.params;
    const member = await members.findByHandle(handle);
    void reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8');
    if (!member) return reply.code(404).send(template.html);
    if (member.handle !== handle) {
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      return reply.redirect(`/in/${member.handle}${query}`, 301);
    }
    const locale = pickLocale(request.headers['accept-language']);
    const [files] = await media.mediaOf([member.id]);
    const profile = publicProfileOf(member, files?.PHOTO);
    return reply.send(template.withHead(profileHead(profile, requestOrigin(request), locale)));
  });
}
