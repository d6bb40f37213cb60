import { normalizeCertification, validateCertification, type CertificationFields } from './certifications';
import { languageName, normalizeLanguages, validateLanguages, type LanguageFields } from './languages';
import { normalizeLinks, validateLinks, type LinkFields } from './links';
import { normalizeWebsites, validateWebsites } from './profile';

const now = new Date('2026-11-22T12:00:00Z');
const pairs = (errors: { field: string; code: string }[]) => errors.map((e) => [e.field, e.code]);

describe('languages', () => {
  const check = (entries: LanguageFields[]) => pairs(validateLanguages(normalizeLanguages(entries)));

  it('accepts ISO 639-1 codes with a CEFR level, whatever their case', () => {
    expect(
      check([
        { code: ' FR ', proficiency: 'NATIVE' },
        { code: 'en', proficiency: 'C1' },
      ]),
    ).toEqual([]);
  });

  it('refuses unknown codes and levels, duplicates and more than 20', () => {
    expect(check([{ code: 'xx', proficiency: 'B2' }])).toEqual([['languages.0.code', 'INVALID_LANGUAGE']]);
    expect(check([{ code: 'fra', proficiency: 'B2' }])).toEqual([['languages.0.code', 'INVALID_LANGUAGE']]);
    expect(check([{ code: 'de', proficiency: 'D1' as never }])).toEqual([
      ['languages.0.proficiency', 'INVALID_CHOICE'],
    ]);
    expect(
      check([
        { code: 'de', proficiency: 'A1' },
        { code: 'DE', proficiency: 'B1' },
      ]),
    ).toEqual([['languages.1.code', 'DUPLICATE']]);
    const many = ['fr', 'en', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'zh', 'ja', 'ko', 'ar', 'he', 'hi', 'sv', 'da'];
    const tooMany = [...many, 'fi', 'no', 'el', 'tr'].map((code) => ({ code, proficiency: 'A1' as const }));
    expect(check(tooMany)).toEqual([['languages', 'LIMIT_REACHED']]);
  });

  it('names a language in the reader’s language', () => {
    expect(languageName('de', 'fr')).toBe('allemand');
    expect(languageName('de', 'en')).toBe('German');
  });
});

describe('certifications', () => {
  const aws: CertificationFields = {
    name: ' AWS Certified  Solutions Architect ',
    issuingOrganization: 'Amazon Web Services',
    issueMonth: '2024-03',
    expiryMonth: '2027-03',
    credentialId: ' ABC-123 ',
    credentialUrl: 'www.credly.com/badges/abc',
  };
  const check = (change: Partial<CertificationFields>) =>
    pairs(validateCertification(normalizeCertification({ ...aws, ...change }), now));

  it('normalizes the text and the credential address, and accepts an expiry ahead', () => {
    expect(normalizeCertification(aws)).toEqual({
      ...aws,
      name: 'AWS Certified Solutions Architect',
      credentialId: 'ABC-123',
      credentialUrl: 'https://www.credly.com/badges/abc',
    });
    expect(check({})).toEqual([]);
    expect(check({ issuingOrganization: '', expiryMonth: '', credentialId: null, credentialUrl: ' ' })).toEqual([]);
  });

  it.each([
    [{ issueMonth: '2026-12' }, [['issueMonth', 'DATE_IN_FUTURE']]],
    [{ issueMonth: '' }, [['issueMonth', 'REQUIRED']]],
    [{ expiryMonth: '2024-02' }, [['expiryMonth', 'END_BEFORE_START']]],
    [{ expiryMonth: '2027-13' }, [['expiryMonth', 'INVALID_DATE']]],
    [{ name: ' ' }, [['name', 'REQUIRED']]],
    [{ name: 'x'.repeat(121) }, [['name', 'TOO_LONG']]],
    [{ issuingOrganization: 'x'.repeat(121) }, [['issuingOrganization', 'TOO_LONG']]],
    [{ credentialId: 'x'.repeat(101) }, [['credentialId', 'TOO_LONG']]],
    [{ credentialUrl: 'javascript:alert(1)' }, [['credentialUrl', 'INVALID_URL']]],
  ] as [Partial<CertificationFields>, string[][]][])('%j → %j', (change, expected) => {
    expect(check(change)).toEqual(expected);
  });
});

describe('links', () => {
  const check = (links: LinkFields[]) => pairs(validateLinks(normalizeLinks(links)));

  it('accepts an online CV typed without a scheme and drops an empty label', () => {
    const links: LinkFields[] = [{ kind: 'WEB_CV', url: 'www.doyoubuzz.com/camille', label: ' ' }];
    expect(normalizeLinks(links)).toEqual([{ kind: 'WEB_CV', url: 'https://www.doyoubuzz.com/camille', label: null }]);
    expect(check(links)).toEqual([]);
  });

  it('refuses bad addresses, long labels, unknown kinds, duplicates and more than 15', () => {
    expect(
      check([
        { kind: 'BLOG', url: 'javascript:alert(1)', label: null },
        { kind: 'OTHER', url: 'https://example.fr', label: 'x'.repeat(61) },
        { kind: 'FAX' as never, url: 'https://example.org', label: null },
        { kind: 'BLOG', url: ' https://example.fr ', label: null },
      ]),
    ).toEqual([
      ['links.0.url', 'INVALID_URL'],
      ['links.1.label', 'TOO_LONG'],
      ['links.2.kind', 'INVALID_CHOICE'],
      ['links.3.url', 'DUPLICATE'],
    ]);
    const many = Array.from({ length: 16 }, (_, i) => ({
      kind: 'OTHER' as const,
      url: `https://e${i}.fr`,
      label: null,
    }));
    expect(check(many)).toEqual([['links', 'LIMIT_REACHED']]);
  });
});

describe('websites', () => {
  const check = (raw: string[]) => pairs(validateWebsites(normalizeWebsites(raw)));

  it('keeps blanks in place so that errors point at the input typed', () => {
    expect(normalizeWebsites(['', ' www.zoe.fr '])).toEqual(['', 'https://www.zoe.fr']);
    expect(check(['', 'data:text/html,x', 'https://zoe.fr'])).toEqual([['websites.1', 'INVALID_URL']]);
    expect(check(['https://zoe.fr', 'zoe.fr'])).toEqual([['websites.1', 'DUPLICATE']]);
    expect(check(['a.fr', 'b.fr', 'c.fr', 'd.fr'])).toEqual([['websites', 'LIMIT_REACHED']]);
  });
});
