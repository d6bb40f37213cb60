import type { ExportSection } from '../privacy/export.registry';

/** The companies whose pages the member created or helps run, and their role there. */
export const companyRolesExport: ExportSection = {
  name: 'companyRoles',
  tables: ['company_role', 'company'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT c.name, c.slug::text AS slug, r.role, r.created_at AS "since", c.created_by = $1 AS "createdByYou"
       FROM company c LEFT JOIN company_role r ON r.company_id = c.id AND r.member_id = $1
       WHERE r.member_id = $1 OR c.created_by = $1
       ORDER BY c.name, c.id`,
      [memberId],
    ),
};

/** The company pages the member follows. */
export const companyFollowsExport: ExportSection = {
  name: 'companyFollows',
  tables: ['company_follow'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT c.name, c.slug::text AS slug, f.created_at AS "since"
       FROM company_follow f JOIN company c ON c.id = f.company_id
       WHERE f.member_id = $1 ORDER BY f.created_at, c.id`,
      [memberId],
    ),
};
