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
  kind: MediaKind;
  fileName: string | null;
  createdAt: Date;
  variants: VariantInfo[];
}

export type MemberMedia = Partial<Record<MediaKind, MediaFile>>;

/** A company's logo (kind PHOTO: square, stored like a profile photo) and cover. */
export type CompanyMedia = Partial<Record<'PHOTO' | 'COVER', MediaFile>>;

/** Who a file belongs to: a member, or a company page (whose files outlive the admins who upload them). */
export type MediaOwner = { memberId: string } | { companyId: string };

/** One stored variant with its bytes, to serve; exactly one of memberId and companyId is set. */
export interface StoredMedia {
  memberId: string | null;
  companyId: string | null;
  kind: MediaKind;
  contentType: string;
  sha256: string;
  fileName: string | null;
  bytes: Buffer;
}

type StoredRow = Omit<StoredMedia, 'memberId' | 'companyId'> & { member_id: string | null; company_id: string | null };

export type UploadResult = { ok: true; file: MediaFile } | Extract<Processed, { ok: false }>;

interface MetadataRow {
  public_id: string;
  owner_id: string;
  kind: MediaKind;
  variant: Variant;
  width: number | null;
  height: number | null;
  byte_size: number;
  file_name: string | null;
  created_at: Date;
}

function groupByOwner(ownerIds: readonly string[], rows: MetadataRow[]): MemberMedia[] {
  const byOwner = new Map<string, MemberMedia>(ownerIds.map((id) => [id, {}]));
  for (const row of rows) {
    const media = byOwner.get(String(row.owner_id))!;
    const file = (media[row.kind] ??= {
      publicId: row.public_id,
      kind: row.kind,
      fileName: row.file_name,
      createdAt: row.created_at,
      variants: [],
    });
    file.variants.push({ variant: row.variant, width: row.width, height: row.height, byteSize: row.byte_size });
  }
  return ownerIds.map((id) => byOwner.get(id)!);
}

const ownerColumn = (owner: MediaOwner) => ('memberId' in owner ? 'member_id' : 'company_id');
const ownerIdOf = (owner: MediaOwner) => ('memberId' in owner ? owner.memberId : owner.companyId);

/**
 * Profile photos, cover images and CV documents: one current file of each kind per member. Company pages keep
 * a logo and a cover the same way.
 */
export class MediaService {
  constructor(
    private readonly db: DataSource,
    private readonly members: MemberService,
  ) {}

  /** Each member's files, metadata only, largest variant first; one query for all the members. */
  mediaOf(memberIds: readonly string[]): Promise<MemberMedia[]> {
    return this.filesOf('member_id', memberIds);
  }

  /** Each company's logo and cover, metadata only; one query for all the companies. */
  companyMediaOf(companyIds: readonly string[]): Promise<CompanyMedia[]> {
    return this.filesOf('company_id', companyIds) as Promise<CompanyMedia[]>;
  }

  private async filesOf(column: 'member_id' | 'company_id', ownerIds: readonly string[]): Promise<MemberMedia[]> {
    const rows = await this.db.query<MetadataRow[]>(
      `SELECT public_id, ${column} AS owner_id, kind, variant, width, height, byte_size, file_name, created_at
       FROM media WHERE ${column} = ANY($1::bigint[])
       ORDER BY ${column}, kind, width DESC NULLS LAST`,
      [ownerIds],
    );
    return groupByOwner(ownerIds, rows);
  }

  /**
   * Checks and converts an upload, then replaces the owner's file of that kind in one transaction (a member's
   * profile is marked changed).
   */
  async upload(owner: MediaOwner, kind: MediaKind, upload: Upload): Promise<UploadResult> {
    const processed = await processUpload(kind, upload);
    if (!processed.ok) return processed;
    const publicId = randomBytes(16).toString('base64url');
    const column = ownerColumn(owner);
    await this.db.transaction(async (manager) => {
      await manager.query(`DELETE FROM media WHERE ${column} = $1 AND kind = $2`, [ownerIdOf(owner), kind]);
      for (const variant of processed.variants) {
        await manager.query(
          `INSERT INTO media (public_id, ${column}, kind, variant, content_type, byte_size, width, height, sha256, file_name, bytes)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [publicId, ownerIdOf(owner), kind, ...this.columnsOf(variant), processed.fileName, variant.bytes],
        );
      }
      if ('memberId' in owner) await this.members.touch(manager, owner.memberId);
    });
    const [media] = await this.filesOf(column, [ownerIdOf(owner)]);
    return { ok: true, file: media![kind]! };
  }

  private columnsOf(variant: ProcessedVariant) {
    const sha256 = createHash('sha256').update(variant.bytes).digest('hex');
    return [variant.variant, variant.contentType, variant.bytes.length, variant.width, variant.height, sha256];
  }

  /** Removes the owner's file of that kind, if any. */
  async remove(owner: MediaOwner, kind: MediaKind): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query(`DELETE FROM media WHERE ${ownerColumn(owner)} = $1 AND kind = $2`, [ownerIdOf(owner), kind]);
      if ('memberId' in owner) await this.members.touch(manager, owner.memberId);
    });
  }

  /** One variant with its bytes, by the public id of its upload. */
  async find(publicId: string, variant: string): Promise<StoredMedia | null> {
    const [row] = await this.db.query<StoredRow[]>(
      `SELECT member_id::text, company_id::text, kind, content_type AS "contentType", sha256, file_name AS "fileName", bytes
       FROM media WHERE public_id = $1 AND variant = $2`,
      [publicId, variant],
    );
    if (!row) return null;
    const { member_id: memberId, company_id: companyId, ...stored } = row;
    return { memberId, companyId, ...stored };
  }
}
