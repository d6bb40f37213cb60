import type { ExportSection } from '../privacy/export.registry';

/** The sign-in email and dates; never the password hash. */
export const accountExport: ExportSection = {
  name: 'account',
  tables: ['account'],
  collect: (manager, memberId) =>
    manager.query(`SELECT email, created_at AS "createdAt" FROM account WHERE member_id = $1`, [memberId]),
};

/** Every session, ended ones included, by device; never the secret's hash. */
export const sessionsExport: ExportSection = {
  name: 'sessions',
  tables: ['session'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT user_agent AS "userAgent", created_at AS "createdAt", last_used_at AS "lastUsedAt",
              expires_at AS "expiresAt", revoked_at AS "revokedAt"
       FROM session WHERE member_id = $1 ORDER BY created_at, id`,
      [memberId],
    ),
};

/** Every personal access token by name and shown prefix; never the secret's hash. */
export const accessTokensExport: ExportSection = {
  name: 'accessTokens',
  tables: ['access_token'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT name, token_prefix AS prefix, scopes, created_at AS "createdAt", last_used_at AS "lastUsedAt",
              expires_at AS "expiresAt", revoked_at AS "revokedAt"
       FROM access_token WHERE member_id = $1 ORDER BY created_at, id`,
      [memberId],
    ),
};
