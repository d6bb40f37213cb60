import type { ExportSection } from '../privacy/export.registry';

/** The postings the member saved, with when. */
export const savedJobsExport: ExportSection = {
  name: 'savedJobs',
  tables: ['saved_job'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT j.title, c.name AS company, s.created_at AS "savedAt"
       FROM saved_job s JOIN job_posting j ON j.id = s.posting_id JOIN company c ON c.id = j.company_id
       WHERE s.member_id = $1 ORDER BY s.created_at DESC, s.posting_id DESC`,
      [memberId],
    ),
};
