import type { DataSource, EntityManager } from 'typeorm';
import { generateSecret, hashSecret } from '../accounts/secrets';
import { buildArchive, type CollectedSection, type ExportArchive } from './export-archive';
import type { ExportSection } from './export.registry';

export const EXPORT_SECRET_PREFIX = 'crn_x_';
const LINK_TTL_MS = 15 * 60_000;
/** PostgreSQL's serialization_failure: a concurrent download claimed the same link first. */
const SERIALIZATION_FAILURE = '40001';

export interface ExportLink {
  secret: string;
  expiresAt: Date;
}

/** A member's data, taken out as one archive through a one-time download link. */
export class DataExportService {
  constructor(
    private readonly db: DataSource,
    private readonly sections: readonly ExportSection[],
  ) {}

  /** A fresh link valid for 15 minutes; only the secret's SHA-256 is stored. Spent links of the member go. */
  async createLink(memberId: string): Promise<ExportLink> {
    const secret = generateSecret(EXPORT_SECRET_PREFIX);
    const expiresAt = new Date(Date.now() + LINK_TTL_MS);
    await this.db.transaction(async (manager) => {
      await manager.query(
        'DELETE FROM data_export WHERE member_id = $1 AND (used_at IS NOT NULL OR expires_at <= now())',
        [memberId],
      );
      await manager.query('INSERT INTO data_export (member_id, secret_hash, expires_at) VALUES ($1, $2, $3)', [
        memberId,
        hashSecret(secret),
        expiresAt,
      ]);
    });
    return { secret, expiresAt };
  }

  /**
   * Spends a live link and builds its archive, all in one REPEATABLE READ transaction: every section reads
   * the same snapshot, and a failure leaves the link usable. Null for an unknown, expired or used link.
   */
  async redeem(secret: string): Promise<ExportArchive | null> {
    if (!secret.startsWith(EXPORT_SECRET_PREFIX)) return null;
    try {
      return await this.db.transaction('REPEATABLE READ', async (manager) => {
        const memberId = await this.claim(manager, secret);
        return memberId ? this.archiveOf(manager, memberId) : null;
      });
    } catch (error) {
      if ((error as { code?: string }).code === SERIALIZATION_FAILURE) return null;
      throw error;
    }
  }

  private async claim(manager: EntityManager, secret: string): Promise<string | null> {
    const [claimed] = await manager.query<{ member_id: string }[]>(
      `WITH claimed AS (
         UPDATE data_export SET used_at = now()
         WHERE secret_hash = $1 AND used_at IS NULL AND expires_at > now()
         RETURNING member_id)
       SELECT member_id FROM claimed`,
      [hashSecret(secret)],
    );
    return claimed?.member_id ?? null;
  }

  private async archiveOf(manager: EntityManager, memberId: string): Promise<ExportArchive> {
    const [{ handle, now }] = await manager.query<[{ handle: string; now: Date }]>(
      'SELECT handle, now() AS now FROM member WHERE id = $1',
      [memberId],
    );
    const collected: CollectedSection[] = [];
    for (const section of this.sections) {
      collected.push({
        name: section.name,
        rows: await section.collect(manager, memberId),
        files: (await section.files?.(manager, memberId)) ?? [],
      });
    }
    return buildArchive(handle, collected, now);
  }
}
