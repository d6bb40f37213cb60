import type { ExportSection } from '../privacy/export.registry';

/** Job postings the member wrote for a company. */
export const postedJobsExport: ExportSection = {
  name: 'postedJobs',
  tables: ['job_posting'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT j.title, c.name AS company, j.state, j.created_at AS "createdAt", j.published_at AS "publishedAt"
       FROM job_posting j JOIN company c ON c.id = j.company_id
       WHERE j.posted_by = $1 ORDER BY j.created_at DESC, j.id DESC`,
      [memberId],
    ),
};
