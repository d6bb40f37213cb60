import DataLoader from 'dataloader';
import type { SkillService } from './skill.service';

export function createSkillLoaders(skills: SkillService) {
  return {
    skillsByMember: new DataLoader((memberIds: readonly string[]) => skills.skillsOf(memberIds)),
  };
}
