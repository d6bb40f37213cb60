import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';
import { checkRequiredText, normalizeText, textLength } from './text';

export const CAREER_LIMITS = {
  title: 100,
  organisation: 100,
  place: 100,
  description: 2000,
  entriesPerSection: 100,
} as const;

/** A month as people write it on a CV: "2021-09". */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export interface ExperienceFields {
  title: string;
  companyName: string;
  location: string | null;
  startMonth: string;
  endMonth: string | null;
  current: boolean;
  description: string | null;
}

export interface EducationFields {
  school: string;
  degree: string | null;
  fieldOfStudy: string | null;
  startYear: number | null;
  endYear: number | null;
  description: string | null;
}

export function optionalText(value: string | null | undefined): string | null {
  const text = value == null ? '' : normalizeText(value);
  return text === '' ? null : text;
}

/** Text kept as paragraphs: line breaks normalized, blank when empty. */
export function paragraphs(value: string | null | undefined): string | null {
  const text = (value ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim();
  return text === '' ? null : text;
}

export function checkMaxLength(field: string, value: string | null, max: number): UserErrorDraft[] {
  return value !== null && textLength(value) > max ? [{ field, code: USER_ERROR_CODES.TOO_LONG, params: { max } }] : [];
}

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

export function currentMonth(now = new Date()): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** A month "YYYY-MM" not after this one (a null one is not given); `now: null` allows future months, such as an expiry. */
export function checkMonth(field: string, value: string | null, now: Date | null): UserErrorDraft[] {
  if (value === null) return [];
  if (!isMonth(value)) return [{ field, code: USER_ERROR_CODES.INVALID_DATE }];
  if (now !== null && value > currentMonth(now)) return [{ field, code: USER_ERROR_CODES.DATE_IN_FUTURE }];
  return [];
}

export function normalizeExperience(input: ExperienceFields): ExperienceFields {
  return {
    title: normalizeText(input.title),
    companyName: normalizeText(input.companyName),
    location: optionalText(input.location),
    startMonth: input.startMonth.trim(),
    endMonth: input.current ? null : optionalText(input.endMonth),
    current: input.current,
    description: paragraphs(input.description),
  };
}

/** Dates are months, none in the future, the end not before the start, and a past job has an end. */
export function validateExperience(input: ExperienceFields, now = new Date()): UserErrorDraft[] {
  const errors = [
    ...checkRequiredText('title', input.title, CAREER_LIMITS.title),
    ...checkRequiredText('companyName', input.companyName, CAREER_LIMITS.organisation),
    ...checkMaxLength('location', input.location, CAREER_LIMITS.place),
    ...(input.startMonth
      ? checkMonth('startMonth', input.startMonth, now)
      : [{ field: 'startMonth', code: USER_ERROR_CODES.REQUIRED }]),
    ...checkMonth('endMonth', input.endMonth, now),
    ...checkMaxLength('description', input.description, CAREER_LIMITS.description),
  ];
  if (!input.current && input.endMonth === null) errors.push({ field: 'endMonth', code: USER_ERROR_CODES.REQUIRED });
  const datesValid = !errors.some((e) => e.field === 'startMonth' || e.field === 'endMonth');
  if (datesValid && input.endMonth !== null && input.endMonth < input.startMonth) {
    errors.push({ field: 'endMonth', code: USER_ERROR_CODES.END_BEFORE_START });
  }
  return errors;
}

export function normalizeEducation(input: EducationFields): EducationFields {
  return {
    school: normalizeText(input.school),
    degree: optionalText(input.degree),
    fieldOfStudy: optionalText(input.fieldOfStudy),
    startYear: input.startYear ?? null,
    endYear: input.endYear ?? null,
    description: paragraphs(input.description),
  };
}

/** Years between 1900 and ten years ahead (a degree in progress has an expected end), the end not before the start. */
export function validateEducation(input: EducationFields, now = new Date()): UserErrorDraft[] {
  const latest = now.getUTCFullYear() + 10;
  const year = (field: string, value: number | null): UserErrorDraft[] =>
    value !== null && (!Number.isInteger(value) || value < 1900 || value > latest)
      ? [{ field, code: USER_ERROR_CODES.INVALID_DATE }]
      : [];
  const errors = [
    ...checkRequiredText('school', input.school, CAREER_LIMITS.organisation),
    ...checkMaxLength('degree', input.degree, CAREER_LIMITS.title),
    ...checkMaxLength('fieldOfStudy', input.fieldOfStudy, CAREER_LIMITS.title),
    ...year('startYear', input.startYear),
    ...year('endYear', input.endYear),
    ...checkMaxLength('description', input.description, CAREER_LIMITS.description),
  ];
  if (
    !errors.some((e) => e.field.endsWith('Year')) &&
    input.startYear !== null &&
    input.endYear !== null &&
    input.endYear < input.startYear
  ) {
    errors.push({ field: 'endYear', code: USER_ERROR_CODES.END_BEFORE_START });
  }
  return errors;
}
