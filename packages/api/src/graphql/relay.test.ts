import { pageFromList } from './relay';

const list = ['a', 'b', 'c', 'd', 'e'];
const ids = (page: ReturnType<typeof pageFromList<string>>) => page.items.map((item) => item.node);

describe('pageFromList', () => {
  it('walks forward and back with the same cursors as keyset pages', async () => {
    const first = pageFromList(list, { first: 2 }, (x) => x);
    expect(ids(first)).toEqual(['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const next = pageFromList(list, { first: 2, after: first.pageInfo.endCursor }, (x) => x);
    expect(ids(next)).toEqual(['c', 'd']);
    expect(next.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const back = pageFromList(list, { last: 2, before: next.pageInfo.endCursor }, (x) => x);
    expect(ids(back)).toEqual(['b', 'c']);
    expect(ids(pageFromList(list, { last: 2 }, (x) => x))).toEqual(['d', 'e']);
    expect(await next.count()).toBe(5);
  });

  it('refuses a page size out of bounds', () => {
    expect(() => pageFromList(list, { first: 101 }, (x) => x)).toThrow(/between 1 and 100/);
  });
});
