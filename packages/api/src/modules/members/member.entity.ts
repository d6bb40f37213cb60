import type { ProfileViewMode, ProfileVisibility } from '@carnet/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('member')
export class MemberEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'citext', unique: true })
  handle: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  @Column({ type: 'text', nullable: true })
  headline: string | null;

  @Column({ type: 'text', nullable: true })
  about: string | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ type: 'text', nullable: true })
  country: string | null;

  @Column({ type: 'text', nullable: true })
  industry: string | null;

  /** Shown on the profile to the CONTACT_INFO audience; unrelated to the sign-in email. */
  @Column({ name: 'contact_email', type: 'citext', nullable: true })
  contactEmail: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** Up to three http(s) addresses, shown with the contact details. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  websites: string[];

  /** Only the sections whose audience the member changed; the others keep the default. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  visibility: Partial<ProfileVisibility>;

  /** How the member appears when viewing other profiles. */
  @Column({ name: 'profile_view_mode', type: 'text', default: 'NAMED' })
  profileViewMode: ProfileViewMode;

  /** Whether members who know the sign-in address may find this member with it ("Find people you know"). */
  @Column({ name: 'findable_by_email', type: 'boolean', default: true })
  findableByEmail: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
