import DataLoader from 'dataloader';
import type { ApplicationReads } from './application.reads';

export function createApplicationLoaders(reads: ApplicationReads, viewerMemberId: string | null) {
  return {
    applicationById: new DataLoader((ids: readonly string[]) => reads.findByIds(ids)),
    /** The viewer's own application to each posting, or null. */
    viewerApplicationByPosting: new DataLoader((postingIds: readonly string[]) =>
      viewerMemberId ? reads.applicationsTo(viewerMemberId, postingIds) : Promise.resolve(postingIds.map(() => null)),
    ),
    applicantCountByPosting: new DataLoader((postingIds: readonly string[]) => reads.applicantCounts(postingIds)),
    stageCountsByPosting: new DataLoader((postingIds: readonly string[]) => reads.stageCounts(postingIds)),
    /** CV file name, answers, history and notes of each application, read together. */
    applicationDetails: new DataLoader((ids: readonly string[]) => reads.detailsOf(ids)),
  };
}
