import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';
import { checkDuplicates, checkListSize } from './lists';
import { normalizeText, textLength } from './text';
import { checkUrl, normalizeUrl } from './url';

/** What a link on a profile leads to; WEB_CV is an online CV such as DoYouBuzz. */
export const LINK_KINDS = {
  WEB_CV: 'WEB_CV',
  PORTFOLIO: 'PORTFOLIO',
  BLOG: 'BLOG',
  GITHUB: 'GITHUB',
  LINKEDIN: 'LINKEDIN',
  X: 'X',
  MASTODON: 'MASTODON',
  OTHER: 'OTHER',
} as const;
export type LinkKind = (typeof LINK_KINDS)[keyof typeof LINK_KINDS];

export const LINK_LIMITS = { label: 60, perMember: 15 } as const;

export interface LinkFields {
  kind: LinkKind;
  url: string;
  label: string | null;
}

export function normalizeLinks(links: readonly LinkFields[]): LinkFields[] {
  return links.map((link) => {
    const label = normalizeText(link.label ?? '');
    return { kind: link.kind, url: normalizeUrl(link.url), label: label === '' ? null : label };
  });
}

/** A member's ordered links: known kinds, valid addresses each given once, short labels, at most LINK_LIMITS.perMember. */
export function validateLinks(links: readonly LinkFields[]): UserErrorDraft[] {
  const kinds = Object.values(LINK_KINDS) as string[];
  return [
    ...checkListSize('links', links.length, LINK_LIMITS.perMember),
    ...links.flatMap((link, i): UserErrorDraft[] => [
      ...(kinds.includes(link.kind) ? [] : [{ field: `links.${i}.kind`, code: USER_ERROR_CODES.INVALID_CHOICE }]),
      ...checkUrl(`links.${i}.url`, link.url),
      ...(link.label !== null && textLength(link.label) > LINK_LIMITS.label
        ? [{ field: `links.${i}.label`, code: USER_ERROR_CODES.TOO_LONG, params: { max: LINK_LIMITS.label } }]
        : []),
    ]),
    ...checkDuplicates('links.#.url', links, (link) => link.url),
  ];
}
