import DataLoader from 'dataloader';
import type { ConnectionArgs } from '../../graphql/relay';
import { NO_MUTUALS, type ConnectionService } from './connection.service';
import type { InvitationService, InvitationStanding } from './invitation.service';
import type { RelationService, RelationStanding } from './relation.service';

const NO_STANDING: InvitationStanding = { pending: null, coolingDown: false };

/** The longest short list (mutual connections, paths) a field may ask for. */
export const MAX_SHORT_LIST = 20;

const NO_RELATION: RelationStanding = { blocked: false, blockedBy: false, following: false };

/** One DataLoader per set of arguments (a page size, a limit), created when first asked for. */
function loadersByArgs<A, V>(batch: (args: A, memberIds: readonly string[]) => Promise<V[]>) {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (args: A) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader((memberIds: readonly string[]) => batch(args, memberIds));
      loaders.set(key, loader);
    }
    return loader;
  };
}

export function createConnectionLoaders(
  connections: ConnectionService,
  invitations: InvitationService,
  relations: RelationService,
  viewerId: string | null,
) {
  const ofViewer = <V>(none: V, batch: (viewer: string, memberIds: readonly string[]) => Promise<V[]>) =>
    new DataLoader((memberIds: readonly string[]) =>
      viewerId === null ? Promise.resolve(memberIds.map(() => none)) : batch(viewerId, memberIds),
    );
  return {
    /** A page of each member's connections, for one set of page arguments. */
    connectionPages: loadersByArgs((args: ConnectionArgs, memberIds) => connections.pages(memberIds, args)),
    connectionCount: new DataLoader((memberIds: readonly string[]) => connections.counts(memberIds)),
    /** The degree of each member from this request's viewer. */
    degreeFromViewer: new DataLoader((memberIds: readonly string[]) => connections.degrees(viewerId, memberIds)),
    /** The mutual connections of the viewer and each member: the count and the first MAX_SHORT_LIST. */
    mutualsWithViewer: ofViewer(NO_MUTUALS, (viewer, memberIds) =>
      connections.mutualsOf(viewer, memberIds, MAX_SHORT_LIST),
    ),
    /** The shortest chains from the viewer to each member, for one limit. */
    pathsFromViewer: loadersByArgs((limit: number, memberIds) =>
      viewerId === null
        ? Promise.resolve(memberIds.map(() => []))
        : connections.shortestPathsOf(viewerId, memberIds, limit),
    ),
    /** Blocks either way and the viewer's follows. */
    relationStanding: ofViewer(NO_RELATION, (viewer, memberIds) => relations.standings(viewer, memberIds)),
    followerCount: new DataLoader((memberIds: readonly string[]) => relations.followerCounts(memberIds)),
    followingCount: new DataLoader((memberIds: readonly string[]) => relations.followingCounts(memberIds)),
    invitationById: new DataLoader((ids: readonly string[]) => invitations.findByIds(ids)),
    /** The invitations between this request's viewer and each member. */
    invitationStanding: ofViewer(NO_STANDING, (viewer, memberIds) => invitations.standings(viewer, memberIds)),
    invitationsLeft: new DataLoader((memberIds: readonly string[]) =>
      Promise.all(memberIds.map((id) => invitations.allowanceLeft(id))),
    ),
  };
}
