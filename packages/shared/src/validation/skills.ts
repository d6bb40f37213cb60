import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';
import { textLength } from './text';

export const SKILL_LIMITS = { name: 80, perMember: 50, highlighted: 3 } as const;

/** Invisible characters that make two identical-looking names differ: zero-width spaces and joiners, BOM, soft hyphen. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;

/** How a skill is written for display: compatibility-normalized, invisible characters removed, spaces folded. */
export function cleanSkillName(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** The catalogue key: "Développement  Web" and "developpement web" are one skill. */
export function skillKey(raw: string): string {
  return cleanSkillName(raw)
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

/** A member's ordered skills: cleaned, duplicates (by key) kept once, each one checked. */
export function normalizeSkills(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  return raw.map(cleanSkillName).filter((name) => {
    const key = skillKey(name);
    if (!name || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function validateSkills(names: readonly string[]): UserErrorDraft[] {
  if (names.length > SKILL_LIMITS.perMember) {
    return [{ field: 'names', code: USER_ERROR_CODES.LIMIT_REACHED, params: { max: SKILL_LIMITS.perMember } }];
  }
  const tooLong = names.find((name) => textLength(name) > SKILL_LIMITS.name);
  if (tooLong) return [{ field: 'names', code: USER_ERROR_CODES.TOO_LONG, params: { max: SKILL_LIMITS.name } }];
  const meaningless = names.find((name) => !/[\p{L}\p{N}]/u.test(name));
  if (meaningless) return [{ field: 'names', code: USER_ERROR_CODES.INVALID_SKILL, params: { value: meaningless } }];
  return [];
}
