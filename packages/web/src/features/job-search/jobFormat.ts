import type { JobCardFieldsFragment } from '../../gql/graphql';

type Salary = NonNullable<JobCardFieldsFragment['salary']>;

/** "45 000 – 55 000 €" or "€45,000–€55,000": the range in the reader's locale; the period is worded apart. */
export function formatSalaryRange(salary: Salary, language: string): string {
  const format = new Intl.NumberFormat(language, {
    style: 'currency',
    currency: salary.currency,
    maximumFractionDigits: 0,
  });
  if (salary.min != null && salary.max != null && salary.min !== salary.max) {
    return format.formatRange(salary.min, salary.max);
  }
  return format.format((salary.min ?? salary.max)!);
}

/** "il y a 3 jours", "today"-like wording from the publication date. */
export function formatPostedAgo(publishedAt: string, language: string, now = new Date()): string {
  const days = Math.max(0, Math.floor((now.getTime() - new Date(publishedAt).getTime()) / 86_400_000));
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(-days, 'day');
}
