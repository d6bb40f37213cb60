/** How the sender of an invitation knows its recipient. */
export const HOW_KNOWN = {
  COLLEAGUE: 'COLLEAGUE',
  CLASSMATE: 'CLASSMATE',
  MET_PROFESSIONALLY: 'MET_PROFESSIONALLY',
  FRIEND: 'FRIEND',
  OTHER: 'OTHER',
} as const;
export type HowKnown = (typeof HOW_KNOWN)[keyof typeof HOW_KNOWN];

/** An invitation waits (PENDING) until its recipient accepts or ignores it, or its sender withdraws it. */
export const INVITATION_STATES = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  IGNORED: 'IGNORED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type InvitationState = (typeof INVITATION_STATES)[keyof typeof INVITATION_STATES];

/**
 * An introduction waits (REQUESTED) until the intermediary forwards it as an invitation or declines it, or
 * the requester withdraws it.
 */
export const INTRODUCTION_STATES = {
  REQUESTED: 'REQUESTED',
  FORWARDED: 'FORWARDED',
  DECLINED: 'DECLINED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type IntroductionState = (typeof INTRODUCTION_STATES)[keyof typeof INTRODUCTION_STATES];

/** A member's part in an introduction: they asked for it, they are asked to forward it, or they receive it. */
export const INTRODUCTION_ROLES = {
  REQUESTED: 'REQUESTED',
  TO_FORWARD: 'TO_FORWARD',
  RECEIVED: 'RECEIVED',
} as const;
export type IntroductionRole = (typeof INTRODUCTION_ROLES)[keyof typeof INTRODUCTION_ROLES];

export const NETWORK_LIMITS = {
  invitationNote: 300,
  /** Each of an introduction's texts: the message to the intermediary, the one for the target, the note. */
  introductionText: 300,
  /** Days during which a withdrawn or ignored invitation cannot be sent again to the same person. */
  reinviteAfterDays: 21,
  /** Addresses one "find people you know" request may look up. */
  emailsPerLookup: 500,
  /** People you may know listed at most at once. */
  suggestions: 100,
} as const;

/** Why Carnet suggests a member; SAME_GROUP waits for groups and is not given yet. */
export const SUGGESTION_REASONS = {
  MUTUAL_CONNECTIONS: 'MUTUAL_CONNECTIONS',
  WORKS_AT: 'WORKS_AT',
  WORKED_AT: 'WORKED_AT',
  STUDIED_AT: 'STUDIED_AT',
  SAME_GROUP: 'SAME_GROUP',
} as const;
export type SuggestionReasonKind = (typeof SUGGESTION_REASONS)[keyof typeof SUGGESTION_REASONS];

/** How a member's own connections are listed: the most recent first, or by last name then first name. */
export const CONNECTION_SORTS = {
  RECENT: 'RECENT',
  NAME: 'NAME',
} as const;
export type ConnectionSort = (typeof CONNECTION_SORTS)[keyof typeof CONNECTION_SORTS];
