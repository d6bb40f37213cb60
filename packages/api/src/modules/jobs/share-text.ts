import { JOB_LIMITS, type ContractType, type Locale } from '@carnet/shared';

/** X shortens every link to t.co: whatever its length, a link counts as this many characters. */
export const SHARED_URL_WEIGHT = 23;

/**
 * What X takes for a link: an address with a scheme, or a bare domain such as "carnet.fr". Counting a few
 * look-alikes as links too only makes the text shorter than needed, never too long.
 */
const LINK = /https?:\/\/\S+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}(?:\/\S*)?/giu;

/** X's weights: Latin, Greek, Cyrillic, Hebrew, Arabic… and common punctuation count 1; the rest (CJK, emoji) 2. */
const LIGHT_RANGES: [number, number][] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

function characterWeight(codePoint: number): number {
  return LIGHT_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to) ? 1 : 2;
}

function plainWeight(text: string): number {
  let weight = 0;
  for (const char of text) weight += characterWeight(char.codePointAt(0)!);
  return weight;
}

/** The length X counts for a post: weighted characters, each link as SHARED_URL_WEIGHT. */
export function postLength(text: string): number {
  const normalized = text.normalize('NFC');
  const links = normalized.match(LINK) ?? [];
  return plainWeight(normalized.replace(LINK, '')) + links.length * SHARED_URL_WEIGHT;
}

const ELLIPSIS = '…';

/** The start of the text within `budget` (weighted), ending with an ellipsis (which X counts 2). */
function cut(text: string, budget: number): string {
  let kept = '';
  let weight = plainWeight(ELLIPSIS);
  for (const char of text) {
    weight += characterWeight(char.codePointAt(0)!);
    if (weight > budget) break;
    kept += char;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

const CONTRACT_NAMES: Record<Locale, Record<ContractType, string>> = {
  fr: {
    CDI: 'CDI',
    CDD: 'CDD',
    STAGE: 'Stage',
    ALTERNANCE: 'Alternance',
    FREELANCE: 'Freelance',
    INTERIM: 'Intérim',
    TEMPS_PARTIEL: 'Temps partiel',
  },
  en: {
    CDI: 'Permanent',
    CDD: 'Fixed-term',
    STAGE: 'Internship',
    ALTERNANCE: 'Work-study',
    FREELANCE: 'Freelance',
    INTERIM: 'Temporary',
    TEMPS_PARTIEL: 'Part-time',
  },
};

const MONTHS: Record<Locale, (months: number) => string> = {
  fr: (months) => `${months} mois`,
  en: (months) => `${months} month${months > 1 ? 's' : ''}`,
};

interface ShareParts {
  title: string;
  company: string;
  place: string | null;
}

/** Each part keeps this much before the next one is shortened; past that, all are shortened as far as needed. */
const SHORTENING_FLOORS: Record<keyof ShareParts, number>[] = [
  { title: 40, company: 30, place: 20 },
  { title: 0, company: 0, place: 0 },
];

const TEMPLATES: Record<Locale, (parts: ShareParts, contract: string, url: string) => string> = {
  fr: ({ title, company, place }, contract, url) =>
    `Offre d’emploi : ${title} chez ${company} (${place ? `${place}, ` : ''}${contract}) ${url}`,
  en: ({ title, company, place }, contract, url) =>
    `Job: ${title} at ${company} (${place ? `${place}, ` : ''}${contract}) ${url}`,
};

export interface SharedPosting {
  title: string;
  companyName: string;
  city: string | null;
  contractType: ContractType;
  contractMonths: number | null;
}

/**
 * A post announcing the job on X or elsewhere: title, company, city and contract, then the link, within
 * JOB_LIMITS.shareText as X counts. When too long, the title is shortened first, then the company, then the city,
 * each down to a readable length at first, and further only when that is not enough.
 */
export function buildShareText(posting: SharedPosting, url: string, locale: Locale): string {
  const months = posting.contractMonths ? ` ${MONTHS[locale](posting.contractMonths)}` : '';
  const contract = `${CONTRACT_NAMES[locale][posting.contractType]}${months}`;
  const parts: ShareParts = { title: posting.title, company: posting.companyName, place: posting.city };
  const render = () => TEMPLATES[locale](parts, contract, url);
  for (const floors of SHORTENING_FLOORS) {
    for (const key of ['title', 'company', 'place'] as const) {
      for (let overflow = postLength(render()) - JOB_LIMITS.shareText; overflow > 0 && parts[key];) {
        const weight = plainWeight(parts[key]);
        if (weight <= floors[key]) break;
        const shorter = cut(parts[key], Math.max(weight - overflow, floors[key]));
        parts[key] = shorter === ELLIPSIS ? '' : shorter;
        overflow = postLength(render()) - JOB_LIMITS.shareText;
      }
    }
  }
  return render();
}
