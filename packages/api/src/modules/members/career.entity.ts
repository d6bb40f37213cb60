import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A `date` column holding the first day of a month, read and written as "YYYY-MM". */
export const month = {
  to: (value: string | null | undefined) => (value ? `${value}-01` : value),
  from: (value: string | null) => (value ? value.slice(0, 7) : null),
};

@Entity('experience')
export class ExperienceEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @Column({ type: 'text' })
  title: string;

  /** As the member wrote it; linked to a company page once companies exist. */
  @Column({ name: 'company_name', type: 'text' })
  companyName: string;

  /** The company page it names, when one exists. */
  @Column({ name: 'company_id', type: 'bigint', nullable: true })
  companyId: string | null;

  /** The company name folded like company.name_key, to find the page it names (companyNameKey). */
  @Column({ name: 'company_key', type: 'text', nullable: true })
  companyKey: string | null;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ name: 'start_month', type: 'date', transformer: month })
  startMonth: string;

  @Column({ name: 'end_month', type: 'date', nullable: true, transformer: month })
  endMonth: string | null;

  @Column({ name: 'is_current', type: 'boolean' })
  current: boolean;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}

@Entity('education')
export class EducationEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @Column({ type: 'text' })
  school: string;

  @Column({ type: 'text', nullable: true })
  degree: string | null;

  @Column({ name: 'field_of_study', type: 'text', nullable: true })
  fieldOfStudy: string | null;

  @Column({ name: 'start_year', type: 'smallint', nullable: true })
  startYear: number | null;

  @Column({ name: 'end_year', type: 'smallint', nullable: true })
  endYear: number | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
