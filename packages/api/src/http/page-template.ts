import fs from 'node:fs';

/** The built index.html, read once, ready to serve with page-specific tags in its <head>. */
export interface PageTemplate {
  /** The file as built, for pages without tags of their own. */
  html: string;
  /** The page with the given tags in place of the generic <title> and description. */
  withHead(tags: string[]): string;
}

const GENERIC_HEAD = [/<title>[\s\S]*?<\/title>\s*/i, /<meta\s+name="description"[^>]*>\s*/i];

export function parsePageTemplate(html: string): PageTemplate {
  const bare = GENERIC_HEAD.reduce((text, tag) => text.replace(tag, ''), html);
  const headEnd = bare.search(/<\/head>/i);
  if (headEnd < 0) throw new Error('index.html has no </head>');
  const [before, after] = [bare.slice(0, headEnd), bare.slice(headEnd)];
  return { html, withHead: (tags) => `${before}  ${tags.join('\n    ')}\n  ${after}` };
}

export function readPageTemplate(file: string): PageTemplate {
  return parsePageTemplate(fs.readFileSync(file, 'utf8'));
}

/** For text placed in HTML, attribute values included. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
