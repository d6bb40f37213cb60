import { PROFILE_SECTIONS, type MediaKind, type ProfileSection } from '@carnet/shared';
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { MemberService } from '../members/member.service';
import { processUpload, type Processed, type ProcessedVariant, type Upload } from './media.processing';
import type { Variant } from './media.variants';

/** The profile section whose audience may see each kind of file. */
export const MEDIA_SECTION: Record<MediaKind, ProfileSection> = {
  PHOTO: PROFILE_SECTIONS.PHOTO,
  COVER: PROFILE_SECTIONS.PHOTO,
  CV: PROFILE_SECTIONS.CV_DOCUMENT,
};

export interface VariantInfo {
  variant: Variant;
  width: number | null;
  height: number | null;
  byteSize: number;
}

/** One uploaded file and its stored variants, without their bytes. */
export interface MediaFile {
  publicId: string;
  memberId: string;
  kind: MediaKind;
  fileName: string | null;
  createdAt: Date;
  variants: VariantInfo[];
}

export type MemberMedia = Partial<Record<MediaKind, MediaFile>>;

/** One stored variant with its bytes, to serve. */
export interface StoredMedia {
  memberId: string;
  kind: MediaKind;
  contentType: string;
  sha256: string;
  fileName: string | null;
  bytes: Buffer;
}

export type UploadResult = { ok: true; file: MediaFile } | Extract<Processed, { ok: false }>;

interface MetadataRow {
  public_id: string;
  member_id: string;
  kind: MediaKind;
  variant: Variant;
  width: number | null;
  height: number | null;
  byte_size: number;
  file_name: string | null;
  created_at: Date;
}

function groupByMember(memberIds: readonly string[], rows: MetadataRow[]): MemberMedia[] {
  const byMember = new Map<string, MemberMedia>(memberIds.map((id) => [id, {}]));
  for (const row of rows) {
    const media = byMember.get(String(row.member_id))!;
    const file = (media[row.kind] ??= {
      publicId: row.public_id,
      memberId: String(row.member_id),
      kind: row.kind,
      fileName: row.file_name,
      createdAt: row.created_at,
      variants: [],
    });
    file.variants.push({ variant: row.variant, width: row.width, height: row.height, byteSize: row.byte_size });
  }
  return memberIds.map((id) => byMember.get(id)!);
}

/** Profile photos, cover images and CV documents: one current file of each kind per member. */
export class MediaService {
  constructor(
    private readonly db: DataSource,
    private readonly members: MemberService,
  ) {}

  /** Each member's files, metadata only, largest variant first; one query for all the members. */
  async mediaOf(memberIds: readonly string[]): Promise<MemberMedia[]> {
    const rows = await this.db.query<MetadataRow[]>(
      `SELECT public_id, member_id, kind, variant, width, height, byte_size, file_name, created_at
       FROM media WHERE member_id = ANY($1::bigint[])
       ORDER BY member_id, kind, width DESC NULLS LAST`,
      [memberIds],
    );
    return groupByMember(memberIds, rows);
  }

  /** Checks and converts an upload, then replaces the member's file of that kind in one transaction. */
  async upload(memberId: string, kind: MediaKind, upload: Upload): Promise<UploadResult> {
    const processed = await processUpload(kind, upload);
    if (!processed.ok) return processed;
    const publicId = randomBytes(16).toString('base64url');
    await this.db.transaction(async (manager) => {
      await manager.query('DELETE FROM media WHERE member_id = $1 AND kind = $2', [memberId, kind]);
      for (const variant of processed.variants) {
        await manager.query(
          `INSERT INTO media (public_id, member_id, kind, variant, content_type, byte_size, width, height, sha256, file_name, bytes)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [publicId, memberId, kind, ...this.columnsOf(variant), processed.fileName, variant.bytes],
        );
      }
      await this.members.touch(manager, memberId);
    });
    const [media] = await this.mediaOf([memberId]);
    return { ok: true, file: media![kind]! };
  }

  private columnsOf(variant: ProcessedVariant) {
    const sha256 = createHash('sha256').update(variant.bytes).digest('hex');
    return [variant.variant, variant.contentType, variant.bytes.length, variant.width, variant.height, sha256];
  }

  /** Removes the member's file of that kind, if any. */
  async remove(memberId: string, kind: MediaKind): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query('DELETE FROM media WHERE member_id = $1 AND kind = $2', [memberId, kind]);
      await this.members.touch(manager, memberId);
    });
  }

  /** One variant with its bytes, by the public id of its upload. */
  async find(publicId: string, variant: string): Promise<StoredMedia | null> {
    const [row] = await this.db.query<(Omit<StoredMedia, 'memberId'> & { member_id: string })[]>(
      `SELECT member_id, kind, content_type AS "contentType", sha256, file_name AS "fileName", bytes
       FROM media WHERE public_id = $1 AND variant = $2`,
      [publicId, variant],
    );
    if (!row) return null;
    const { member_id: id, ...stored } = row;
    return { memberId: String(id), ...stored };
  }
}
