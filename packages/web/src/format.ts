/** Date and time in the reader's language, e.g. « 22 nov. 2026, 14:05 » or "Nov 22, 2026, 2:05 PM". */
export function formatDateTime(value: string | Date, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

export function formatDate(value: string | Date, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(value));
}

/** Day and month, e.g. « 24 nov. » or "Nov 24". */
export function formatDayMonth(value: string | Date, language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(value));
}

/** A "YYYY-MM" month, e.g. « sept. 2021 » (short) or "September 2021" (long). */
export function formatMonth(month: string, language: string, length: 'short' | 'long' = 'short'): string {
  const [year, monthIndex] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { month: length, year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, monthIndex! - 1, 1)),
  );
}
