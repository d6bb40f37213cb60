import type { ProfileViewMode } from '@carnet/shared';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One member's views of another member's profile on one (UTC) day, keyed by the viewed member. */
@Entity('profile_view')
export class ProfileViewEntity {
  @PrimaryColumn({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'viewer_id', type: 'bigint' })
  viewerId: string;

  @Column({ name: 'viewed_on', type: 'date' })
  viewedOn: string;

  @Column({ name: 'last_viewed_at', type: 'timestamptz', precision: 3 })
  lastViewedAt: Date;

  /** The viewer's mode when they viewed, not their current one. */
  @Column({ name: 'viewer_mode', type: 'text' })
  viewerMode: ProfileViewMode;

  /** The viewer's industry when they viewed, kept for ANONYMOUS views only. */
  @Column({ name: 'viewer_industry', type: 'text', nullable: true })
  viewerIndustry: string | null;
}
