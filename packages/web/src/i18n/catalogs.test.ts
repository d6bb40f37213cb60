import en from './en.json';
import fr from './fr.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('translation catalogs', () => {
  it('have the same keys in French and English', () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });

  it('have no empty text', () => {
    const values = (catalog: object) =>
      keys(catalog).map((key) => key.split('.').reduce<any>((node, part) => node[part], catalog));
    expect([...values(fr), ...values(en)].filter((text) => typeof text !== 'string' || !text.trim())).toEqual([]);
  });
});
