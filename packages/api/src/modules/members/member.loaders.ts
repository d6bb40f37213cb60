import DataLoader from 'dataloader';
import type { MemberService } from './member.service';

export function createMemberLoaders(members: MemberService) {
  return {
    memberById: new DataLoader((ids: readonly string[]) => members.findByIds(ids)),
  };
}
