import { USER_ERROR_CODES, type UserErrorDraft } from '@carnet/shared';
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { processUpload, type Upload } from '../media/media.processing';
import type { MediaService } from '../media/media.service';
import { CV_VARIANT } from '../media/media.variants';
import type { ApplicationCvEntity } from './application.entity';
import type { Outcome } from './application.service';

/** A CV chosen for an application, written (or found) inside the application's transaction; answers its id. */
export interface ChosenCv {
  save(manager: EntityManager): Promise<string>;
}

export interface CvBytes {
  fileName: string;
  sha256: string;
  bytes: Buffer;
}

export type CvUpload = { ok: true; cv: ApplicationCvEntity } | { ok: false; errors: UserErrorDraft[] };

/** Uploads for applying that no application took within a day are dropped at the member's next upload. */
const DROP_UNUSED = `
  DELETE FROM job_application_cv c
  WHERE c.member_id = $1 AND c.created_at < now() - interval '1 day'
    AND NOT EXISTS (SELECT FROM job_application a WHERE a.cv_id = c.id)`;

/** The same file sent twice by a member is stored once. */
const UPSERT = `
  INSERT INTO job_application_cv (member_id, file_name, byte_size, sha256, bytes) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (member_id, sha256) DO UPDATE SET member_id = EXCLUDED.member_id
  RETURNING id::text AS id, member_id::text AS "memberId", file_name AS "fileName", byte_size AS "byteSize",
    sha256, created_at AS "createdAt"`;

function upsert(manager: EntityManager, memberId: string, file: { fileName: string; bytes: Buffer }) {
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return manager
    .query<ApplicationCvEntity[]>(UPSERT, [memberId, file.fileName, file.bytes.length, sha256, file.bytes])
    .then((rows) => rows[0]!);
}

/**
 * The CVs sent with applications, kept apart from the profile's media so that what a recruiter received never
 * changes: the profile's CV is copied when used, and a PDF uploaded for applying is checked like a profile CV
 * (its bytes must be a PDF, within the size limit) before it is stored.
 */
export class ApplicationCvStore {
  constructor(
    private readonly db: DataSource,
    private readonly media: MediaService,
  ) {}

  async upload(memberId: string, upload: Upload): Promise<CvUpload> {
    const processed = await processUpload('CV', upload);
    if (!processed.ok) return processed;
    const cv = await this.db.transaction(async (manager) => {
      await manager.query(DROP_UNUSED, [memberId]);
      return upsert(manager, memberId, { fileName: processed.fileName!, bytes: processed.variants[0]!.bytes });
    });
    return { ok: true, cv };
  }

  /** The CV an application will keep: one the member uploaded for applying, or a copy of the profile's. */
  async choose(memberId: string, choice: { useProfileCv: boolean; uploadedCvId: string | null }) {
    if (choice.uploadedCvId !== null) return this.uploaded(memberId, choice.uploadedCvId);
    if (choice.useProfileCv) return this.profileCv(memberId);
    return refuse(USER_ERROR_CODES.REQUIRED);
  }

  private async uploaded(memberId: string, id: string): Promise<Outcome<ChosenCv>> {
    const [row] = await this.db.query<{ id: string }[]>(
      `SELECT id::text AS id FROM job_application_cv WHERE id = $1 AND member_id = $2`,
      [id, memberId],
    );
    return row ? { ok: true, value: { save: async () => row.id } } : refuse(USER_ERROR_CODES.CV_NOT_FOUND);
  }

  private async profileCv(memberId: string): Promise<Outcome<ChosenCv>> {
    const [media] = await this.media.mediaOf([memberId]);
    const stored = media?.CV ? await this.media.find(media.CV.publicId, CV_VARIANT) : null;
    if (!stored?.fileName) return refuse(USER_ERROR_CODES.NO_PROFILE_CV);
    const file = { fileName: stored.fileName, bytes: stored.bytes };
    return { ok: true, value: { save: async (manager) => (await upsert(manager, memberId, file)).id } };
  }

  /** The file an application was sent with, to download. */
  async fileOf(applicationId: string): Promise<CvBytes | null> {
    const [row] = await this.db.query<CvBytes[]>(
      `SELECT c.file_name AS "fileName", c.sha256, c.bytes
       FROM job_application a JOIN job_application_cv c ON c.id = a.cv_id WHERE a.id = $1`,
      [applicationId],
    );
    return row ?? null;
  }
}

function refuse(code: UserErrorDraft['code']): Outcome<ChosenCv> {
  return { ok: false, errors: [{ field: 'cv', code }] };
}
