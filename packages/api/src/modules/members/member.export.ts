import type { ExportRow, ExportSection } from '../privacy/export.registry';
import { effectiveVisibility } from './profile.policy';

/** Every profile field, and the audience of every section (defaults included). */
export const profileExport: ExportSection = {
  name: 'profile',
  tables: ['member'],
  async collect(manager, memberId) {
    const rows: ExportRow[] = await manager.query(
      `SELECT handle, first_name AS "firstName", last_name AS "lastName", headline, about, city, region, country,
              industry, contact_email AS "contactEmail", phone, websites, visibility,
              profile_view_mode AS "profileViewMode", findable_by_email AS "findableByEmail",
              created_at AS "createdAt", updated_at AS "updatedAt"
       FROM member WHERE id = $1`,
      [memberId],
    );
    return rows.map((row) => ({ ...row, visibility: effectiveVisibility(row.visibility as object) }));
  },
};

export const experiencesExport: ExportSection = {
  name: 'experiences',
  tables: ['experience'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT title, company_name AS "companyName", location, to_char(start_month, 'YYYY-MM') AS "startMonth",
              to_char(end_month, 'YYYY-MM') AS "endMonth", is_current AS current, description,
              created_at AS "createdAt"
       FROM experience WHERE member_id = $1 ORDER BY start_month, id`,
      [memberId],
    ),
};

export const educationExport: ExportSection = {
  name: 'education',
  tables: ['education'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT school, degree, field_of_study AS "fieldOfStudy", start_year AS "startYear", end_year AS "endYear",
              description, created_at AS "createdAt"
       FROM education WHERE member_id = $1 ORDER BY start_year NULLS LAST, id`,
      [memberId],
    ),
};

/** Former handles still leading to the profile. */
export const handleReservationsExport: ExportSection = {
  name: 'handleReservations',
  tables: ['handle_reservation'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT handle, reserved_until AS "reservedUntil" FROM handle_reservation WHERE member_id = $1 ORDER BY handle`,
      [memberId],
    ),
};

/** The open-to-work signal, if the member gives one. */
export const openToWorkExport: ExportSection = {
  name: 'openToWork',
  tables: ['open_to_work'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT job_titles AS "jobTitles", locations, contract_types AS "contractTypes",
              workplace_types AS "workplaceTypes", to_char(available_from, 'YYYY-MM') AS "availableFrom",
              visible_to AS "visibleTo", updated_at AS "updatedAt"
       FROM open_to_work WHERE member_id = $1`,
      [memberId],
    ),
};
