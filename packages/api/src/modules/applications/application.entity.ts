import type { ApplicationStage, ScreeningKind } from '@carnet/shared';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ProfileSnapshot } from './application.snapshot';

/** A member's application to a job posting: one per member and posting, whatever becomes of it. */
@Entity('job_application')
export class JobApplicationEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'posting_id', type: 'bigint' })
  postingId: string;

  @Column({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @Column({ type: 'text', default: 'NEW' })
  stage: ApplicationStage;

  @Column({ name: 'cover_letter', type: 'text', nullable: true })
  coverLetter: string | null;

  /** The profile as the candidate showed it when applying. */
  @Column({ type: 'jsonb' })
  snapshot: ProfileSnapshot;

  @Column({ name: 'cv_id', type: 'bigint' })
  cvId: string;

  @Column({ name: 'contact_email', type: 'citext' })
  contactEmail: string;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  /** Sent to the candidate with a rejection; only while the stage is REJECTED. */
  @Column({ name: 'rejection_message', type: 'text', nullable: true })
  rejectionMessage: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

/** A CV as sent with applications: never changed, kept as long as its member is. */
@Entity('job_application_cv')
export class ApplicationCvEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'member_id', type: 'bigint' })
  memberId: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  bytes: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

/** The answer to one screening question: only the column of the question's kind is set. */
@Entity('job_application_answer')
export class ApplicationAnswerEntity {
  @PrimaryColumn({ name: 'application_id', type: 'bigint' })
  applicationId: string;

  @PrimaryColumn({ name: 'question_id', type: 'bigint' })
  questionId: string;

  @Column({ type: 'text' })
  kind: ScreeningKind;

  @Column({ name: 'yes_no', type: 'boolean', nullable: true })
  yesNo: boolean | null;

  @Column({ name: 'text_value', type: 'text', nullable: true })
  textValue: string | null;

  @Column({ name: 'number_value', type: 'numeric', nullable: true })
  numberValue: string | null;
}

/** A private note of the company's recruiters on an application. */
@Entity('job_application_note')
export class ApplicationNoteEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'application_id', type: 'bigint' })
  applicationId: string;

  /** Null once the author has left Carnet. */
  @Column({ name: 'author_id', type: 'bigint', nullable: true })
  authorId: string | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

/** Each stage an application entered, and when. */
@Entity('job_application_stage')
export class ApplicationStageEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'application_id', type: 'bigint' })
  applicationId: string;

  @Column({ type: 'text' })
  stage: ApplicationStage;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at: Date;
}
