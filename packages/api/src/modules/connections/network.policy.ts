import { DEGREES, SCOPES } from '@carnet/shared';
import { viewerHasScope, type Context } from '../../graphql/context';
import { forbidden } from '../../graphql/errors';
import type { Member } from '../members/member.type';
import { ANONYMOUS_READER, type ProfileReader } from '../members/profile.policy';

/**
 * The viewer's id when this member is the viewer reading their own network (never in a preview); null on
 * anyone else. A token needs read:network for it: FORBIDDEN otherwise.
 */
export function ownNetwork(member: Member, ctx: Context): string | null {
  if (member.previewAs || ctx.viewer?.memberId !== member.memberId) return null;
  if (!viewerHasScope(ctx.viewer, SCOPES.READ_NETWORK)) throw forbidden('This token lacks the scope read:network.');
  return ctx.viewer.memberId;
}

/** The viewer as a reader of their own connections' profiles: a connection, or anonymous for a token without read:profile. */
export function readerOfConnections(ctx: Context): ProfileReader {
  return viewerHasScope(ctx.viewer, SCOPES.READ_PROFILE) ? { signedIn: true, degree: DEGREES.FIRST } : ANONYMOUS_READER;
}
