import type { ContractType, SalaryPeriod, ScreeningKind, SeniorityLevel, WorkplaceType } from '@carnet/shared';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A job offer. The stored state is DRAFT, OPEN or CLOSED; an OPEN posting past `expiresAt` reads as EXPIRED. */
@Entity('job_posting')
export class JobPostingEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'company_id', type: 'bigint' })
  companyId: string;

  @Column({ name: 'posted_by', type: 'bigint', nullable: true })
  postedBy: string | null;

  @Column({ type: 'text' })
  title: string;

  /** Sanitized HTML: only the formatting tags the sanitizer keeps. */
  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ type: 'text', nullable: true })
  country: string | null;

  @Column({ name: 'workplace_type', type: 'text' })
  workplaceType: WorkplaceType;

  @Column({ name: 'contract_type', type: 'text' })
  contractType: ContractType;

  /** The length of a CDD or an intérim mission. */
  @Column({ name: 'contract_months', type: 'smallint', nullable: true })
  contractMonths: number | null;

  @Column({ type: 'text', nullable: true })
  seniority: SeniorityLevel | null;

  @Column({ name: 'job_function', type: 'text', nullable: true })
  jobFunction: string | null;

  @Column({ name: 'salary_min', type: 'integer', nullable: true })
  salaryMin: number | null;

  @Column({ name: 'salary_max', type: 'integer', nullable: true })
  salaryMax: number | null;

  @Column({ name: 'salary_currency', type: 'char', length: 3, nullable: true })
  salaryCurrency: string | null;

  @Column({ name: 'salary_period', type: 'text', nullable: true })
  salaryPeriod: SalaryPeriod | null;

  /** 'YYYY-MM-DD'. */
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'smallint', default: 1 })
  openings: number;

  /** Applications happen on Carnet when null. */
  @Column({ name: 'apply_url', type: 'text', nullable: true })
  applyUrl: string | null;

  @Column({ type: 'text', default: 'DRAFT' })
  state: 'DRAFT' | 'OPEN' | 'CLOSED';

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

@Entity('job_posting_skill')
export class JobPostingSkillEntity {
  @PrimaryColumn({ name: 'posting_id', type: 'bigint' })
  postingId: string;

  @PrimaryColumn({ name: 'skill_id', type: 'bigint' })
  skillId: string;

  @Column({ type: 'smallint' })
  position: number;
}

@Entity('job_screening_question')
export class ScreeningQuestionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'posting_id', type: 'bigint' })
  postingId: string;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'text' })
  kind: ScreeningKind;

  @Column({ type: 'text' })
  prompt: string;

  @Column({ type: 'boolean', default: true })
  required: boolean;
}
