import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';

export const HANDLE_LENGTH = { min: 3, max: 30 } as const;

/** Lowercase letters, digits and single hyphens, starting and ending with a letter or digit. */
const HANDLE_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Words that name pages, brands or roles, which a member's URL must not imitate. */
export const RESERVED_HANDLES: ReadonlySet<string> = new Set([
  'about',
  'admin',
  'administrator',
  'api',
  'app',
  'assets',
  'auth',
  'blog',
  'careers',
  'carnet',
  'companies',
  'company',
  'contact',
  'dev',
  'developer',
  'developers',
  'docs',
  'embed',
  'feed',
  'feeds',
  'graphiql',
  'graphql',
  'groups',
  'health',
  'help',
  'home',
  'hub',
  'hubs',
  'in',
  'jobs',
  'legal',
  'login',
  'logout',
  'me',
  'messages',
  'moderator',
  'network',
  'notifications',
  'official',
  'privacy',
  'recruiter',
  'root',
  'search',
  'security',
  'settings',
  'signin',
  'signout',
  'signup',
  'staff',
  'status',
  'support',
  'system',
  'terms',
  'www',
]);

export function normalizeHandle(raw: string): string {
  return raw.trim().toLowerCase();
}

/** Format and reserved words; whether the handle is free is the database's answer. */
export function checkHandle(field: string, handle: string): UserErrorDraft[] {
  if (!handle) return [{ field, code: USER_ERROR_CODES.REQUIRED }];
  if (handle.length < HANDLE_LENGTH.min)
    return [{ field, code: USER_ERROR_CODES.TOO_SHORT, params: { min: HANDLE_LENGTH.min } }];
  if (handle.length > HANDLE_LENGTH.max)
    return [{ field, code: USER_ERROR_CODES.TOO_LONG, params: { max: HANDLE_LENGTH.max } }];
  if (!HANDLE_FORMAT.test(handle)) return [{ field, code: USER_ERROR_CODES.INVALID_HANDLE }];
  if (RESERVED_HANDLES.has(handle)) return [{ field, code: USER_ERROR_CODES.HANDLE_RESERVED }];
  return [];
}
