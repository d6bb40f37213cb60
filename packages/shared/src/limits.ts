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
  websites: 3,
} as const;

const MB = 1024 * 1024;

/** Uploaded files: what each kind accepts and the smallest useful image. */
export const MEDIA_LIMITS = {
  imageBytes: 8 * MB,
  cvBytes: 5 * MB,
  /** Decoding stops beyond this many pixels, whatever the file size (decompression bombs). */
  imagePixels: 50_000_000,
  photoMinSide: 200,
  coverMinWidth: 792,
  coverMinHeight: 198,
  fileName: 120,
} as const;
