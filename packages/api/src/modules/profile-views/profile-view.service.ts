import { PROFILE_VIEW_MODE_ORDER, PROFILE_VIEW_MODES } from '@carnet/shared';
import type { DataSource } from 'typeorm';
import { isForeignKeyViolation } from '../../db/errors';
import { paginate, type ConnectionArgs, type Page } from '../../graphql/relay';
import type { MemberEntity } from '../members/member.entity';
import { ProfileViewEntity } from './profile-view.entity';

export type RecordResult = 'recorded' | 'self' | 'notFound';

export interface WeeklyViewCount {
  /** The Monday the ISO week starts on, "YYYY-MM-DD" (UTC). */
  startsOn: string;
  /** "2026-W48". */
  isoWeek: string;
  views: number;
}

/*
 * A view keeps the viewer's mode and industry as they were when they viewed: switching to PRIVATE later does not
 * hide what was already shown, and switching to NAMED does not reveal who viewed anonymously or privately.
 * Views of one day share a row; that row never reveals more than the most private of them, so that a view made
 * in PRIVATE cannot be revealed by a NAMED view later that day.
 */
const UPSERT_VIEW = `
  INSERT INTO profile_view (member_id, viewer_id, viewed_on, viewer_mode, viewer_industry)
  VALUES ($1, $2, (now() AT TIME ZONE 'UTC')::date, $3, $4)
  ON CONFLICT (member_id, viewer_id, viewed_on) DO UPDATE SET
    last_viewed_at = now(),
    viewer_mode = CASE WHEN array_position($5::text[], excluded.viewer_mode) >= array_position($5::text[], profile_view.viewer_mode)
      THEN excluded.viewer_mode ELSE profile_view.viewer_mode END,
    viewer_industry = CASE WHEN array_position($5::text[], excluded.viewer_mode) >= array_position($5::text[], profile_view.viewer_mode)
      THEN excluded.viewer_industry ELSE profile_view.viewer_industry END`;

/** Every ISO week (UTC) of the period, the current one last, with the views of each; empty weeks count 0. */
const WEEKLY_COUNTS = `
  SELECT to_char(w.week, 'YYYY-MM-DD') AS "startsOn", to_char(w.week, 'IYYY-"W"IW') AS "isoWeek",
         count(v.id)::int AS views
  FROM generate_series(
         date_trunc('week', now() AT TIME ZONE 'UTC') - ($2::int - 1) * interval '1 week',
         date_trunc('week', now() AT TIME ZONE 'UTC'),
         interval '1 week') AS w (week)
  LEFT JOIN profile_view v
    ON v.member_id = $1
   AND v.last_viewed_at >= w.week AT TIME ZONE 'UTC'
   AND v.last_viewed_at < (w.week + interval '1 week') AT TIME ZONE 'UTC'
  GROUP BY w.week
  ORDER BY w.week`;

export class ProfileViewService {
  constructor(private readonly db: DataSource) {}

  /** Records that `viewer` opened the profile of `memberId` today, as the viewer chose to appear. */
  async record(viewer: MemberEntity, memberId: string): Promise<RecordResult> {
    if (viewer.id === memberId) return 'self';
    const mode = viewer.profileViewMode;
    const industry = mode === PROFILE_VIEW_MODES.ANONYMOUS ? viewer.industry : null;
    try {
      await this.db.query(UPSERT_VIEW, [memberId, viewer.id, mode, industry, PROFILE_VIEW_MODE_ORDER]);
      return 'recorded';
    } catch (error) {
      if (isForeignKeyViolation(error, 'profile_view_member_id_fkey')) return 'notFound';
      throw error;
    }
  }

  /** The views of a member's profile, latest first: one range scan of profile_view_latest_idx. */
  latestOf(memberId: string, args: ConnectionArgs): Promise<Page<ProfileViewEntity>> {
    const query = this.db
      .getRepository(ProfileViewEntity)
      .createQueryBuilder('v')
      .where('v.member_id = :memberId', { memberId });
    return paginate(
      query,
      { columns: ['v.last_viewed_at', 'v.id'], keyOf: (v) => [v.lastViewedAt.toISOString(), v.id], descending: true },
      args,
    );
  }

  weeklyCounts(memberId: string, weeks: number): Promise<WeeklyViewCount[]> {
    return this.db.query<WeeklyViewCount[]>(WEEKLY_COUNTS, [memberId, weeks]);
  }
}
