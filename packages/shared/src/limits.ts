/** Lengths and sizes that the API enforces and the web app announces. */
export const LIMITS = {
  email: 254,
  firstName: 50,
  lastName: 50,
  passwordMin: 10,
  passwordMax: 128,
  tokenName: 60,
  tokensPerMember: 50,
  pageSize: 100,
  nodesPerRequest: 100,
} as const;

export const TOKEN_EXPIRY_DAYS = [7, 30, 90, 365] as const;
export type TokenExpiryDays = (typeof TOKEN_EXPIRY_DAYS)[number];

export const PROFILE_LIMITS = {
  headline: 220,
  about: 2600,
  place: 100,
  industry: 100,
  phone: 30,
} as const;
