import type { ExportSection } from '../privacy/export.registry';

export const languagesExport: ExportSection = {
  name: 'languages',
  tables: ['member_language'],
  collect: (manager, memberId) =>
    manager.query(`SELECT code, proficiency, position FROM member_language WHERE member_id = $1 ORDER BY position`, [
      memberId,
    ]),
};

export const certificationsExport: ExportSection = {
  name: 'certifications',
  tables: ['certification'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT name, issuing_organization AS "issuingOrganization", to_char(issue_month, 'YYYY-MM') AS "issueMonth",
              to_char(expiry_month, 'YYYY-MM') AS "expiryMonth", credential_id AS "credentialId",
              credential_url AS "credentialUrl", created_at AS "createdAt"
       FROM certification WHERE member_id = $1 ORDER BY issue_month DESC, id DESC`,
      [memberId],
    ),
};

export const linksExport: ExportSection = {
  name: 'links',
  tables: ['member_link'],
  collect: (manager, memberId) =>
    manager.query(`SELECT kind, url, label, position FROM member_link WHERE member_id = $1 ORDER BY position`, [
      memberId,
    ]),
};
