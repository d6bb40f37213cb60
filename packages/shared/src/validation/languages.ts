import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';
import { checkDuplicates, checkListSize } from './lists';

/** Every ISO 639-1 language code. */
export const LANGUAGE_CODES = [
  ...['aa', 'ab', 'ae', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be', 'bg', 'bh', 'bi', 'bm'],
  ...['bn', 'bo', 'br', 'bs', 'ca', 'ce', 'ch', 'co', 'cr', 'cs', 'cu', 'cv', 'cy', 'da', 'de', 'dv', 'dz', 'ee'],
  ...['el', 'en', 'eo', 'es', 'et', 'eu', 'fa', 'ff', 'fi', 'fj', 'fo', 'fr', 'fy', 'ga', 'gd', 'gl', 'gn', 'gu'],
  ...['gv', 'ha', 'he', 'hi', 'ho', 'hr', 'ht', 'hu', 'hy', 'hz', 'ia', 'id', 'ie', 'ig', 'ii', 'ik', 'io', 'is'],
  ...['it', 'iu', 'ja', 'jv', 'ka', 'kg', 'ki', 'kj', 'kk', 'kl', 'km', 'kn', 'ko', 'kr', 'ks', 'ku', 'kv', 'kw'],
  ...['ky', 'la', 'lb', 'lg', 'li', 'ln', 'lo', 'lt', 'lu', 'lv', 'mg', 'mh', 'mi', 'mk', 'ml', 'mn', 'mr', 'ms'],
  ...['mt', 'my', 'na', 'nb', 'nd', 'ne', 'ng', 'nl', 'nn', 'no', 'nr', 'nv', 'ny', 'oc', 'oj', 'om', 'or', 'os'],
  ...['pa', 'pi', 'pl', 'ps', 'pt', 'qu', 'rm', 'rn', 'ro', 'ru', 'rw', 'sa', 'sc', 'sd', 'se', 'sg', 'si', 'sk'],
  ...['sl', 'sm', 'sn', 'so', 'sq', 'sr', 'ss', 'st', 'su', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'ti', 'tk', 'tl'],
  ...['tn', 'to', 'tr', 'ts', 'tt', 'tw', 'ty', 'ug', 'uk', 'ur', 'uz', 've', 'vi', 'vo', 'wa', 'wo', 'xh', 'yi'],
  ...['yo', 'za', 'zh', 'zu'],
] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** Levels of the Common European Framework of Reference (CEFR), plus native speakers. */
export const LANGUAGE_PROFICIENCIES = {
  A1: 'A1',
  A2: 'A2',
  B1: 'B1',
  B2: 'B2',
  C1: 'C1',
  C2: 'C2',
  NATIVE: 'NATIVE',
} as const;
export type LanguageProficiency = (typeof LANGUAGE_PROFICIENCIES)[keyof typeof LANGUAGE_PROFICIENCIES];

export const LANGUAGE_LIMITS = { perMember: 20 } as const;

export interface LanguageFields {
  code: string;
  proficiency: LanguageProficiency;
}

const KNOWN = new Set<string>(LANGUAGE_CODES);

export function isLanguageCode(value: string): value is LanguageCode {
  return KNOWN.has(value);
}

/** The language's name in the reader's language ("allemand", "German"); the code when the runtime lacks it. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function normalizeLanguages(entries: readonly LanguageFields[]): LanguageFields[] {
  return entries.map((entry) => ({ code: entry.code.trim().toLowerCase(), proficiency: entry.proficiency }));
}

/** A member's ordered languages: known codes, each once, a known level, at most LANGUAGE_LIMITS.perMember. */
export function validateLanguages(entries: readonly LanguageFields[]): UserErrorDraft[] {
  const levels = Object.values(LANGUAGE_PROFICIENCIES) as string[];
  return [
    ...checkListSize('languages', entries.length, LANGUAGE_LIMITS.perMember),
    ...entries.flatMap((entry, i): UserErrorDraft[] => [
      ...(isLanguageCode(entry.code)
        ? []
        : [{ field: `languages.${i}.code`, code: USER_ERROR_CODES.INVALID_LANGUAGE }]),
      ...(levels.includes(entry.proficiency)
        ? []
        : [{ field: `languages.${i}.proficiency`, code: USER_ERROR_CODES.INVALID_CHOICE }]),
    ]),
    ...checkDuplicates('languages.#.code', entries, (entry) => entry.code),
  ];
}
