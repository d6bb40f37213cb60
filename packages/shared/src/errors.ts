/** Codes of top-level GraphQL errors (`extensions.code`). */
export const ERROR_CODES = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** Codes of `userErrors` entries: problems the person can fix in the form. */
export const USER_ERROR_CODES = {
  REQUIRED: 'REQUIRED',
  TOO_LONG: 'TOO_LONG',
  TOO_SHORT: 'TOO_SHORT',
  INVALID_EMAIL: 'INVALID_EMAIL',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  PASSWORD_TOO_COMMON: 'PASSWORD_TOO_COMMON',
  PASSWORD_CONTAINS_PERSONAL_INFO: 'PASSWORD_CONTAINS_PERSONAL_INFO',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  INVALID_SCOPE: 'INVALID_SCOPE',
  INVALID_CHOICE: 'INVALID_CHOICE',
  LIMIT_REACHED: 'LIMIT_REACHED',
  INVALID_PHONE: 'INVALID_PHONE',
  INVALID_HANDLE: 'INVALID_HANDLE',
  HANDLE_RESERVED: 'HANDLE_RESERVED',
  HANDLE_TAKEN: 'HANDLE_TAKEN',
  INVALID_DATE: 'INVALID_DATE',
  DATE_IN_FUTURE: 'DATE_IN_FUTURE',
  END_BEFORE_START: 'END_BEFORE_START',
  INVALID_SKILL: 'INVALID_SKILL',
} as const;

export type UserErrorCode = (typeof USER_ERROR_CODES)[keyof typeof USER_ERROR_CODES];

/** A problem with one input field, before it is put into words. */
export interface UserErrorDraft {
  field: string;
  code: UserErrorCode;
  params?: Record<string, string | number>;
}
