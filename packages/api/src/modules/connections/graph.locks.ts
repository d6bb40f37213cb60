import type { EntityManager } from 'typeorm';

/** A transaction-scoped advisory lock on a key. */
export async function lock(manager: EntityManager, key: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 4))', [key]);
}

/** One lock per unordered pair of members, taken by every change between them (invitations, blocks, follows). */
export function lockPair(manager: EntityManager, a: string, b: string): Promise<void> {
  const [low, high] = BigInt(a) < BigInt(b) ? [a, b] : [b, a];
  return lock(manager, `pair:${low}:${high}`);
}
