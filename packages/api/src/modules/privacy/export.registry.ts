import type { EntityManager } from 'typeorm';

/** One row of a section, as it appears in carnet.json: plain JSON values (dates become ISO strings). */
export type ExportRow = Record<string, unknown>;

/** A file of the archive, placed under files/<section>/<path>. */
export interface ExportFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * One part of a member's data export, contributed by the module that owns its tables and listed in
 * EXPORT_SECTIONS (export-sections.ts). Both functions read through the given manager, inside the
 * export's single REPEATABLE READ transaction, so that the archive is one consistent snapshot.
 *
 * - `tables` names every table the section reads a member's rows from: a test lists every table with a
 *   foreign key to member or account and fails on any that no section (or NOT_EXPORTED) names.
 * - `collect` returns JSON-able rows. Never a secret or a hash of one (password, session or token
 *   hashes), never raw bytes: binary content goes through `files`.
 * - Rows may name OTHER members (a connection, an invitation's sender, a group's author). What such a
 *   member hides must not leak through someone else's export: read them through
 *   `modules/members/profile.policy.ts` as the exporting member would see them on Carnet (a hidden field
 *   is absent, a hidden list empty).
 */
export interface ExportSection {
  name: string;
  tables: readonly string[];
  collect(manager: EntityManager, memberId: string): Promise<ExportRow[]>;
  files?(manager: EntityManager, memberId: string): Promise<ExportFile[]>;
}
