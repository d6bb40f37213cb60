import {
  isScope,
  LIMITS,
  normalizeText,
  checkRequiredText,
  TOKEN_EXPIRY_DAYS,
  USER_ERROR_CODES,
  type Scope,
  type UserErrorDraft,
} from '@carnet/shared';
import { IsNull, type DataSource } from 'typeorm';
import { paginate, type ConnectionArgs } from '../../graphql/relay';
import { AccessTokenEntity } from './access-token.entity';
import { ACCESS_TOKEN_PREFIX, generateSecret, hashSecret } from './secrets';

const DAY_MS = 86_400_000;
const TOUCH_INTERVAL_MS = 60_000;
const SHOWN_PREFIX_LENGTH = ACCESS_TOKEN_PREFIX.length + 4;

export interface NewAccessToken {
  name: string;
  scopes: string[];
  expiresInDays: number | null;
}

export type CreateAccessTokenResult =
  { ok: true; token: AccessTokenEntity; secret: string } | { ok: false; errors: UserErrorDraft[] };

export class AccessTokenService {
  constructor(private readonly db: DataSource) {}

  private validate(input: NewAccessToken, name: string): UserErrorDraft[] {
    const errors = checkRequiredText('name', name, LIMITS.tokenName);
    const unknown = input.scopes.find((scope) => !isScope(scope));
    if (input.scopes.length === 0) errors.push({ field: 'scopes', code: USER_ERROR_CODES.REQUIRED });
    else if (unknown)
      errors.push({ field: 'scopes', code: USER_ERROR_CODES.INVALID_SCOPE, params: { value: unknown } });
    if (input.expiresInDays != null && !(TOKEN_EXPIRY_DAYS as readonly number[]).includes(input.expiresInDays)) {
      errors.push({ field: 'expiresInDays', code: USER_ERROR_CODES.INVALID_CHOICE });
    }
    return errors;
  }

  async create(memberId: string, input: NewAccessToken): Promise<CreateAccessTokenResult> {
    const name = normalizeText(input.name);
    const errors = this.validate(input, name);
    if (errors.length) return { ok: false, errors };
    return this.db.transaction(async (manager) => {
      const repository = manager.getRepository(AccessTokenEntity);
      // Serialises token creation per member so that two concurrent requests cannot both pass the limit.
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`access-token:${memberId}`]);
      const live = await repository.countBy({ memberId, revokedAt: IsNull() });
      if (live >= LIMITS.tokensPerMember) {
        return {
          ok: false as const,
          errors: [{ field: 'name', code: USER_ERROR_CODES.LIMIT_REACHED, params: { max: LIMITS.tokensPerMember } }],
        };
      }
      const secret = generateSecret(ACCESS_TOKEN_PREFIX);
      const token = await repository.save(
        repository.create({
          memberId,
          name,
          scopes: [...new Set(input.scopes as Scope[])],
          tokenHash: hashSecret(secret),
          tokenPrefix: secret.slice(0, SHOWN_PREFIX_LENGTH),
          expiresAt: input.expiresInDays == null ? null : new Date(Date.now() + input.expiresInDays * DAY_MS),
        }),
      );
      return { ok: true as const, token, secret };
    });
  }

  /** The live token a secret belongs to, or null when it is unknown, revoked or expired. */
  async authenticate(secret: string): Promise<AccessTokenEntity | null> {
    const repository = this.db.getRepository(AccessTokenEntity);
    const token = await repository.findOneBy({ tokenHash: hashSecret(secret), revokedAt: IsNull() });
    const now = Date.now();
    if (!token || (token.expiresAt && token.expiresAt.getTime() <= now)) return null;
    if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      token.lastUsedAt = new Date(now);
      await repository.update({ id: token.id }, { lastUsedAt: token.lastUsedAt });
    }
    return token;
  }

  async findOwnedLive(memberId: string, ids: readonly string[]): Promise<AccessTokenEntity[]> {
    return this.db
      .getRepository(AccessTokenEntity)
      .createQueryBuilder('t')
      .where('t.member_id = :memberId AND t.id = ANY(:ids) AND t.revoked_at IS NULL', { memberId, ids })
      .getMany();
  }

  /** Revokes one of the member's tokens; false when the member has no such live token. */
  async revoke(memberId: string, tokenId: string): Promise<boolean> {
    const result = await this.db
      .getRepository(AccessTokenEntity)
      .update({ id: tokenId, memberId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  listLive(memberId: string, args: ConnectionArgs) {
    const query = this.db
      .getRepository(AccessTokenEntity)
      .createQueryBuilder('t')
      .where('t.member_id = :memberId AND t.revoked_at IS NULL', { memberId });
    return paginate(
      query,
      { columns: ['t.created_at', 't.id'], keyOf: (t) => [t.createdAt.toISOString(), t.id], descending: true },
      args,
    );
  }
}
