import { SCOPES, type Scope } from '@carnet/shared';

/** GraphQL names the scopes READ_PROFILE…; people and docs know them as read:profile…. */
export type ScopeName = keyof typeof SCOPES;
export const SCOPE_NAMES = Object.keys(SCOPES) as ScopeName[];
export const scopeValue = (name: ScopeName): Scope => SCOPES[name];
