import type { ExportSection } from '../privacy/export.registry';

/** The member's job alerts (saved searches). */
export const jobAlertsExport: ExportSection = {
  name: 'jobAlerts',
  tables: ['job_alert'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT name, query, filters, frequency, created_at AS "createdAt" FROM job_alert
       WHERE member_id = $1 ORDER BY created_at DESC, id DESC`,
      [memberId],
    ),
};

/** The postings the member's alerts found, and whether they saw them. */
export const jobAlertMatchesExport: ExportSection = {
  name: 'jobAlertMatches',
  tables: ['job_alert_match'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT a.name AS alert, j.title, c.name AS company, m.matched_at AS "matchedAt", m.seen_at AS "seenAt"
       FROM job_alert_match m JOIN job_alert a ON a.id = m.alert_id
       JOIN job_posting j ON j.id = m.posting_id JOIN company c ON c.id = j.company_id
       WHERE m.member_id = $1 ORDER BY m.matched_at DESC, m.id DESC`,
      [memberId],
    ),
};
