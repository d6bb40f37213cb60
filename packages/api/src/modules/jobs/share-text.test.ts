import { buildShareText, postLength } from './share-text';

const URL = 'https://carnet.example/jobs/Sm9iUG9zdGluZzoxMjM0NQ';
const posting = {
  title: 'Développeuse React',
  companyName: 'Atelier Lumière',
  city: 'Lyon',
  contractType: 'CDD' as const,
  contractMonths: 6,
};

describe('postLength', () => {
  it('counts as X does: a link is 23, CJK and emoji count 2, Latin letters and typographic quotes 1', () => {
    expect(postLength(`Bonjour ${URL}`)).toBe(8 + 23);
    expect(postLength('voir carnet.fr')).toBe(5 + 23);
    expect(postLength('日本語')).toBe(6);
    expect(postLength('🚀')).toBe(2);
    expect(postLength('l’été…')).toBe(7);
  });
});

describe('buildShareText', () => {
  it('names the job, company, city and contract in the reader’s language, then the link', () => {
    expect(buildShareText(posting, URL, 'fr')).toBe(
      `Offre d’emploi : Développeuse React chez Atelier Lumière (Lyon, CDD 6 mois) ${URL}`,
    );
    expect(
      buildShareText({ ...posting, contractType: 'ALTERNANCE', contractMonths: null, city: null }, URL, 'en'),
    ).toBe(`Job: Développeuse React at Atelier Lumière (Work-study) ${URL}`);
  });

  it('shortens a long title, then the company, then the city, to stay within 280', () => {
    const long = {
      ...posting,
      title: 'Responsable des partenariats '.repeat(5).slice(0, 120),
      companyName: 'Compagnie '.repeat(10).trim(),
      city: 'Saint-Rémy-de-Provence '.repeat(4).trim(),
    };
    const text = buildShareText(long, URL, 'fr');
    expect(postLength(text)).toBeLessThanOrEqual(280);
    expect(text).toMatch(/^Offre d’emploi : Responsable des partenariats .*… chez Compagnie Compagnie .*… \(Saint/);
    expect(text.endsWith(URL)).toBe(true);

    const wide = { ...long, title: '高級ソフトウェアエンジニア'.repeat(10), companyName: '株式会社'.repeat(25) };
    const cjk = buildShareText(wide, URL, 'fr');
    expect(postLength(cjk)).toBeLessThanOrEqual(280);
    expect(cjk.endsWith(URL)).toBe(true);
  });
});
