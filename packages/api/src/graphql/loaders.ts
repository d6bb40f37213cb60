import { createConnectionLoaders } from '../modules/connections/connection.loaders';
import { createMemberLoaders } from '../modules/members/member.loaders';
import { createSkillLoaders } from '../modules/skills/skill.loaders';
import type { Services } from '../services';

/** Fresh DataLoaders for each request, so that batching and caching never cross viewers. */
export function createLoaders(services: Services, viewerMemberId: string | null) {
  return {
    ...createMemberLoaders(services.members, services.career),
    ...createConnectionLoaders(services.connections, viewerMemberId),
    ...createSkillLoaders(services.skills),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
