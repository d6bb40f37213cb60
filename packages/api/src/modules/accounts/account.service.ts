import {
  checkEmail,
  normalizeEmail,
  normalizeSignUp,
  USER_ERROR_CODES,
  validateSignUp,
  type SignUpFields,
  type UserErrorDraft,
} from '@carnet/shared';
import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../db/errors';
import type { MemberEntity } from '../members/member.entity';
import type { MemberService } from '../members/member.service';
import { AccountEntity } from './account.entity';
import { hashPassword, verifyPassword } from './password';
import type { SessionService } from './session.service';
import type { SignInThrottle } from './sign-in-throttle';

/** Where a request comes from, for throttling and for the session list. */
export interface ClientInfo {
  address: string;
  userAgent: string | null;
}

export type SignedIn = { ok: true; member: MemberEntity; sessionId: string; secret: string };
export type Refused = { ok: false; errors: UserErrorDraft[] };

const EMAIL_TAKEN: UserErrorDraft = { field: 'email', code: USER_ERROR_CODES.EMAIL_TAKEN };
/** Longer inputs are refused before hashing, so that nobody makes the server hash megabytes. */
const MAX_PASSWORD_LENGTH = 1024;

const passwordMatches = async (passwordHash: string | null, password: string) =>
  password.length <= MAX_PASSWORD_LENGTH && (await verifyPassword(passwordHash, password));

export class AccountService {
  constructor(
    private readonly db: DataSource,
    private readonly members: MemberService,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
  ) {}

  /** Creates the member, its account and a first session in one transaction: a refusal leaves nothing behind. */
  async signUp(raw: SignUpFields, client: ClientInfo): Promise<SignedIn | Refused> {
    const input = normalizeSignUp(raw);
    const errors = validateSignUp(input);
    if (errors.length) return { ok: false, errors };
    await this.throttle.beforeSignUp(client.address);
    if (await this.db.getRepository(AccountEntity).existsBy({ email: input.email }))
      return { ok: false, errors: [EMAIL_TAKEN] };
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.db.transaction(async (manager) => {
        const member = await this.members.create(manager, input);
        await manager.getRepository(AccountEntity).insert({ memberId: member.id, email: input.email, passwordHash });
        const { session, secret } = await this.sessions.open(manager, member.id, client.userAgent);
        return { ok: true as const, member, sessionId: session.id, secret };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'account_email_key')) return { ok: false, errors: [EMAIL_TAKEN] };
      throw error;
    }
  }

  async signIn(rawEmail: string, password: string, client: ClientInfo): Promise<SignedIn | Refused> {
    const email = normalizeEmail(rawEmail);
    const invalid: UserErrorDraft[] = checkEmail('email', email);
    if (!password) invalid.push({ field: 'password', code: USER_ERROR_CODES.REQUIRED });
    if (invalid.length) return { ok: false, errors: invalid };
    await this.throttle.beforeSignIn(email, client.address);
    const account = await this.db.getRepository(AccountEntity).findOneBy({ email });
    const valid = await passwordMatches(account?.passwordHash ?? null, password);
    if (!account || !valid) {
      await this.throttle.failedSignIn(email, client.address);
      return { ok: false, errors: [{ field: '', code: USER_ERROR_CODES.INVALID_CREDENTIALS }] };
    }
    await this.throttle.succeededSignIn(email);
    const [member] = await this.members.findByIds([account.memberId]);
    const { session, secret } = await this.sessions.open(this.db.manager, account.memberId, client.userAgent);
    return { ok: true, member: member!, sessionId: session.id, secret };
  }

  /**
   * Whether this is the member's password, for confirming a sensitive change while signed in. Failures
   * count like failed sign-ins for the account's email, so it cannot be used to guess the password.
   */
  async confirmPassword(memberId: string, password: string, client: ClientInfo): Promise<boolean> {
    const account = await this.findAccount(memberId);
    if (!account) return false;
    await this.throttle.beforeSignIn(account.email, client.address);
    const valid = await passwordMatches(account.passwordHash, password);
    if (valid) await this.throttle.succeededSignIn(account.email);
    else await this.throttle.failedSignIn(account.email, client.address);
    return valid;
  }

  findAccount(memberId: string): Promise<AccountEntity | null> {
    return this.db.getRepository(AccountEntity).findOneBy({ memberId });
  }
}
