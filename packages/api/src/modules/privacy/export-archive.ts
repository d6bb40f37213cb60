import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportFile, ExportRow } from './export.registry';

/** Bumped whenever a section changes shape, so that programs reading carnet.json can tell. */
export const EXPORT_SCHEMA_VERSION = 1;

export interface CollectedSection {
  name: string;
  rows: ExportRow[];
  files: ExportFile[];
}

export interface ExportArchive {
  filename: string;
  bytes: Uint8Array;
}

/** A section's file path, kept inside files/<section>/: relative, without "." or ".." segments. */
function archivePath(section: string, file: ExportFile): string {
  const segments = file.path.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw new Error(`Export section ${section} gave an unsafe file path: ${file.path}`);
  }
  return `files/${section}/${file.path}`;
}

/** carnet.json with every section, plus each section's files under files/. */
export function buildArchive(handle: string, sections: CollectedSection[], exportedAt: Date): ExportArchive {
  const entries: Zippable = {};
  const files: string[] = [];
  for (const section of sections) {
    for (const file of section.files) {
      const path = archivePath(section.name, file);
      entries[path] = file.bytes;
      files.push(path);
    }
  }
  const document = {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: exportedAt.toISOString(),
    sections: Object.fromEntries(sections.map((section) => [section.name, section.rows])),
    files,
  };
  entries['carnet.json'] = strToU8(JSON.stringify(document, null, 2));
  return { filename: `carnet-${handle}-${exportedAt.toISOString().slice(0, 10)}.zip`, bytes: zipSync(entries) };
}
