import { randomInt } from 'node:crypto';

const MAX_BASE = 24;

/** "Zoë Le Gall-Bréhat" → "zoe-le-gall-brehat": lowercase ASCII letters, digits and single hyphens. */
export function handleBase(firstName: string, lastName: string): string {
  const slug = `${firstName} ${lastName}`
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_BASE)
    .replace(/^-+|-+$/g, '');
  return slug.length >= 3 ? slug : `membre-${slug}`.replace(/-+$/, '');
}

/** The plain handle first, then a few with a random number, for when the plain one is taken. */
export function handleCandidates(firstName: string, lastName: string): string[] {
  const base = handleBase(firstName, lastName);
  return [base, ...Array.from({ length: 4 }, () => `${base}-${randomInt(1000, 1_000_000)}`)];
}
