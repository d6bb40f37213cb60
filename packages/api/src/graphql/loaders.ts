import { createMemberLoaders } from '../modules/members/member.loaders';
import type { Services } from '../services';

/** Fresh DataLoaders for each request, so that batching and caching never cross viewers. */
export function createLoaders(services: Services) {
  return {
    ...createMemberLoaders(services.members),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
