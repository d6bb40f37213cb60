import type { LanguageProficiency, LinkKind } from '@carnet/shared';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { month } from './career.entity';

@Entity('member_language')
export class LanguageEntity {
  @PrimaryColumn({ name: 'member_id', type: 'bigint' })
  memberId: string;

  /** ISO 639-1. */
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  proficiency: LanguageProficiency;

  @Column({ type: 'smallint' })
  position: number;
}

@Entity('certification')
export class CertificationEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'issuing_organization', type: 'text', nullable: true })
  issuingOrganization: string | null;

  @Column({ name: 'issue_month', type: 'date', transformer: month })
  issueMonth: string;

  @Column({ name: 'expiry_month', type: 'date', nullable: true, transformer: month })
  expiryMonth: string | null;

  @Column({ name: 'credential_id', type: 'text', nullable: true })
  credentialId: string | null;

  @Column({ name: 'credential_url', type: 'text', nullable: true })
  credentialUrl: string | null;
}

@Entity('member_link')
export class LinkEntity {
  @PrimaryColumn({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @Column({ type: 'text' })
  kind: LinkKind;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', nullable: true })
  label: string | null;
}
