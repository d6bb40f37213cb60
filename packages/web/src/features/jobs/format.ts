import type { TFunction } from 'i18next';
import type { SalaryPeriod } from '../../gql/graphql';

interface SalaryRange {
  min?: number | null;
  max?: number | null;
  currency: string;
  period: SalaryPeriod;
}

export function formatAmount(amount: number, currency: string, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** "45 000 € – 55 000 € par an", "À partir de 1 200 € par mois", "Up to €650 per day". */
export function formatSalary(salary: SalaryRange, language: string, t: TFunction): string {
  const amount = (value: number) => formatAmount(value, salary.currency, language);
  const { min, max } = salary;
  const range =
    min != null && max != null
      ? min === max
        ? amount(min)
        : `${amount(min)} – ${amount(max)}`
      : min != null
        ? t('jobs.salaryFrom', { amount: amount(min) })
        : t('jobs.salaryUpTo', { amount: amount(max!) });
  return `${range} ${t(`jobs.periods.${salary.period}`)}`;
}

const DAY_MS = 86_400_000;

/** "il y a 3 jours", "hier", "today": whole days between the date and now. */
export function formatDaysAgo(value: string | Date, language: string, now = new Date()): string {
  const days = Math.max(0, Math.floor((now.getTime() - new Date(value).getTime()) / DAY_MS));
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(-days, 'day');
}
