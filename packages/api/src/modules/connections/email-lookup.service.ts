import { checkEmailList, sortEmailList, type UserErrorDraft } from '@carnet/shared';
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { EmailLookupConfig } from '../../config';
import { rateLimited } from '../../graphql/errors';

export type EmailLookup =
  { ok: true; memberIds: string[]; invalidCount: number } | { ok: false; errors: UserErrorDraft[] };

/**
 * "Find people you know". Only members who let people find them by email answer, compared with their sign-in
 * address (citext: case aside); a member who does not, a member who blocked the viewer or whom the viewer
 * blocked, and an address with no account all give the same nothing. Each member may look up
 * `config.addresses` addresses per window, counted per address so that many small requests cannot scan either.
 */
export class EmailLookupService {
  private readonly limiter: RateLimiterMemory;

  constructor(
    private readonly db: DataSource,
    config: EmailLookupConfig,
  ) {
    this.limiter = new RateLimiterMemory({
      keyPrefix: 'email-lookup',
      points: config.addresses,
      duration: config.windowSeconds,
    });
  }

  /** The members found, in the order of the addresses given; invalid entries are left out and counted. */
  async find(viewerId: string, emails: readonly string[]): Promise<EmailLookup> {
    const errors = checkEmailList(emails);
    if (errors.length) return { ok: false, errors };
    const { valid, invalidCount } = sortEmailList(emails);
    if (!valid.length) return { ok: true, memberIds: [], invalidCount };
    await this.spend(viewerId, valid.length);
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT m.id::text AS id
       FROM unnest($2::citext[]) WITH ORDINALITY AS given(email, position)
       JOIN account a ON a.email = given.email
       JOIN member m ON m.id = a.member_id
       WHERE m.findable_by_email AND m.id <> $1
         AND NOT EXISTS (SELECT 1 FROM member_block b WHERE b.member_id = $1 AND b.blocked_id = m.id)
         AND NOT EXISTS (SELECT 1 FROM member_block b WHERE b.member_id = m.id AND b.blocked_id = $1)
       ORDER BY given.position`,
      [viewerId, valid],
    );
    return { ok: true, memberIds: rows.map((row) => row.id), invalidCount };
  }

  async setFindable(memberId: string, findable: boolean): Promise<void> {
    await this.db.query('UPDATE member SET findable_by_email = $2, updated_at = now() WHERE id = $1', [
      memberId,
      findable,
    ]);
  }

  private async spend(viewerId: string, addresses: number): Promise<void> {
    try {
      await this.limiter.consume(viewerId, addresses);
    } catch (res) {
      throw rateLimited(Math.max(1, Math.ceil(((res as RateLimiterRes).msBeforeNext ?? 1000) / 1000)));
    }
  }
}
