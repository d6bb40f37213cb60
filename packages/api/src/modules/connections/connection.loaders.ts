import DataLoader from 'dataloader';
import type { ConnectionService } from './connection.service';

export function createConnectionLoaders(connections: ConnectionService, viewerId: string | null) {
  return {
    /** The degree of each member from this request's viewer. */
    degreeFromViewer: new DataLoader((memberIds: readonly string[]) => connections.degrees(viewerId, memberIds)),
  };
}
