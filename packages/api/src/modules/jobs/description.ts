import sanitizeHtml from 'sanitize-html';

const LINK_SCHEMES = ['http', 'https', 'mailto'];
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

/** The formatting a job description keeps; everything else goes, and scripts and styles with their content. */
const DESCRIPTION_RULES: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'b', 'i', 'u', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote', 'a'],
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: LINK_SCHEMES,
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // A link to anything but the web or an address keeps its words and loses its target, so it links nowhere.
    a: (tagName, attribs): sanitizeHtml.Tag =>
      attribs.href && SAFE_HREF.test(attribs.href.trim())
        ? { tagName, attribs: { href: attribs.href.trim(), rel: 'nofollow noopener noreferrer', target: '_blank' } }
        : { tagName, attribs: {} },
  },
};

/** Recruiter-written HTML reduced to paragraphs, lists, headings, emphasis and safe links. */
export function sanitizeDescription(html: string): string {
  return sanitizeHtml(html, DESCRIPTION_RULES).trim();
}

const BLOCK_END = /<\/(p|li|h3|h4|blockquote)>|<br\s*\/?>/gi;
const ESCAPED: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/** The words of a sanitized description on one line, for previews and emptiness checks. */
export function descriptionText(sanitized: string): string {
  const text = sanitizeHtml(sanitized.replace(BLOCK_END, '$& '), { allowedTags: [], allowedAttributes: {} });
  return text
    .replace(/&(amp|lt|gt|quot);/g, (entity) => ESCAPED[entity]!)
    .replace(/\s+/g, ' ')
    .trim();
}
