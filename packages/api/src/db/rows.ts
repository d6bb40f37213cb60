/** Rows of several members split per member, in the order of the ids asked (a DataLoader batch). */
export function groupByMember<E extends { memberId: string }>(rows: E[], memberIds: readonly string[]): E[][] {
  const byMember = new Map<string, E[]>(memberIds.map((id) => [id, []]));
  for (const row of rows) byMember.get(row.memberId)?.push(row);
  return memberIds.map((id) => byMember.get(id)!);
}
