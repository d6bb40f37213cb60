import type { IntroductionState } from '@carnet/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A requester asks an intermediary, a connection of both, to introduce them to a target. */
@Entity('introduction')
export class IntroductionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'requester_id', type: 'bigint' })
  requesterId: string;

  @Column({ name: 'intermediary_id', type: 'bigint' })
  intermediaryId: string;

  @Column({ name: 'target_id', type: 'bigint' })
  targetId: string;

  /** Plain text with line breaks, for the intermediary only. */
  @Column({ name: 'message_to_intermediary', type: 'text' })
  messageToIntermediary: string;

  /** Plain text with line breaks; it becomes the note of the invitation. */
  @Column({ name: 'message_to_target', type: 'text' })
  messageToTarget: string;

  /** The intermediary's note to the target, added when forwarding. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', default: 'REQUESTED' })
  state: IntroductionState;

  /** The invitation from the requester to the target that forwarding created. */
  @Column({ name: 'invitation_id', type: 'bigint', nullable: true })
  invitationId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', precision: 3, nullable: true })
  respondedAt: Date | null;
}
