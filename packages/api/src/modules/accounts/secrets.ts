import { createHash, randomBytes } from 'node:crypto';

export const SESSION_TOKEN_PREFIX = 'crn_s_';
export const ACCESS_TOKEN_PREFIX = 'crn_pat_';

/** A fresh bearer secret: 256 random bits behind a prefix that says what it is (and lets secret scanners find it). */
export function generateSecret(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}
