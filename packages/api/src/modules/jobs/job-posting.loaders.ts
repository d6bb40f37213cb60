import type { JobState } from '@carnet/shared';
import DataLoader from 'dataloader';
import type { KeysetWindow } from '../../graphql/relay';
import type { ListedPosting } from './job-posting.queries';
import type { JobPostingService } from './job-posting.service';

export interface CompanyJobsKey {
  companyId: string;
  states: readonly JobState[];
  window: KeysetWindow;
}

/** Keys that differ only by company, so that each group is one statement over all its companies. */
function byList<K extends { companyId: string }>(keys: readonly K[]): Map<string, { keys: K[]; indexes: number[] }> {
  const groups = new Map<string, { keys: K[]; indexes: number[] }>();
  keys.forEach((key, index) => {
    const { companyId: _companyId, ...list } = key;
    const id = JSON.stringify(list);
    const group = groups.get(id) ?? { keys: [], indexes: [] };
    group.keys.push(key);
    group.indexes.push(index);
    groups.set(id, group);
  });
  return groups;
}

async function batchByList<K extends { companyId: string }, R>(
  keys: readonly K[],
  load: (companyIds: string[], sample: K) => Promise<R[]>,
): Promise<R[]> {
  const results: R[] = new Array(keys.length);
  for (const { keys: group, indexes } of byList(keys).values()) {
    const rows = await load(
      group.map((key) => key.companyId),
      group[0]!,
    );
    indexes.forEach((at, i) => (results[at] = rows[i]!));
  }
  return results;
}

export function createJobPostingLoaders(postings: JobPostingService) {
  const cacheKeyFn = (key: object) => JSON.stringify(key);
  return {
    jobPostingById: new DataLoader((ids: readonly string[]) => postings.findByIds(ids)),
    skillsByPosting: new DataLoader((ids: readonly string[]) => postings.skillsOf(ids)),
    screeningQuestionsByPosting: new DataLoader((ids: readonly string[]) => postings.questionsOf(ids)),
    /** A window of each company's postings (`size + 1` rows at most), for Company.jobs on any number of companies. */
    companyJobPage: new DataLoader<CompanyJobsKey, ListedPosting[], string>(
      (keys) =>
        batchByList(keys, (companyIds, { states, window }) =>
          postings.lists.pagesOfCompanies(companyIds, states, window, new Date()),
        ),
      { cacheKeyFn },
    ),
    companyJobCount: new DataLoader<Omit<CompanyJobsKey, 'window'>, number, string>(
      (keys) =>
        batchByList(keys, (companyIds, { states }) => postings.lists.countsOfCompanies(companyIds, states, new Date())),
      { cacheKeyFn },
    ),
  };
}
