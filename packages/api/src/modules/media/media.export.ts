import type { ExportFile, ExportSection } from '../privacy/export.registry';

/** The largest stored size of each image and the CV as uploaded. */
const EXPORTED_FILES = `
  SELECT kind, variant, content_type, byte_size, width, height, file_name, created_at, bytes
  FROM media WHERE member_id = $1 AND variant IN ('large', 'original') ORDER BY kind`;

interface MediaRow {
  kind: 'PHOTO' | 'COVER' | 'CV';
  file_name: string | null;
  bytes: Buffer;
}

function archivePath(row: Pick<MediaRow, 'kind' | 'file_name'>): string {
  return row.kind === 'CV' ? `cv/${row.file_name}` : `${row.kind.toLowerCase()}.webp`;
}

/** Photo, cover and CV: their details in carnet.json, their bytes as files of the archive. */
export const mediaExport: ExportSection = {
  name: 'media',
  tables: ['media'],
  async collect(manager, memberId) {
    const rows = await manager.query<(MediaRow & Record<string, unknown>)[]>(EXPORTED_FILES, [memberId]);
    return rows.map(({ bytes: _bytes, ...details }) => ({ ...details, file: archivePath(details) }));
  },
  async files(manager, memberId): Promise<ExportFile[]> {
    const rows = await manager.query<MediaRow[]>(EXPORTED_FILES, [memberId]);
    return rows.map((row) => ({ path: archivePath(row), bytes: row.bytes }));
  },
};
