import type { ContractType, OpenToWorkAudience, WorkplaceType } from '@carnet/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { month } from './career.entity';

/** A member's signal that they are looking for a job: one row per member, absent when they are not. */
@Entity('open_to_work')
export class OpenToWorkEntity {
  @PrimaryColumn({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @Column({ name: 'job_titles', type: 'text', array: true })
  jobTitles: string[];

  @Column({ type: 'text', array: true })
  locations: string[];

  @Column({ name: 'contract_types', type: 'text', array: true })
  contractTypes: ContractType[];

  @Column({ name: 'workplace_types', type: 'text', array: true })
  workplaceTypes: WorkplaceType[];

  /** Null: available immediately. */
  @Column({ name: 'available_from', type: 'date', nullable: true, transformer: month })
  availableFrom: string | null;

  @Column({ name: 'visible_to', type: 'text' })
  visibleTo: OpenToWorkAudience;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
