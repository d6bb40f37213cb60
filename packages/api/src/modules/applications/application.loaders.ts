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
    answersByApplication: new DataLoader((ids: readonly string[]) => reads.answersOf(ids)),
    notesByApplication: new DataLoader((ids: readonly string[]) => reads.notesOf(ids)),
    historyByApplication: new DataLoader((ids: readonly string[]) => reads.historyOf(ids)),
    applicationCvById: new DataLoader((ids: readonly string[]) => reads.cvsByIds(ids)),
  };
}
