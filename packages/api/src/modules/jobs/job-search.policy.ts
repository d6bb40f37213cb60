import { AUDIENCES, SCOPES } from '@carnet/shared';
import { viewerHasScope, type Context } from '../../graphql/context';
import { forbidden, unauthenticated } from '../../graphql/errors';
import { readerOfConnections } from '../connections/network.policy';
import { isInAudience } from '../members/profile.policy';
import type { NetworkReader } from './job-search.sql';

/**
 * The viewer as the reader of their connections' profiles, for "in my network" and the network reasons:
 * a connection counts only where the viewer may see their experience section, so a hidden employer never
 * shows. Signed-in only; a token needs read:network.
 */
export function networkReader(ctx: Context): NetworkReader {
  if (!ctx.viewer) throw unauthenticated('Sign in to search in your network.');
  if (!viewerHasScope(ctx.viewer, SCOPES.READ_NETWORK)) throw forbidden('This token lacks the scope read:network.');
  const reader = readerOfConnections(ctx);
  return {
    memberId: ctx.viewer.memberId,
    audiences: Object.values(AUDIENCES).filter((audience) => isInAudience(reader, audience)),
  };
}

/** For recommendations: a token without read:network gets them without the network (no connection counted). */
export function recommendationReader(ctx: Context): NetworkReader {
  if (!ctx.viewer) throw unauthenticated();
  if (!viewerHasScope(ctx.viewer, SCOPES.READ_NETWORK)) return { memberId: ctx.viewer.memberId, audiences: [] };
  return networkReader(ctx);
}
