/** What a personal access token may do. A signed-in session may do all of it. */
export const SCOPES = {
  READ_PROFILE: 'read:profile',
  WRITE_PROFILE: 'write:profile',
  READ_NETWORK: 'read:network',
  WRITE_NETWORK: 'write:network',
  READ_JOBS: 'read:jobs',
  WRITE_JOBS: 'write:jobs',
} as const;

export type Scope = (typeof SCOPES)[keyof typeof SCOPES];

export const ALL_SCOPES: readonly Scope[] = Object.values(SCOPES);

export function isScope(value: string): value is Scope {
  return (ALL_SCOPES as readonly string[]).includes(value);
}
