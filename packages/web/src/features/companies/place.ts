/** "Lyon, Auvergne-Rhône-Alpes, France": the country code named in the reader's language. */
export function placeOf(
  place: { city?: string | null; region?: string | null; country?: string | null },
  language: string,
): string {
  const country = place.country
    ? (new Intl.DisplayNames([language], { type: 'region' }).of(place.country) ?? place.country)
    : null;
  return [place.city, place.region, country].filter(Boolean).join(', ');
}
