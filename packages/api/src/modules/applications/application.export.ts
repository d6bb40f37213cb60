import { candidateStatus, type ApplicationStage } from '@carnet/shared';
import type { ExportFile, ExportRow, ExportSection } from '../privacy/export.registry';

interface ApplicationRow extends ExportRow {
  cv_id: string;
  file_name: string;
  stage: ApplicationStage;
  history: { stage: ApplicationStage; at: string }[];
}

const cvPath = (row: { cv_id: string; file_name: string }) => `applications/${row.cv_id}-${row.file_name}`;

/**
 * The member's applications as they see them on Carnet: the posting, its company, the status and its history,
 * what they sent (cover letter, contact, answers, CV file) and any rejection message. Never the recruiters'
 * notes or pipeline stages, which are the company's.
 */
export const applicationsExport: ExportSection = {
  name: 'jobApplications',
  tables: ['job_application', 'job_application_cv'],
  async collect(manager, memberId) {
    const rows = await manager.query<ApplicationRow[]>(
      `SELECT j.title AS "jobTitle", c.name AS company, a.stage, a.cover_letter AS "coverLetter",
         a.contact_email AS "contactEmail", a.contact_phone AS "contactPhone",
         a.rejection_message AS "rejectionMessage", a.created_at AS "appliedAt",
         a.cv_id, cv.file_name,
         coalesce((SELECT json_agg(json_build_object('stage', h.stage, 'at', h.at) ORDER BY h.at, h.id)
           FROM job_application_stage h WHERE h.application_id = a.id), '[]') AS history,
         coalesce((SELECT json_agg(json_build_object('question', q.prompt,
             'answer', coalesce(to_jsonb(an.yes_no), to_jsonb(an.text_value), to_jsonb(an.number_value)))
           ORDER BY q.position)
           FROM job_application_answer an JOIN job_screening_question q ON q.id = an.question_id
           WHERE an.application_id = a.id), '[]') AS answers
       FROM job_application a
       JOIN job_posting j ON j.id = a.posting_id JOIN company c ON c.id = j.company_id
       JOIN job_application_cv cv ON cv.id = a.cv_id
       WHERE a.member_id = $1 ORDER BY a.created_at DESC, a.id DESC`,
      [memberId],
    );
    return rows.map(({ stage, history, cv_id, file_name, ...row }) => ({
      ...row,
      cvFile: cvPath({ cv_id, file_name }),
      status: candidateStatus(stage),
      history: history.map((entry) => ({ status: candidateStatus(entry.stage), at: entry.at })),
    }));
  },
  async files(manager, memberId): Promise<ExportFile[]> {
    const rows = await manager.query<{ cv_id: string; file_name: string; bytes: Buffer }[]>(
      `SELECT DISTINCT ON (cv.id) cv.id AS cv_id, cv.file_name, cv.bytes
       FROM job_application a JOIN job_application_cv cv ON cv.id = a.cv_id WHERE a.member_id = $1`,
      [memberId],
    );
    return rows.map((row) => ({ path: cvPath(row), bytes: row.bytes }));
  },
};
