import { checkUrl, normalizeUrl, URL_MAX_LENGTH } from './url';

const codes = (raw: string) => checkUrl('url', normalizeUrl(raw)).map((e) => e.code);

describe('normalizeUrl', () => {
  it.each([
    ['  https://www.doyoubuzz.com/camille-martin  ', 'https://www.doyoubuzz.com/camille-martin'],
    ['www.example.fr', 'https://www.example.fr'],
    ['example.fr:8080/cv', 'https://example.fr:8080/cv'],
    ['//example.fr', 'https://example.fr'],
    ['HTTP://Example.fr', 'http://Example.fr'],
    ['JavaScript:alert(1)', 'javascript:alert(1)'],
    ['', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeUrl(raw)).toBe(expected);
  });
});

describe('checkUrl', () => {
  it.each([
    'https://www.doyoubuzz.com/camille-martin',
    'http://blog.example.fr/articles?page=2#haut',
    'www.example.fr',
    'https://café.fr',
    'https://192.168.1.10/portfolio',
  ])('accepts %s', (raw) => {
    expect(codes(raw)).toEqual([]);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://files.example.fr',
    'mailto:camille@example.fr',
    'https://camille:secret@example.fr',
    'https://camille@example.fr',
    'http://localhost:3000',
    'https://intranet',
    'https://example.',
    'https://exa mple.fr',
    'https://',
  ])('refuses %j as INVALID_URL', (raw) => {
    expect(codes(raw)).toEqual(['INVALID_URL']);
  });

  it('requires an address and caps its length', () => {
    expect(codes('   ')).toEqual(['REQUIRED']);
    const long = `https://example.fr/${'a'.repeat(URL_MAX_LENGTH)}`;
    expect(checkUrl('url', long)).toEqual([{ field: 'url', code: 'TOO_LONG', params: { max: URL_MAX_LENGTH } }]);
    expect(codes(`https://example.fr/${'a'.repeat(URL_MAX_LENGTH - 19)}`)).toEqual([]);
  });
});
