import type { ExportSection } from '../privacy/export.registry';

/** The member's skills in their order; the shared catalogue itself belongs to nobody. */
export const skillsExport: ExportSection = {
  name: 'skills',
  tables: ['member_skill'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT s.name, ms.position FROM member_skill ms JOIN skill s ON s.id = ms.skill_id
       WHERE ms.member_id = $1 ORDER BY ms.position`,
      [memberId],
    ),
};
