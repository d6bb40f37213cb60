import { descriptionText, sanitizeDescription } from './description';

describe('sanitizeDescription', () => {
  it('keeps the formatting tags and drops scripts, styles, event handlers and unknown tags', () => {
    const dirty =
      '<h3 onclick="steal()">Missions</h3><script>alert(1)</script><style>p{color:red}</style>' +
      '<p style="color:red" onmouseover="x()">Du <strong>React</strong> et <em>du</em> <u>TypeScript</u></p>' +
      '<ul><li>Télétravail</li></ul><iframe src="https://evil.example"></iframe><img src=x onerror="alert(1)">' +
      '<div><span>Texte</span></div>';
    expect(sanitizeDescription(dirty)).toBe(
      '<h3>Missions</h3><p>Du <strong>React</strong> et <em>du</em> <u>TypeScript</u></p>' +
        '<ul><li>Télétravail</li></ul>Texte',
    );
  });

  it('keeps http, https and mailto links, opened apart, and takes the target out of other links', () => {
    expect(sanitizeDescription('<a href="https://example.fr" onclick="x()">site</a>')).toBe(
      '<a href="https://example.fr" rel="nofollow noopener noreferrer" target="_blank">site</a>',
    );
    expect(sanitizeDescription('<a href="mailto:rh@example.fr">écrire</a>')).toContain('href="mailto:rh@example.fr"');
    expect(sanitizeDescription('<a href="javascript:alert(1)">clic</a>')).toBe('<a>clic</a>');
    expect(sanitizeDescription('<a href=" JaVaScRiPt:alert(1)">clic</a>')).toBe('<a>clic</a>');
    expect(sanitizeDescription('<a href="data:text/html,hi">clic</a>')).toBe('<a>clic</a>');
    expect(sanitizeDescription('<a href="//evil.example">clic</a>')).toBe('<a>clic</a>');
    expect(sanitizeDescription('<a href="javascript:x()">un</a> <a href="https://a.fr">deux</a>')).toBe(
      '<a>un</a> <a href="https://a.fr" rel="nofollow noopener noreferrer" target="_blank">deux</a>',
    );
  });

  it('escapes text so that it stays text', () => {
    expect(sanitizeDescription('<p>a &lt;script&gt; b & c</p>')).toBe('<p>a &lt;script&gt; b &amp; c</p>');
  });
});

describe('descriptionText', () => {
  it('reads the words with a space between blocks and the entities decoded', () => {
    expect(descriptionText('<h3>Missions</h3><p>R&amp;D &lt;3</p><ul><li>un</li><li>deux</li></ul>')).toBe(
      'Missions R&D <3 un deux',
    );
  });
});
