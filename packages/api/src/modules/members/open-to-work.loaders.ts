import DataLoader from 'dataloader';
import type { OpenToWorkService } from './open-to-work.service';

export function createOpenToWorkLoaders(openToWork: OpenToWorkService) {
  return {
    openToWorkByMember: new DataLoader((memberIds: readonly string[]) => openToWork.signalsOf(memberIds)),
  };
}
