import {
  DEGREES,
  HOW_KNOWN,
  INTRODUCTION_ROLES,
  INTRODUCTION_STATES,
  normalizeInvitationNote,
  USER_ERROR_CODES,
  validateIntroductionNote,
  validateIntroductionRequest,
  type IntroductionRole,
  type IntroductionState,
  type UserErrorCode,
  type UserErrorDraft,
} from '@carnet/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { paginate, type ConnectionArgs } from '../../graphql/relay';
import type { MemberService } from '../members/member.service';
import type { ConnectionService } from './connection.service';
import { lockPair } from './graph.locks';
import { IntroductionEntity } from './introduction.entity';
import { lockSending, pendingBetween, type InvitationService } from './invitation.service';

/** What an introduction action comes to: done, a userError, or a top-level NOT_FOUND / FORBIDDEN. */
export type IntroductionResult =
  | { ok: true; introduction: IntroductionEntity }
  | { ok: false; errors: UserErrorDraft[] }
  | { ok: false; refused: 'NOT_FOUND' | 'FORBIDDEN' };

export interface IntroductionRequest {
  targetId: string;
  intermediaryId: string;
  messageToIntermediary: string;
  messageToTarget: string;
}

const fail = (field: string, code: UserErrorCode, params?: UserErrorDraft['params']): IntroductionResult => ({
  ok: false,
  errors: [{ field, code, ...(params ? { params } : {}) }],
});

/** Why an invitation could not be sent, told to the intermediary who forwards it rather than to its sender. */
const FOR_INTERMEDIARY: Partial<Record<UserErrorCode, UserErrorCode>> = {
  ALREADY_CONNECTED: USER_ERROR_CODES.INTRODUCED_ALREADY_CONNECTED,
  INVITATION_ALREADY_SENT: USER_ERROR_CODES.INTRODUCED_INVITATION_PENDING,
  REINVITE_TOO_SOON: USER_ERROR_CODES.INTRODUCED_TOO_SOON,
  WEEKLY_INVITATIONS_USED: USER_ERROR_CODES.INTRODUCED_INVITATIONS_USED,
  MEMBER_BLOCKED: USER_ERROR_CODES.INTRODUCTION_UNAVAILABLE,
  MEMBER_UNAVAILABLE: USER_ERROR_CODES.INTRODUCTION_UNAVAILABLE,
  CONNECTION_LIMIT_REACHED: USER_ERROR_CODES.MEMBER_CONNECTION_LIMIT_REACHED,
};

/**
 * The viewer's part in an introduction, or null when it is not theirs to see: the target sees it only once
 * forwarded, as the invitation it became.
 */
export function introductionRole(introduction: IntroductionEntity, viewerId: string): IntroductionRole | null {
  if (introduction.requesterId === viewerId) return INTRODUCTION_ROLES.REQUESTED;
  if (introduction.intermediaryId === viewerId) return INTRODUCTION_ROLES.TO_FORWARD;
  if (introduction.targetId === viewerId && introduction.state === INTRODUCTION_STATES.FORWARDED) {
    return INTRODUCTION_ROLES.RECEIVED;
  }
  return null;
}

const LIST_FILTERS: Record<IntroductionRole, string> = {
  REQUESTED: 'n.requester_id = :memberId',
  TO_FORWARD: 'n.intermediary_id = :memberId',
  RECEIVED: `n.target_id = :memberId AND n.state = 'FORWARDED'`,
};

/** Introductions: a member asks a mutual connection to introduce them; forwarding sends their invitation. */
export class IntroductionService {
  constructor(
    private readonly db: DataSource,
    private readonly members: MemberService,
    private readonly connections: ConnectionService,
    private readonly invitations: InvitationService,
  ) {}

  async findByIds(ids: readonly string[]): Promise<(IntroductionEntity | null)[]> {
    const rows = await this.db.getRepository(IntroductionEntity).findBy(ids.map((id) => ({ id })));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The introduction each invitation carries, if any. */
  async findByInvitationIds(invitationIds: readonly string[]): Promise<(IntroductionEntity | null)[]> {
    const rows = await this.db
      .getRepository(IntroductionEntity)
      .findBy(invitationIds.map((invitationId) => ({ invitationId })));
    const byInvitation = new Map(rows.map((row) => [row.invitationId, row]));
    return invitationIds.map((id) => byInvitation.get(id) ?? null);
  }

  /** The member's introductions in one role, the newest first. */
  list(memberId: string, role: IntroductionRole, args: ConnectionArgs) {
    const query = this.db
      .getRepository(IntroductionEntity)
      .createQueryBuilder('n')
      .where(LIST_FILTERS[role], { memberId });
    return paginate(
      query,
      { columns: ['n.created_at', 'n.id'], keyOf: (n) => [n.createdAt.toISOString(), n.id], descending: true },
      args,
    );
  }

  /** Asks an intermediary to introduce the requester to a 2nd-degree member. Nothing is written when a rule refuses. */
  async request(requesterId: string, draft: IntroductionRequest): Promise<IntroductionResult> {
    const texts = {
      messageToIntermediary: normalizeInvitationNote(draft.messageToIntermediary) ?? '',
      messageToTarget: normalizeInvitationNote(draft.messageToTarget) ?? '',
    };
    const errors = validateIntroductionRequest(texts);
    if (errors.length) return { ok: false, errors };
    const [target] = await this.members.findByIds([draft.targetId]);
    if (!target) return { ok: false, refused: 'NOT_FOUND' };
    return this.db.transaction(async (manager) => {
      // The pair's lock orders this request with invitations, blocks and other requests between the two.
      await lockPair(manager, requesterId, draft.targetId);
      const obstacle = await this.obstacleToRequest(manager, requesterId, draft.targetId, draft.intermediaryId);
      if (obstacle) return { ok: false, errors: [obstacle] };
      const introduction = manager.create(IntroductionEntity, {
        requesterId,
        targetId: draft.targetId,
        intermediaryId: draft.intermediaryId,
        ...texts,
      });
      return { ok: true as const, introduction: await manager.save(introduction) };
    });
  }

  /**
   * Forwards the introduction: the requester's invitation to the target is written in the same transaction,
   * under the locks of sending it, so that two forwards or a forward and a withdrawal end in one outcome.
   */
  async forward(viewerId: string, id: string, rawNote: string | null | undefined): Promise<IntroductionResult> {
    const note = normalizeInvitationNote(rawNote);
    const errors = validateIntroductionNote(note);
    if (errors.length) return { ok: false, errors };
    return this.answer(viewerId, id, INTRODUCTION_ROLES.TO_FORWARD, async (manager, introduction) => {
      if (!(await this.intermediaryStillBetween(manager, introduction))) {
        return fail('', USER_ERROR_CODES.INTRODUCTION_UNAVAILABLE);
      }
      const sent = await this.invitations.sendLocked(
        manager,
        introduction.requesterId,
        introduction.targetId,
        { note: introduction.messageToTarget, howKnown: HOW_KNOWN.OTHER },
        'refuse-crossed',
      );
      if (!sent.ok) return 'refused' in sent ? sent : { ok: false, errors: sent.errors.map(toldToIntermediary) };
      return settle(manager, introduction, INTRODUCTION_STATES.FORWARDED, { note, invitationId: sent.invitation.id });
    });
  }

  decline(viewerId: string, id: string): Promise<IntroductionResult> {
    return this.answer(viewerId, id, INTRODUCTION_ROLES.TO_FORWARD, (manager, introduction) =>
      settle(manager, introduction, INTRODUCTION_STATES.DECLINED),
    );
  }

  withdraw(viewerId: string, id: string): Promise<IntroductionResult> {
    return this.answer(viewerId, id, INTRODUCTION_ROLES.REQUESTED, (manager, introduction) =>
      settle(manager, introduction, INTRODUCTION_STATES.WITHDRAWN),
    );
  }

  /** Why the requester may not ask this intermediary for an introduction to this target, if anything. */
  private async obstacleToRequest(
    manager: EntityManager,
    requesterId: string,
    targetId: string,
    intermediaryId: string,
  ): Promise<UserErrorDraft | null> {
    if (requesterId === targetId) return { field: 'targetId', code: USER_ERROR_CODES.NOT_SECOND_DEGREE };
    const block = await this.connections.blockError(manager, requesterId, targetId);
    if (block) return { ...block, field: 'targetId' };
    if (await this.connections.connected(manager, requesterId, targetId)) {
      return { field: 'targetId', code: USER_ERROR_CODES.ALREADY_CONNECTED };
    }
    if (await pendingBetween(manager, requesterId, targetId)) {
      return { field: 'targetId', code: USER_ERROR_CODES.INVITATION_PENDING };
    }
    const open = await manager
      .getRepository(IntroductionEntity)
      .existsBy({ requesterId, targetId, state: INTRODUCTION_STATES.REQUESTED });
    if (open) return { field: 'targetId', code: USER_ERROR_CODES.INTRODUCTION_ALREADY_REQUESTED };
    if (await this.connections.isMutualConnection(requesterId, targetId, intermediaryId, manager)) return null;
    const [degree] = await this.connections.degrees(requesterId, [targetId]);
    return degree === DEGREES.SECOND
      ? { field: 'intermediaryId', code: USER_ERROR_CODES.NOT_A_MUTUAL_CONNECTION }
      : { field: 'targetId', code: USER_ERROR_CODES.NOT_SECOND_DEGREE };
  }

  /** Whether the intermediary is still connected with both (a block since would have ended a connection). */
  private async intermediaryStillBetween(manager: EntityManager, introduction: IntroductionEntity): Promise<boolean> {
    const { intermediaryId, requesterId, targetId } = introduction;
    return (
      (await this.connections.connected(manager, intermediaryId, requesterId)) &&
      this.connections.connected(manager, intermediaryId, targetId)
    );
  }

  /**
   * Runs an answer under the locks of the requester's invitation to the target and the row's lock: concurrent
   * forwards, declines and withdrawals are decided one after the other, and only the first finds it REQUESTED.
   */
  private async answer(
    viewerId: string,
    id: string,
    role: IntroductionRole,
    act: (manager: EntityManager, introduction: IntroductionEntity) => Promise<IntroductionResult>,
  ): Promise<IntroductionResult> {
    const [found] = await this.findByIds([id]);
    const viewerRole = found && introductionRole(found, viewerId);
    if (!found || !viewerRole) return { ok: false, refused: 'NOT_FOUND' };
    if (viewerRole !== role) return { ok: false, refused: 'FORBIDDEN' };
    return this.db.transaction(async (manager) => {
      await lockSending(manager, found.requesterId, found.targetId);
      const introduction = await manager
        .getRepository(IntroductionEntity)
        .createQueryBuilder('n')
        .setLock('pessimistic_write')
        .where('n.id = :id', { id })
        .getOneOrFail();
      if (introduction.state !== INTRODUCTION_STATES.REQUESTED) {
        return fail('id', USER_ERROR_CODES.INTRODUCTION_NOT_OPEN);
      }
      return act(manager, introduction);
    });
  }
}

function toldToIntermediary(error: UserErrorDraft): UserErrorDraft {
  return { ...error, field: '', code: FOR_INTERMEDIARY[error.code] ?? error.code };
}

async function settle(
  manager: EntityManager,
  introduction: IntroductionEntity,
  state: IntroductionState,
  forwarded?: { note: string | null; invitationId: string },
): Promise<IntroductionResult> {
  const note = forwarded?.note ?? null;
  const invitationId = forwarded?.invitationId ?? null;
  const [[row]] = await manager.query<[[{ responded_at: Date }], number]>(
    `UPDATE introduction SET state = $2, note = $3, invitation_id = $4, responded_at = now()
     WHERE id = $1 RETURNING responded_at`,
    [introduction.id, state, note, invitationId],
  );
  return {
    ok: true,
    introduction: { ...introduction, state, note, invitationId, respondedAt: row.responded_at },
  };
}
