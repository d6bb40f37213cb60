import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How a member signs in. Kept apart from the profile so that a credential can never be selected with it. */
@Entity('account')
export class AccountEntity {
  @PrimaryColumn({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @Column({ type: 'citext', unique: true })
  email: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}
