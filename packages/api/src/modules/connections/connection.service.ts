import { DEGREES, USER_ERROR_CODES, type Degree, type UserErrorDraft } from '@carnet/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { NetworkConfig } from '../../config';
import { keysetWindow, pageOfRows, type ConnectionArgs, type Page } from '../../graphql/relay';
import { groupByMember } from '../../db/rows';
import {
  degreesSql,
  IS_MUTUAL_SQL,
  limitBucket,
  mutualsSql,
  shortestPathsSql,
  type MemberShape,
  type StatementShape,
} from './graph.queries';

export interface ConnectionRow {
  memberId: string;
  peerId: string;
  createdAt: Date;
}

export type ConnectionPage = Omit<Page<ConnectionRow>, 'count'>;

/** The mutual connections of the viewer and a member: how many, and the first few member ids. */
export interface Mutuals {
  count: number;
  firstIds: string[];
}

export const NO_MUTUALS: Mutuals = { count: 0, firstIds: [] };

/**
 * How degrees, mutuals and paths are found (measured with `pnpm bench graph`):
 * - a batch of at least `fromBatch` members for a viewer with at most `viewerLimit` connections (paths:
 *   `pathViewerLimit`) gathers, once, the neighbours of the viewer's neighbours that have at most `lightLimit`
 *   connections, and probes the heavier ones (hubs) per member;
 * - otherwise, while the larger list has at most `meetLimit` connections, the two ends meet in the middle: that
 *   list is hashed once, and the other side's lists are read and looked up in it, unless one is `scanRatio`
 *   times longer, when it is probed by primary key instead;
 * - beyond, each member is probed from its smaller side.
 * A single member is never gathered for.
 */
export interface DegreeStrategy {
  fromBatch: number;
  viewerLimit: number;
  meetLimit: number;
  pathViewerLimit: number;
  lightLimit: number;
  scanRatio: number;
}

export const DEGREE_STRATEGY: DegreeStrategy = {
  fromBatch: 20,
  viewerLimit: 300,
  meetLimit: 2000,
  pathViewerLimit: 300,
  lightLimit: 300,
  scanRatio: 20,
};

export type Removal = { ok: true } | { ok: false; errors: UserErrorDraft[] };

/** The connection graph: two directed rows per connection, every query keyed by a member. */
export class ConnectionService {
  constructor(
    private readonly db: DataSource,
    private readonly config: NetworkConfig,
    private readonly strategy = DEGREE_STRATEGY,
  ) {}

  /** SELF, FIRST, SECOND, THIRD or OUT_OF_NETWORK for each member, in the order asked; one statement per batch. */
  async degrees(viewerId: string | null, memberIds: readonly string[]): Promise<Degree[]> {
    if (viewerId === null) return memberIds.map(() => DEGREES.OUT_OF_NETWORK);
    if (memberIds.every((id) => id === viewerId)) return memberIds.map(() => DEGREES.SELF);
    const [shape, members] = shaped(memberIds);
    const rows = await this.db.query<{ id: string; degree: Degree }[]>(degreesSql(this.statementShape(shape)), [
      viewerId,
      members,
      ...this.gathering(shape, memberIds, this.strategy.viewerLimit),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row.degree]));
    return memberIds.map((id) => byId.get(id) ?? DEGREES.OUT_OF_NETWORK);
  }

  /**
   * How many mutual connections the viewer has with each member, counting only those that count (see
   * graph.queries), and the first `limit` of them by id; one statement for all of them.
   */
  async mutualsOf(viewerId: string, memberIds: readonly string[], limit: number): Promise<Mutuals[]> {
    const [shape, members] = shaped(memberIds);
    const rows = await this.db.query<({ id: string } & Mutuals)[]>(mutualsSql(this.statementShape(shape, limit)), [
      viewerId,
      members,
    ]);
    const byId = new Map(rows.map(({ id, count, firstIds }) => [id, { count, firstIds: firstIds.slice(0, limit) }]));
    return memberIds.map((id) => byId.get(id) ?? NO_MUTUALS);
  }

  /** $3 and $4 of a batch's statement, whether and how it gathers (see DegreeStrategy); none for one member. */
  private gathering(shape: MemberShape, memberIds: readonly string[], viewerLimit: number): number[] {
    if (shape === 'one') return [];
    const gathers = memberIds.length >= this.strategy.fromBatch;
    return [gathers ? viewerLimit : -1, this.strategy.lightLimit];
  }

  private statementShape(members: MemberShape, limit?: number): StatementShape {
    const { scanRatio, meetLimit } = this.strategy;
    return { members, limit: limit === undefined ? undefined : limitBucket(limit), scanRatio, meetLimit };
  }

  /** Whether an intermediary is a mutual connection of the viewer and a member, as mutualsOf counts them. */
  async isMutualConnection(
    viewerId: string,
    memberId: string,
    intermediaryId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const [row] = await manager.query<[{ mutual: boolean }]>(IS_MUTUAL_SQL, [viewerId, memberId, intermediaryId]);
    return row.mutual;
  }

  /**
   * Up to `limit` shortest chains of at most 3 hops from the viewer to a member, each the ids of the members in
   * between: [[]] when connected, [[b], …] through mutual connections, [[b, x], …] at the 3rd degree, [] beyond.
   */
  async shortestPaths(viewerId: string, memberId: string, limit: number): Promise<string[][]> {
    const [paths] = await this.shortestPathsOf(viewerId, [memberId], limit);
    return paths!;
  }

  /** shortestPaths for several members in one statement. */
  async shortestPathsOf(viewerId: string, memberIds: readonly string[], limit: number): Promise<string[][][]> {
    const [shape, members] = shaped(memberIds);
    const rows = await this.db.query<{ memberId: string; ids: string[] }[]>(
      shortestPathsSql(this.statementShape(shape, limit)),
      [viewerId, members, ...this.gathering(shape, memberIds, this.strategy.pathViewerLimit)],
    );
    return groupByMember(rows, memberIds).map((own) =>
      own
        .map((row) => row.ids)
        .sort(comparePaths)
        .slice(0, limit),
    );
  }

  /**
   * Whether the viewer and each member have blocked one another, either way: such members never see each
   * other in search results or suggestions. One statement per batch; other modules call it to filter lists.
   */
  async blockedBetween(viewerId: string, memberIds: readonly string[]): Promise<boolean[]> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT t.id::text AS id FROM unnest($2::bigint[]) AS t(id)
       WHERE EXISTS (SELECT FROM member_block b WHERE b.member_id = $1 AND b.blocked_id = t.id)
          OR EXISTS (SELECT FROM member_block b WHERE b.member_id = t.id AND b.blocked_id = $1)`,
      [viewerId, memberIds],
    );
    const blocked = new Set(rows.map((row) => row.id));
    return memberIds.map((id) => blocked.has(id));
  }

  /**
   * One page of connections for each member, the most recent first, keyset-paginated on (created_at, peer_id):
   * one statement for all of them, each member's page an index range scan.
   */
  async pages(memberIds: readonly string[], args: ConnectionArgs): Promise<ConnectionPage[]> {
    const window = keysetWindow(args, 2);
    const [order, comparison] = window.backwards ? ['ASC', '>'] : ['DESC', '<'];
    const [cursorAt = null, cursorPeer = null] = window.cursor ?? [];
    const rows = await this.db.query<ConnectionRow[]>(
      `SELECT m.id::text AS "memberId", c.peer_id::text AS "peerId", c.created_at AS "createdAt"
       FROM unnest($1::bigint[]) AS m(id)
       CROSS JOIN LATERAL (
         SELECT peer_id, created_at FROM connection
         WHERE member_id = m.id AND ($2::timestamptz IS NULL OR (created_at, peer_id) ${comparison} ($2, $3::bigint))
         ORDER BY created_at ${order}, peer_id ${order}
         LIMIT $4) c`,
      [memberIds, cursorAt, cursorPeer, window.size + 1],
    );
    return groupByMember(rows, memberIds).map((own) =>
      pageOfRows(own, window, (row) => [row.createdAt.toISOString(), row.peerId]),
    );
  }

  /** How many connections each member has. */
  async counts(memberIds: readonly string[]): Promise<number[]> {
    const rows = await this.db.query<{ memberId: string; count: number }[]>(
      `SELECT member_id::text AS "memberId", count(*)::int AS count FROM connection
       WHERE member_id = ANY($1::bigint[]) GROUP BY member_id`,
      [memberIds],
    );
    const byMember = new Map(rows.map((row) => [row.memberId, row.count]));
    return memberIds.map((id) => byMember.get(id) ?? 0);
  }

  /** Removes both rows of a connection at once (inside the caller's transaction when given one). */
  async remove(memberId: string, peerId: string, manager: EntityManager = this.db.manager): Promise<Removal> {
    const [, removed] = await manager.query<[unknown, number]>(
      'DELETE FROM connection WHERE (member_id, peer_id) IN (($1::bigint, $2::bigint), ($2::bigint, $1::bigint))',
      [memberId, peerId],
    );
    if (removed === 0) return { ok: false, errors: [{ field: 'memberId', code: USER_ERROR_CODES.NOT_CONNECTED }] };
    return { ok: true };
  }

  /**
   * What stops the viewer from inviting or following a member because of a block, as a userError: their own
   * block names itself; the member's block does not say whose it is.
   */
  async blockError(manager: EntityManager, viewerId: string, memberId: string): Promise<UserErrorDraft | null> {
    const [row] = await manager.query<{ mine: boolean }[]>(
      `SELECT member_id = $1 AS mine FROM member_block
       WHERE (member_id, blocked_id) IN (($1::bigint, $2::bigint), ($2::bigint, $1::bigint))
       ORDER BY mine DESC LIMIT 1`,
      [viewerId, memberId],
    );
    if (!row) return null;
    const code = row.mine ? USER_ERROR_CODES.MEMBER_BLOCKED : USER_ERROR_CODES.MEMBER_UNAVAILABLE;
    return { field: 'memberId', code };
  }

  async connected(manager: EntityManager, memberId: string, peerId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>('SELECT 1 FROM connection WHERE member_id = $1 AND peer_id = $2', [
      memberId,
      peerId,
    ]);
    return rows.length > 0;
  }

  /**
   * Connects two members inside the caller's transaction: both rows or none. A row already there (a
   * race the caller lost) is left as it is, so there is never a duplicate nor half a connection.
   */
  async connect(manager: EntityManager, memberId: string, peerId: string): Promise<void> {
    await manager.query(
      `INSERT INTO connection (member_id, peer_id) VALUES ($1, $2), ($2, $1) ON CONFLICT DO NOTHING`,
      [memberId, peerId],
    );
  }

  /** The first of these members who has no room left for one more connection, if any. */
  async atCapacity(manager: EntityManager, memberIds: string[]): Promise<string | null> {
    const max = this.config.maxConnections;
    // Counting stops at the cap: a full member costs at most `max` index entries, never more.
    const rows = await manager.query<{ id: string }[]>(
      `SELECT m.id::text AS id FROM unnest($1::bigint[]) WITH ORDINALITY AS m(id, position)
       WHERE (SELECT count(*) FROM (SELECT 1 FROM connection WHERE member_id = m.id LIMIT $2) AS c) >= $2
       ORDER BY m.position LIMIT 1`,
      [memberIds, max],
    );
    return rows[0]?.id ?? null;
  }

  /** What stops a member from connecting with another one because of the cap, as a userError. */
  capacityError(full: string, viewerId: string): UserErrorDraft {
    const code =
      full === viewerId ? USER_ERROR_CODES.CONNECTION_LIMIT_REACHED : USER_ERROR_CODES.MEMBER_CONNECTION_LIMIT_REACHED;
    return { field: '', code, params: { max: this.config.maxConnections } };
  }
}

/** Which statement asks about these members, and its $2. */
function shaped(memberIds: readonly string[]): [MemberShape, string | readonly string[]] {
  return memberIds.length === 1 ? ['one', memberIds[0]!] : ['many', memberIds];
}

function comparePaths(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const diff = Number(BigInt(a[i]!) - BigInt(b[i]!));
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}
