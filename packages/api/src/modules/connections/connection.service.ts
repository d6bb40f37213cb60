import { DEGREES, type Degree } from '@carnet/shared';

/**
 * The connection graph. Until invitations and connections exist, a member is SELF to themselves and
 * OUT_OF_NETWORK to everyone else; profiles already ask this service, so the graph plugs in here.
 */
export class ConnectionService {
  async degrees(viewerId: string | null, memberIds: readonly string[]): Promise<Degree[]> {
    return memberIds.map((id) => (viewerId !== null && id === viewerId ? DEGREES.SELF : DEGREES.OUT_OF_NETWORK));
  }
}
