/**
 * How a member appears to the people whose profiles they view, from the most revealing to the most private:
 * by name and headline, as "someone from <their industry>", or not at all.
 */
export const PROFILE_VIEW_MODES = {
  NAMED: 'NAMED',
  ANONYMOUS: 'ANONYMOUS',
  PRIVATE: 'PRIVATE',
} as const;
export type ProfileViewMode = (typeof PROFILE_VIEW_MODES)[keyof typeof PROFILE_VIEW_MODES];

export const DEFAULT_PROFILE_VIEW_MODE: ProfileViewMode = PROFILE_VIEW_MODES.NAMED;

/** The modes in order of privacy, most revealing first. */
export const PROFILE_VIEW_MODE_ORDER: readonly ProfileViewMode[] = Object.values(PROFILE_VIEW_MODES);

/** How many ISO weeks of profile-view counts a member may ask for at once. */
export const PROFILE_VIEW_STATS_WEEKS = { default: 12, max: 52 } as const;

export function isProfileViewStatsWeeks(weeks: number): boolean {
  return Number.isInteger(weeks) && weeks >= 1 && weeks <= PROFILE_VIEW_STATS_WEEKS.max;
}
