import DataLoader from 'dataloader';
import type { JobAlertService } from './job-alert.service';

export function createJobAlertLoaders(alerts: JobAlertService) {
  return {
    jobAlertById: new DataLoader((ids: readonly string[]) => alerts.findByIds(ids)),
    unseenMatchCountByAlert: new DataLoader((ids: readonly string[]) => alerts.unseenCounts(ids)),
  };
}
