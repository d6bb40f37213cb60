import DataLoader from 'dataloader';
import type { IntroductionService } from './introduction.service';

export function createIntroductionLoaders(introductions: IntroductionService) {
  return {
    introductionById: new DataLoader((ids: readonly string[]) => introductions.findByIds(ids)),
    /** The introduction each invitation carries, if any. */
    introductionByInvitation: new DataLoader((ids: readonly string[]) => introductions.findByInvitationIds(ids)),
  };
}
