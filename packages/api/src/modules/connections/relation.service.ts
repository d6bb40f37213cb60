import { USER_ERROR_CODES, type UserErrorDraft } from '@carnet/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { paginate, type ConnectionArgs, type Page } from '../../graphql/relay';
import type { MemberService } from '../members/member.service';
import { BlockEntity } from './connection.entity';
import type { ConnectionService } from './connection.service';
import { lockPair } from './graph.locks';

/** Done, a userError, or a member that does not exist (a top-level NOT_FOUND). */
export type RelationResult =
  { ok: true } | { ok: false; errors: UserErrorDraft[] } | { ok: false; refused: 'NOT_FOUND' };

/** What the viewer did about a member, and whether that member blocked the viewer. */
export interface RelationStanding {
  blocked: boolean;
  blockedBy: boolean;
  following: boolean;
}

const fail = (code: UserErrorDraft['code']): RelationResult => ({ ok: false, errors: [{ field: 'memberId', code }] });

/** Blocks and follows: one-way relations, each row keyed by the member who acts. */
export class RelationService {
  constructor(
    private readonly db: DataSource,
    private readonly members: MemberService,
    private readonly connections: ConnectionService,
  ) {}

  /**
   * Blocks a member. In one transaction, under the pair's lock: the block, the end of their connection, of the
   * pending invitations between them and of following each other.
   */
  block(viewerId: string, memberId: string): Promise<RelationResult> {
    return this.change(viewerId, memberId, USER_ERROR_CODES.CANNOT_BLOCK_SELF, async (manager) => {
      const added = await manager.query<unknown[]>(
        `INSERT INTO member_block (member_id, blocked_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
        [viewerId, memberId],
      );
      if (!added.length) return fail(USER_ERROR_CODES.ALREADY_BLOCKED);
      await this.connections.remove(viewerId, memberId, manager);
      await manager.query(
        `DELETE FROM invitation WHERE state = 'PENDING'
           AND (sender_id, recipient_id) IN (($1::bigint, $2::bigint), ($2::bigint, $1::bigint))`,
        [viewerId, memberId],
      );
      await manager.query(
        `DELETE FROM follow WHERE (member_id, followed_id) IN (($1::bigint, $2::bigint), ($2::bigint, $1::bigint))`,
        [viewerId, memberId],
      );
      return { ok: true };
    });
  }

  /** Lifts the viewer's block; what it ended stays ended. */
  async unblock(viewerId: string, memberId: string): Promise<RelationResult> {
    const [, removed] = await this.db.query<[unknown, number]>(
      'DELETE FROM member_block WHERE member_id = $1 AND blocked_id = $2',
      [viewerId, memberId],
    );
    return removed ? { ok: true } : fail(USER_ERROR_CODES.NOT_BLOCKED);
  }

  /** Follows a member, which neither of them may have blocked. */
  follow(viewerId: string, memberId: string): Promise<RelationResult> {
    return this.change(viewerId, memberId, USER_ERROR_CODES.CANNOT_FOLLOW_SELF, async (manager) => {
      const block = await this.connections.blockError(manager, viewerId, memberId);
      if (block) return { ok: false, errors: [block] };
      const added = await manager.query<unknown[]>(
        `INSERT INTO follow (member_id, followed_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
        [viewerId, memberId],
      );
      return added.length ? { ok: true } : fail(USER_ERROR_CODES.ALREADY_FOLLOWING);
    });
  }

  async unfollow(viewerId: string, memberId: string): Promise<RelationResult> {
    const [, removed] = await this.db.query<[unknown, number]>(
      'DELETE FROM follow WHERE member_id = $1 AND followed_id = $2',
      [viewerId, memberId],
    );
    return removed ? { ok: true } : fail(USER_ERROR_CODES.NOT_FOLLOWING);
  }

  /** The members the viewer blocked, the most recent first. */
  blockedPage(viewerId: string, args: ConnectionArgs): Promise<Page<BlockEntity>> {
    const query = this.db
      .getRepository(BlockEntity)
      .createQueryBuilder('b')
      .where('b.member_id = :viewerId', { viewerId });
    return paginate(
      query,
      {
        columns: ['b.created_at', 'b.blocked_id'],
        keyOf: (b) => [b.createdAt.toISOString(), b.blockedId],
        descending: true,
      },
      args,
    );
  }

  /** Blocks either way and the viewer's follows, for each member; one statement per batch. */
  async standings(viewerId: string, memberIds: readonly string[]): Promise<RelationStanding[]> {
    const rows = await this.db.query<({ id: string } & RelationStanding)[]>(
      `SELECT t.id::text AS id,
         EXISTS (SELECT FROM member_block b WHERE b.member_id = $1 AND b.blocked_id = t.id) AS blocked,
         EXISTS (SELECT FROM member_block b WHERE b.member_id = t.id AND b.blocked_id = $1) AS "blockedBy",
         EXISTS (SELECT FROM follow f WHERE f.member_id = $1 AND f.followed_id = t.id) AS following
       FROM unnest($2::bigint[]) AS t(id)`,
      [viewerId, memberIds],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return memberIds.map((id) => byId.get(id)!);
  }

  /** How many members follow each member. */
  followerCounts(memberIds: readonly string[]): Promise<number[]> {
    return this.countsBy('followed_id', memberIds);
  }

  /** How many members each member follows. */
  followingCounts(memberIds: readonly string[]): Promise<number[]> {
    return this.countsBy('member_id', memberIds);
  }

  private async countsBy(column: 'member_id' | 'followed_id', memberIds: readonly string[]): Promise<number[]> {
    const rows = await this.db.query<{ id: string; count: number }[]>(
      `SELECT ${column}::text AS id, count(*)::int AS count FROM follow
       WHERE ${column} = ANY($1::bigint[]) GROUP BY ${column}`,
      [memberIds],
    );
    const byId = new Map(rows.map((row) => [row.id, row.count]));
    return memberIds.map((id) => byId.get(id) ?? 0);
  }

  /** Runs a change between the viewer and another existing member in one transaction under the pair's lock. */
  private async change(
    viewerId: string,
    memberId: string,
    selfCode: UserErrorDraft['code'],
    act: (manager: EntityManager) => Promise<RelationResult>,
  ): Promise<RelationResult> {
    if (viewerId === memberId) return fail(selfCode);
    const [member] = await this.members.findByIds([memberId]);
    if (!member) return { ok: false, refused: 'NOT_FOUND' };
    return this.db.transaction(async (manager) => {
      await lockPair(manager, viewerId, memberId);
      return act(manager);
    });
  }
}
