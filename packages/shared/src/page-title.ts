export const SITE_NAME = 'Carnet';

/** "Camille Martin – Data engineer": a profile's title, in the browser tab and in link previews alike. */
export function profileTitle(displayName: string, headline: string | null | undefined): string {
  return headline ? `${displayName} – ${headline}` : displayName;
}

/** What a page's <title> says: "Camille Martin – Data engineer | Carnet". */
export function documentTitle(title: string): string {
  return `${title} | ${SITE_NAME}`;
}
