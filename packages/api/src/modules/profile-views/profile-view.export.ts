import type { ExportSection } from '../privacy/export.registry';

/**
 * Views of the member's profile, revealing viewers exactly as "who viewed my profile" does (a name only for
 * NAMED views, an industry for ANONYMOUS ones), and the profiles the member viewed.
 */
export const profileViewsExport: ExportSection = {
  name: 'profileViews',
  tables: ['profile_view'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT 'received' AS direction, v.viewed_on AS "viewedOn", v.last_viewed_at AS "lastViewedAt",
              v.viewer_mode AS mode,
              CASE WHEN v.viewer_mode = 'NAMED' THEN m.first_name || ' ' || m.last_name END AS "viewerName",
              CASE WHEN v.viewer_mode = 'NAMED' THEN m.handle::text END AS "viewerHandle",
              v.viewer_industry AS "viewerIndustry"
       FROM profile_view v JOIN member m ON m.id = v.viewer_id
       WHERE v.member_id = $1
       UNION ALL
       SELECT 'made', v.viewed_on, v.last_viewed_at, v.viewer_mode, m.first_name || ' ' || m.last_name,
              m.handle::text, NULL
       FROM profile_view v JOIN member m ON m.id = v.member_id
       WHERE v.viewer_id = $1
       ORDER BY "lastViewedAt" DESC`,
      [memberId],
    ),
};
