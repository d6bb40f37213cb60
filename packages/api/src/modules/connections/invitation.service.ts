import {
  INVITATION_STATES,
  NETWORK_LIMITS,
  normalizeInvitationNote,
  USER_ERROR_CODES,
  validateInvitationNote,
  type HowKnown,
  type InvitationState,
  type UserErrorDraft,
} from '@carnet/shared';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import type { NetworkConfig } from '../../config';
import { paginate, type ConnectionArgs } from '../../graphql/relay';
import type { MemberService } from '../members/member.service';
import { InvitationEntity } from './connection.entity';
import type { ConnectionService } from './connection.service';
import { lock, lockPair } from './graph.locks';

/** What an invitation action comes to: done, a userError, or a top-level NOT_FOUND / FORBIDDEN. */
export type InvitationResult =
  | { ok: true; invitation: InvitationEntity }
  | { ok: false; errors: UserErrorDraft[] }
  | { ok: false; refused: 'NOT_FOUND' | 'FORBIDDEN' };

export interface InvitationDraft {
  note?: string | null;
  howKnown: HowKnown;
}

/** Whether the viewer may invite a member, and the invitation pending between them if any. */
export interface InvitationStanding {
  pending: InvitationEntity | null;
  /** A withdrawn or ignored invitation from the viewer to this member is still too recent. */
  coolingDown: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const fail = (field: string, code: UserErrorDraft['code'], params?: UserErrorDraft['params']): InvitationResult => ({
  ok: false,
  errors: [{ field, code, ...(params ? { params } : {}) }],
});

/** Invitations to connect: sending, answering and withdrawing them, with the allowance and the caps. */
export class InvitationService {
  constructor(
    private readonly db: DataSource,
    private readonly members: MemberService,
    private readonly connections: ConnectionService,
    private readonly config: NetworkConfig,
  ) {}

  async findByIds(ids: readonly string[]): Promise<(InvitationEntity | null)[]> {
    const rows = await this.db.getRepository(InvitationEntity).findBy(ids.map((id) => ({ id })));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The invitations between a viewer and these members: pending ones, and whether a recent refusal holds. */
  async standings(viewerId: string, memberIds: readonly string[]): Promise<InvitationStanding[]> {
    const rows = await this.db
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .where(
        new Brackets((q) =>
          q
            .where(`i.state = 'PENDING' AND i.sender_id = :viewerId AND i.recipient_id = ANY(:memberIds)`)
            .orWhere(`i.state = 'PENDING' AND i.recipient_id = :viewerId AND i.sender_id = ANY(:memberIds)`)
            .orWhere(
              `i.state IN ('WITHDRAWN', 'IGNORED') AND i.sender_id = :viewerId AND i.recipient_id = ANY(:memberIds)
               AND i.responded_at > now() - make_interval(days => :days)`,
            ),
        ),
        { viewerId, memberIds, days: NETWORK_LIMITS.reinviteAfterDays },
      )
      .getMany();
    return memberIds.map((id) => {
      const between = rows.filter((row) => row.senderId === id || row.recipientId === id);
      return {
        pending: between.find((row) => row.state === INVITATION_STATES.PENDING) ?? null,
        coolingDown: between.some((row) => row.state !== INVITATION_STATES.PENDING),
      };
    });
  }

  /** Invitations the member may still send over the rolling week. */
  async allowanceLeft(memberId: string, manager: EntityManager = this.db.manager): Promise<number> {
    const [{ sent }] = await manager.query<[{ sent: number }]>(
      `SELECT count(*)::int AS sent FROM invitation WHERE sender_id = $1 AND created_at > now() - interval '7 days'`,
      [memberId],
    );
    return Math.max(0, this.config.invitationsPerWeek - sent);
  }

  async pendingReceivedCount(memberId: string): Promise<number> {
    return this.db.getRepository(InvitationEntity).countBy({ recipientId: memberId, state: INVITATION_STATES.PENDING });
  }

  /** Pending invitations received or sent, the newest first. */
  listPending(memberId: string, direction: 'received' | 'sent', args: ConnectionArgs) {
    const column = direction === 'received' ? 'i.recipient_id' : 'i.sender_id';
    const query = this.db
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .where(`${column} = :memberId AND i.state = 'PENDING'`, { memberId });
    return paginate(
      query,
      { columns: ['i.created_at', 'i.id'], keyOf: (i) => [i.createdAt.toISOString(), i.id], descending: true },
      args,
    );
  }

  /**
   * Invites a member. When they have already invited the sender, their invitation is accepted instead and
   * both are connected. Nothing changes when any rule refuses.
   */
  async send(senderId: string, recipientId: string, draft: InvitationDraft): Promise<InvitationResult> {
    const note = normalizeInvitationNote(draft.note);
    const errors = validateInvitationNote(note);
    if (errors.length) return { ok: false, errors };
    if (senderId === recipientId) return fail('memberId', USER_ERROR_CODES.CANNOT_INVITE_SELF);
    const [recipient] = await this.members.findByIds([recipientId]);
    if (!recipient) return { ok: false, refused: 'NOT_FOUND' };
    return this.db.transaction(async (manager) => {
      await lockSending(manager, senderId, recipientId);
      return this.sendLocked(manager, senderId, recipientId, { note, howKnown: draft.howKnown }, 'accept-crossed');
    });
  }

  /**
   * Writes an invitation inside the caller's transaction, which holds lockSending's locks. An invitation the
   * recipient already sent is accepted ('accept-crossed') or refuses this one ('refuse-crossed').
   */
  async sendLocked(
    manager: EntityManager,
    senderId: string,
    recipientId: string,
    draft: { note: string | null; howKnown: HowKnown },
    crossed: 'accept-crossed' | 'refuse-crossed',
  ): Promise<InvitationResult> {
    const block = await this.connections.blockError(manager, senderId, recipientId);
    if (block) return { ok: false, errors: [block] };
    if (await this.connections.connected(manager, senderId, recipientId)) {
      return fail('memberId', USER_ERROR_CODES.ALREADY_CONNECTED);
    }
    const pending = await pendingBetween(manager, senderId, recipientId);
    if (pending?.senderId === recipientId && crossed === 'accept-crossed') {
      return this.acceptLocked(manager, pending, senderId);
    }
    if (pending) return fail('memberId', USER_ERROR_CODES.INVITATION_ALREADY_SENT);
    const refusal = await this.refusalBeforeSending(manager, senderId, recipientId);
    if (refusal) return refusal;
    const invitation = manager.create(InvitationEntity, { senderId, recipientId, ...draft });
    return { ok: true as const, invitation: await manager.save(invitation) };
  }

  /** Connects the recipient with the sender; the invitation and both connection rows change together. */
  accept(viewerId: string, invitationId: string): Promise<InvitationResult> {
    return this.answer(viewerId, invitationId, 'recipient', (manager, invitation) =>
      this.acceptLocked(manager, invitation, viewerId),
    );
  }

  ignore(viewerId: string, invitationId: string): Promise<InvitationResult> {
    return this.answer(viewerId, invitationId, 'recipient', (manager, invitation) =>
      settle(manager, invitation, INVITATION_STATES.IGNORED),
    );
  }

  withdraw(viewerId: string, invitationId: string): Promise<InvitationResult> {
    return this.answer(viewerId, invitationId, 'sender', (manager, invitation) =>
      settle(manager, invitation, INVITATION_STATES.WITHDRAWN),
    );
  }

  /** Why the sender may not send this invitation now: a recent refusal, the weekly allowance or the cap. */
  private async refusalBeforeSending(
    manager: EntityManager,
    senderId: string,
    recipientId: string,
  ): Promise<InvitationResult | null> {
    const [refused] = await manager.query<{ responded_at: Date }[]>(
      `SELECT responded_at FROM invitation
       WHERE sender_id = $1 AND recipient_id = $2 AND state IN ('WITHDRAWN', 'IGNORED')
         AND responded_at > now() - make_interval(days => $3)
       ORDER BY responded_at DESC LIMIT 1`,
      [senderId, recipientId, NETWORK_LIMITS.reinviteAfterDays],
    );
    if (refused) {
      const until = refused.responded_at.getTime() + NETWORK_LIMITS.reinviteAfterDays * DAY_MS;
      return fail('memberId', USER_ERROR_CODES.REINVITE_TOO_SOON, { days: Math.ceil((until - Date.now()) / DAY_MS) });
    }
    if ((await this.allowanceLeft(senderId, manager)) === 0) {
      return fail('', USER_ERROR_CODES.WEEKLY_INVITATIONS_USED, { max: this.config.invitationsPerWeek });
    }
    const full = await this.connections.atCapacity(manager, [senderId]);
    return full ? { ok: false, errors: [this.connections.capacityError(full, senderId)] } : null;
  }

  /**
   * Runs an answer to an invitation under the pair's lock and the row's lock, so that concurrent accepts,
   * ignores and withdrawals are decided one after the other: only the first finds it PENDING.
   */
  private async answer(
    viewerId: string,
    invitationId: string,
    role: 'sender' | 'recipient',
    act: (manager: EntityManager, invitation: InvitationEntity) => Promise<InvitationResult>,
  ): Promise<InvitationResult> {
    const [found] = await this.findByIds([invitationId]);
    if (!found || (found.senderId !== viewerId && found.recipientId !== viewerId)) {
      return { ok: false, refused: 'NOT_FOUND' };
    }
    if ((role === 'sender' ? found.senderId : found.recipientId) !== viewerId)
      return { ok: false, refused: 'FORBIDDEN' };
    return this.db.transaction(async (manager) => {
      await lockPair(manager, found.senderId, found.recipientId);
      const invitation = await manager
        .getRepository(InvitationEntity)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.id = :id', { id: invitationId })
        .getOneOrFail();
      if (invitation.state !== INVITATION_STATES.PENDING) return fail('id', USER_ERROR_CODES.INVITATION_NOT_PENDING);
      return act(manager, invitation);
    });
  }

  private async acceptLocked(
    manager: EntityManager,
    invitation: InvitationEntity,
    viewerId: string,
  ): Promise<InvitationResult> {
    const full = await this.connections.atCapacity(manager, [viewerId, invitation.senderId, invitation.recipientId]);
    if (full) return { ok: false, errors: [this.connections.capacityError(full, viewerId)] };
    await this.connections.connect(manager, invitation.senderId, invitation.recipientId);
    return settle(manager, invitation, INVITATION_STATES.ACCEPTED);
  }
}

/** The locks an invitation is sent under: the sender's keeps the weekly allowance exact; the pair's orders every action between the two. */
export async function lockSending(manager: EntityManager, senderId: string, recipientId: string): Promise<void> {
  await lock(manager, `invitations-from:${senderId}`);
  await lockPair(manager, senderId, recipientId);
}

/** The pending invitation between two members, whichever way it goes. */
export async function pendingBetween(manager: EntityManager, a: string, b: string): Promise<InvitationEntity | null> {
  return manager
    .getRepository(InvitationEntity)
    .createQueryBuilder('i')
    .where(`i.state = 'PENDING'`)
    .andWhere('((i.sender_id = :a AND i.recipient_id = :b) OR (i.sender_id = :b AND i.recipient_id = :a))', { a, b })
    .getOne();
}

async function settle(
  manager: EntityManager,
  invitation: InvitationEntity,
  state: InvitationState,
): Promise<InvitationResult> {
  const [[row]] = await manager.query<[[{ responded_at: Date }], number]>(
    'UPDATE invitation SET state = $2, responded_at = now() WHERE id = $1 RETURNING responded_at',
    [invitation.id, state],
  );
  return { ok: true, invitation: { ...invitation, state, respondedAt: row.responded_at } };
}
