import DataLoader from 'dataloader';
import type { SavedJobService } from './saved-job.service';

export function createSavedJobLoaders(savedJobs: SavedJobService, viewerMemberId: string | null) {
  return {
    /** Whether the viewer saved each posting (false when anonymous). */
    viewerHasSaved: new DataLoader((postingIds: readonly string[]) =>
      viewerMemberId ? savedJobs.savedAmong(viewerMemberId, postingIds) : Promise.resolve(postingIds.map(() => false)),
    ),
  };
}
