import type { CompanyRole, CompanySize } from '@carnet/shared';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A company page. `nameKey` folds case and accents so that experiences naming the company find it. */
@Entity('company')
export class CompanyEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'citext' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_key', type: 'text' })
  nameKey: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  industry: string | null;

  @Column({ type: 'text', nullable: true })
  size: CompanySize | null;

  @Column({ name: 'hq_city', type: 'text', nullable: true })
  hqCity: string | null;

  @Column({ name: 'hq_region', type: 'text', nullable: true })
  hqRegion: string | null;

  @Column({ name: 'hq_country', type: 'text', nullable: true })
  hqCountry: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  locations: string[];

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ name: 'founded_year', type: 'smallint', nullable: true })
  foundedYear: number | null;

  @Column({ name: 'created_by', type: 'bigint', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

/** A member's role at a company: admins manage the page and its people, recruiters its jobs and applicants. */
@Entity('company_role')
export class CompanyRoleEntity {
  @PrimaryColumn({ name: 'company_id', type: 'bigint' })
  companyId: string;

  @PrimaryColumn({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @Column({ type: 'text' })
  role: CompanyRole;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

/** A member following a company page. */
@Entity('company_follow')
export class CompanyFollowEntity {
  @PrimaryColumn({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @PrimaryColumn({ name: 'company_id', type: 'bigint' })
  companyId: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}
