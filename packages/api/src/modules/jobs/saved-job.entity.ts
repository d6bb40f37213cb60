import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A posting a member keeps to read again or apply to later. */
@Entity('saved_job')
export class SavedJobEntity {
  @PrimaryColumn({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @PrimaryColumn({ name: 'posting_id', type: 'bigint' })
  postingId: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}
