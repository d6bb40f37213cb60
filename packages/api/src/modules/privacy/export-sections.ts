import { accessTokensExport, accountExport, sessionsExport } from '../accounts/account.export';
import { companyFollowsExport, companyRolesExport } from '../companies/company.export';
import { postedJobsExport } from '../jobs/job-posting.export';
import { applicationsExport } from '../applications/application.export';
import { savedJobsExport } from '../jobs/saved-job.export';
import { jobAlertMatchesExport, jobAlertsExport } from '../jobs/job-alert.export';
import {
  connectionsExport,
  graphChoicesExport,
  introductionsExport,
  invitationsExport,
} from '../connections/connection.export';
import { certificationsExport, languagesExport, linksExport } from '../members/credentials.export';
import {
  educationExport,
  experiencesExport,
  handleReservationsExport,
  openToWorkExport,
  profileExport,
} from '../members/member.export';
import { mediaExport } from '../media/media.export';
import { profileViewsExport } from '../profile-views/profile-view.export';
import { skillsExport } from '../skills/skill.export';
import type { ExportSection } from './export.registry';

/** Every section of a member's data export, in the order of carnet.json. A new module adds its section here. */
export const EXPORT_SECTIONS: readonly ExportSection[] = [
  accountExport,
  sessionsExport,
  accessTokensExport,
  profileExport,
  experiencesExport,
  educationExport,
  skillsExport,
  languagesExport,
  certificationsExport,
  linksExport,
  handleReservationsExport,
  openToWorkExport,
  profileViewsExport,
  mediaExport,
  connectionsExport,
  invitationsExport,
  introductionsExport,
  graphChoicesExport,
  companyRolesExport,
  companyFollowsExport,
  postedJobsExport,
  applicationsExport,
  savedJobsExport,
  jobAlertsExport,
  jobAlertMatchesExport,
];

/**
 * Tables keyed by a member that the export leaves out on purpose, each with its reason. A table belongs
 * here only when it holds nothing the member gave or that describes them.
 */
export const NOT_EXPORTED: Readonly<Record<string, string>> = {
  // One-time download links of exports: a SHA-256 of a secret and three dates, nothing about the member.
  data_export: 'download links of the export itself',
  // Both are derived by triggers: from the profile's visibility (exported) and from the connections (exported).
  connection_list_restriction: 'a copy of the connections section audience, kept for the graph queries',
  connection_count: 'the number of connections, kept for the graph queries',
  // The author's id is only there for their colleagues; it is set to null when the author leaves Carnet.
  job_application_note: "recruiters' notes on applicants: the company's hiring record, about other members",
};
