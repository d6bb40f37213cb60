import type { HowKnown, InvitationState } from '@carnet/shared';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One direction of a connection: each connection is stored as (a, b) and (b, a). */
@Entity('connection')
export class ConnectionEntity {
  @PrimaryColumn({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @PrimaryColumn({ name: 'peer_id', type: 'bigint' })
  peerId: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

@Entity('invitation')
export class InvitationEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'sender_id', type: 'bigint' })
  senderId: string;

  @Column({ name: 'recipient_id', type: 'bigint' })
  recipientId: string;

  /** Plain text with line breaks. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'how_known', type: 'text' })
  howKnown: HowKnown;

  @Column({ type: 'text', default: 'PENDING' })
  state: InvitationState;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', precision: 3, nullable: true })
  respondedAt: Date | null;
}

/** A member (member_id) blocks another (blocked_id): no connection, invitation or follow between them. */
@Entity('member_block')
export class BlockEntity {
  @PrimaryColumn({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @PrimaryColumn({ name: 'blocked_id', type: 'bigint' })
  blockedId: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

/** A member (member_id) follows another (followed_id) without connecting. */
@Entity('follow')
export class FollowEntity {
  @PrimaryColumn({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @PrimaryColumn({ name: 'followed_id', type: 'bigint' })
  followedId: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}
