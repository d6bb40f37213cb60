import type { JobAlertFrequency } from '@carnet/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JobSearchFilters } from './job-search.sql';

/** A saved search that collects the new postings matching it. */
@Entity('job_alert')
export class JobAlertEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  query: string | null;

  /** Company ids are database ids here. */
  @Column({ type: 'jsonb', default: {} })
  filters: JobSearchFilters;

  @Column({ type: 'text' })
  frequency: JobAlertFrequency;

  /** Postings published after this were not looked at yet. */
  @Column({ name: 'checked_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  checkedAt: Date;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

/** A new posting an alert found, for the member to see (and, later, to be told by email). */
@Entity('job_alert_match')
export class JobAlertMatchEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'alert_id', type: 'bigint' })
  alertId: string;

  @Column({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @Column({ name: 'posting_id', type: 'bigint' })
  postingId: string;

  @Column({ name: 'matched_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  matchedAt: Date;

  @Column({ name: 'seen_at', type: 'timestamptz', precision: 3, nullable: true })
  seenAt: Date | null;
}
