/** Orders of job search results: RELEVANCE needs a query (without one it reads as DATE). */
export const JOB_SEARCH_SORTS = {
  RELEVANCE: 'RELEVANCE',
  DATE: 'DATE',
} as const;
export type JobSearchSort = (typeof JOB_SEARCH_SORTS)[keyof typeof JOB_SEARCH_SORTS];

/** How recently a posting was published. */
export const POSTED_WITHIN = {
  DAY: 'DAY',
  WEEK: 'WEEK',
  MONTH: 'MONTH',
} as const;
export type PostedWithin = (typeof POSTED_WITHIN)[keyof typeof POSTED_WITHIN];

export const POSTED_WITHIN_DAYS: Record<PostedWithin, number> = { DAY: 1, WEEK: 7, MONTH: 30 };

/** How often a job alert looks for new postings. */
export const JOB_ALERT_FREQUENCIES = {
  DAILY: 'DAILY',
  INSTANT: 'INSTANT',
} as const;
export type JobAlertFrequency = (typeof JOB_ALERT_FREQUENCIES)[keyof typeof JOB_ALERT_FREQUENCIES];

/** Why a posting is recommended to a member. */
export const RECOMMENDATION_REASONS = {
  SKILLS: 'SKILLS',
  TITLE: 'TITLE',
  LOCATION: 'LOCATION',
  PREFERENCES: 'PREFERENCES',
  NETWORK: 'NETWORK',
} as const;
export type RecommendationReason = (typeof RECOMMENDATION_REASONS)[keyof typeof RECOMMENDATION_REASONS];

export const JOB_SEARCH_LIMITS = {
  query: 200,
  /** Values of one filter (locations, contract types, companies…). */
  filterValues: 20,
  location: 100,
  /** Values listed in the companies and locations facets. */
  topFacetValues: 10,
  alertName: 100,
  alertsPerMember: 20,
} as const;
