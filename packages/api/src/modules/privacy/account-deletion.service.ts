import { USER_ERROR_CODES, type UserErrorDraft } from '@carnet/shared';
import type { DataSource } from 'typeorm';
import type { AccountService, ClientInfo, Refused } from '../accounts/account.service';

/**
 * Leaving Carnet for good: the member, their account (sign-in email, password hash), every session and
 * token, their handle reservations and everything else of theirs go in ONE transaction, by deleting the
 * member row. Every table keyed by a member must say `REFERENCES member (id) ON DELETE CASCADE` (a test
 * scans the whole database after a deletion and fails on any trace left).
 *
 * The rule for what a member wrote:
 * - content only about them (profile, CV entries, skills, their own media, their connections, invitations,
 *   profile views) is erased with them: ON DELETE CASCADE;
 * - content that other people's conversations depend on (messages, group posts, comments, recommendations
 *   they wrote for someone) stays, attributed to "Former member" with no link to them: its author column
 *   is nullable and declared `ON DELETE SET NULL`, the API shows a null author as "Former member", and
 *   nothing else in the row may name them (no copied name, handle or email).
 * Until such modules exist, everything of the member is erased. The handle is released at once: nobody
 * keeps it reserved, and another member may take it.
 */
export class AccountDeletionService {
  constructor(
    private readonly db: DataSource,
    private readonly accounts: AccountService,
  ) {}

  async deleteAccount(memberId: string, password: string, client: ClientInfo): Promise<{ ok: true } | Refused> {
    if (!password) return refused({ field: 'password', code: USER_ERROR_CODES.REQUIRED });
    if (!(await this.accounts.confirmPassword(memberId, password, client))) {
      return refused({ field: 'password', code: USER_ERROR_CODES.INVALID_CREDENTIALS });
    }
    await this.db.transaction(async (manager) => {
      await manager.query('DELETE FROM member WHERE id = $1', [memberId]);
    });
    return { ok: true };
  }
}

function refused(error: UserErrorDraft): Refused {
  return { ok: false, errors: [error] };
}
