import DataLoader from 'dataloader';
import type { CareerService } from './career.service';
import type { MemberService } from './member.service';

export function createMemberLoaders(members: MemberService, career: CareerService) {
  return {
    memberById: new DataLoader((ids: readonly string[]) => members.findByIds(ids)),
    experiencesByMember: new DataLoader((memberIds: readonly string[]) => career.experiencesOf(memberIds)),
    educationByMember: new DataLoader((memberIds: readonly string[]) => career.educationOf(memberIds)),
  };
}
