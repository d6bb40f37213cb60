import { pickLocale } from './locale';

describe('pickLocale', () => {
  it.each([
    [undefined, 'fr'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-CA', 'fr'],
    ['de-DE,en;q=0.8,fr;q=0.9', 'fr'],
    ['de,es;q=0.5', 'fr'],
    ['en;q=0, fr;q=0.1', 'fr'],
  ])('%s → %s', (header, expected) => {
    expect(pickLocale(header)).toBe(expected);
  });
});
