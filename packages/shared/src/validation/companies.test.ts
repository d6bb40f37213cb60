import { checkSlug, companyNameKey, normalizeCompany, slugify, validateCompany, type CompanyFields } from './companies';

const now = new Date('2026-11-22T12:00:00Z');
const company: CompanyFields = {
  name: 'Atelier Dupont',
  slug: 'atelier-dupont',
  description: null,
  industry: 'Ébénisterie',
  size: 'S_11_50',
  headquarters: { city: 'Lyon', region: null, country: 'fr' },
  locations: ['Paris', ' paris ', 'Nantes'],
  website: 'www.atelier-dupont.fr',
  foundedYear: 1987,
};
const codes = (input: Partial<CompanyFields>) =>
  validateCompany(normalizeCompany({ ...company, ...input }), now).map((e) => [e.field, e.code]);

describe('checkSlug', () => {
  it.each([
    ['atelier-dupont', []],
    ['a1', []],
    ['a', ['TOO_SHORT']],
    ['a'.repeat(61), ['TOO_LONG']],
    ['-atelier', ['INVALID_SLUG']],
    ['atelier--dupont', ['INVALID_SLUG']],
    ['atelier_dupont', ['INVALID_SLUG']],
    ['café', ['INVALID_SLUG']],
    ['admin', ['SLUG_RESERVED']],
    ['new', ['SLUG_RESERVED']],
    ['jobs', ['SLUG_RESERVED']],
    ['', ['REQUIRED']],
  ])('%s → %j', (slug, expected) => {
    expect(checkSlug('slug', slug).map((e) => e.code)).toEqual(expected);
  });
});

describe('slugify and companyNameKey', () => {
  it('offers an address made of the name', () => {
    expect(slugify('L’Oréal Groupe & Fils')).toBe('l-oreal-groupe-fils');
    expect(slugify('  Café  ')).toBe('cafe');
    expect(slugify('x'.repeat(59) + ' y')).toBe('x'.repeat(59));
  });

  it('folds case, accents, compatibility forms and spaces', () => {
    expect(companyNameKey('  Société   Générale ')).toBe(companyNameKey('societe generale'));
    expect(companyNameKey('ＡＢＣ')).toBe('abc');
  });
});

describe('validateCompany', () => {
  it('accepts a full page and normalizes it', () => {
    expect(codes({})).toEqual([]);
    expect(normalizeCompany(company)).toEqual(
      expect.objectContaining({
        headquarters: { city: 'Lyon', region: null, country: 'FR' },
        locations: ['Paris', 'Nantes'],
        website: 'https://www.atelier-dupont.fr',
      }),
    );
  });

  it.each([
    ['name REQUIRED', { name: ' ' }, [['name', 'REQUIRED']]],
    ['name TOO_LONG', { name: 'x'.repeat(101) }, [['name', 'TOO_LONG']]],
    ['slug SLUG_RESERVED', { slug: 'Admin' }, [['slug', 'SLUG_RESERVED']]],
    ['website INVALID_URL', { website: 'javascript:alert(1)' }, [['website', 'INVALID_URL']]],
    ['website INVALID_URL', { website: 'ftp://example.fr' }, [['website', 'INVALID_URL']]],
    ['foundedYear DATE_IN_FUTURE', { foundedYear: 2027 }, [['foundedYear', 'DATE_IN_FUTURE']]],
    ['foundedYear INVALID_DATE', { foundedYear: 999 }, [['foundedYear', 'INVALID_DATE']]],
    [
      'headquarters.country INVALID_COUNTRY',
      { headquarters: { city: null, region: null, country: 'France' } },
      [['headquarters.country', 'INVALID_COUNTRY']],
    ],
    [
      'locations LIMIT_REACHED',
      { locations: Array.from({ length: 21 }, (_, i) => `Ville ${i}`) },
      [['locations', 'LIMIT_REACHED']],
    ],
    ['locations.0 TOO_LONG', { locations: ['x'.repeat(101)] }, [['locations.0', 'TOO_LONG']]],
    ['description TOO_LONG', { description: 'x'.repeat(5001) }, [['description', 'TOO_LONG']]],
    ['size INVALID_CHOICE', { size: 'HUGE' as never }, [['size', 'INVALID_CHOICE']]],
  ])('%s', (_label, input, expected) => {
    expect(codes(input)).toEqual(expected);
  });
});
