import type { Locale, Scope } from '@carnet/shared';
import type { FastifyRequest } from 'fastify';
import type { Services } from '../services';
import type { Loaders } from './loaders';

/** Who is asking: a member through a browser session, or a member's personal access token. */
export type Viewer =
  | { kind: 'session'; memberId: string; sessionId: string }
  | { kind: 'token'; memberId: string; tokenId: string; scopes: ReadonlySet<Scope> };

export interface Context {
  viewer: Viewer | null;
  locale: Locale;
  services: Services;
  loaders: Loaders;
  request: FastifyRequest;
  /** Sets or clears the browser's session cookie on this response. */
  sessionCookie: SessionCookie;
}

/** What the viewer may do: a session may do everything, a token what its scopes say. */
export function viewerHasScope(viewer: Viewer | null, scope: Scope): boolean {
  if (!viewer) return false;
  return viewer.kind === 'session' || viewer.scopes.has(scope);
}

export interface SessionCookie {
  set(secret: string): void;
  clear(): void;
}
