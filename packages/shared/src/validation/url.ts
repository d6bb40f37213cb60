import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';

export const URL_MAX_LENGTH = 2048;

/** A scheme such as "https:" or "javascript:"; "example.fr:8080" is a host and port, not a scheme. */
const SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;
const WHITESPACE_OR_CONTROL = /[\s\p{Cc}]/u;

/**
 * Trims a web address as typed. People often type "www.example.fr" without a scheme: it gets
 * "https://" in front. Anything with another scheme (javascript:, data:, ftp:) is kept as typed, so
 * that `checkUrl` refuses it rather than turning it into something else; a scheme is lowercased.
 */
export function normalizeUrl(raw: string): string {
  const value = raw.trim();
  if (value === '') return value;
  const scheme = SCHEME.exec(value)?.[0];
  if (scheme) return scheme.toLowerCase() + value.slice(scheme.length);
  return `https://${value.replace(/^\/+/, '')}`;
}

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * A (normalized) address a profile may link to: http or https, a public-looking host (with a dot, so not
 * "localhost"), no "user:password@", no spaces, at most URL_MAX_LENGTH characters.
 */
export function checkUrl(field: string, value: string): UserErrorDraft[] {
  if (!value) return [{ field, code: USER_ERROR_CODES.REQUIRED }];
  if (value.length > URL_MAX_LENGTH)
    return [{ field, code: USER_ERROR_CODES.TOO_LONG, params: { max: URL_MAX_LENGTH } }];
  const url = WHITESPACE_OR_CONTROL.test(value) ? null : parse(value);
  const valid =
    url !== null &&
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.username === '' &&
    url.password === '' &&
    /[^.]\.[^.]+$/.test(url.hostname);
  return valid ? [] : [{ field, code: USER_ERROR_CODES.INVALID_URL }];
}
