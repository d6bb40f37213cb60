import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { ConnectionArgs } from '../../graphql/relay';
import { paginate } from '../../graphql/relay';
import { generateSecret, hashSecret, SESSION_TOKEN_PREFIX } from './secrets';
import { MemberEntity } from '../members/member.entity';
import { SessionEntity } from './session.entity';

const DAY_MS = 86_400_000;
/** last_used_at is written at most this often, so that reading does not mean writing on every request. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

export class SessionService {
  constructor(
    private readonly db: DataSource,
    private readonly ttlDays: number,
  ) {}

  /** Opens a session and returns its secret, which only the client keeps (in a cookie or as a bearer token). */
  async open(
    manager: EntityManager,
    memberId: string,
    userAgent: string | null,
  ): Promise<{ session: SessionEntity; secret: string }> {
    const secret = generateSecret(SESSION_TOKEN_PREFIX);
    const session = await manager.getRepository(SessionEntity).save(
      manager.create(SessionEntity, {
        memberId,
        tokenHash: hashSecret(secret),
        userAgent: userAgent?.slice(0, 512) ?? null,
        expiresAt: new Date(Date.now() + this.ttlDays * DAY_MS),
      }),
    );
    return { session, secret };
  }

  /**
   * The live session a secret belongs to, with its member's row (read in the same statement: nearly every request
   * shows the viewer); it slides its expiry forward while it is used.
   */
  async authenticate(secret: string): Promise<SessionEntity | null> {
    const repository = this.db.getRepository(SessionEntity);
    const session = await repository
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.member', MemberEntity, 'm', 'm.id = s.member_id')
      .where('s.token_hash = :tokenHash AND s.revoked_at IS NULL', { tokenHash: hashSecret(secret) })
      .getOne();
    const now = Date.now();
    if (!session || session.expiresAt.getTime() <= now) return null;
    if (now - session.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      session.lastUsedAt = new Date(now);
      session.expiresAt = new Date(now + this.ttlDays * DAY_MS);
      await repository.update({ id: session.id }, { lastUsedAt: session.lastUsedAt, expiresAt: session.expiresAt });
    }
    return session;
  }

  /** Ends one of the member's sessions; false when the member has no such live session. */
  async revoke(memberId: string, sessionId: string): Promise<boolean> {
    const result = await this.db
      .getRepository(SessionEntity)
      .update({ id: sessionId, memberId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  async revokeAll(memberId: string): Promise<void> {
    await this.db.getRepository(SessionEntity).update({ memberId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async findOwnedLive(memberId: string, ids: readonly string[]): Promise<SessionEntity[]> {
    return this.db
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.member_id = :memberId AND s.id = ANY(:ids) AND s.revoked_at IS NULL AND s.expires_at > now()', {
        memberId,
        ids,
      })
      .getMany();
  }

  listLive(memberId: string, args: ConnectionArgs) {
    const query = this.db
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.member_id = :memberId AND s.revoked_at IS NULL AND s.expires_at > now()', { memberId });
    return paginate(
      query,
      { columns: ['s.created_at', 's.id'], keyOf: (s) => [s.createdAt.toISOString(), s.id], descending: true },
      args,
    );
  }
}
