import DataLoader from 'dataloader';
import type { MediaService } from './media.service';

export function createMediaLoaders(media: MediaService) {
  return {
    mediaByMember: new DataLoader((memberIds: readonly string[]) => media.mediaOf(memberIds)),
    mediaByCompany: new DataLoader((companyIds: readonly string[]) => media.companyMediaOf(companyIds)),
  };
}
