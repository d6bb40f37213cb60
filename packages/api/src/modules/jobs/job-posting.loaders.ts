import DataLoader from 'dataloader';
import type { JobPostingService } from './job-posting.service';

export function createJobPostingLoaders(postings: JobPostingService) {
  return {
    jobPostingById: new DataLoader((ids: readonly string[]) => postings.findByIds(ids)),
  };
}
