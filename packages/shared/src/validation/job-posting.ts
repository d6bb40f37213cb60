import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';
import {
  CONTRACT_TYPES,
  CONTRACTS_WITH_MONTHS,
  CURRENCIES,
  JOB_FUNCTIONS,
  JOB_LIMITS,
  SALARY_MAX_BY_PERIOD,
  SALARY_PERIODS,
  SCREENING_KINDS,
  SENIORITY_LEVELS,
  WORKPLACE_TYPES,
  type ContractType,
  type SalaryPeriod,
} from '../jobs';
import { checkMaxLength, optionalText } from './career';
import { checkDuplicates, checkListSize } from './lists';
import { normalizeSkills, validateSkills } from './skills';
import { checkRequiredText, normalizeText } from './text';
import { checkUrl, normalizeUrl } from './url';

const DAY_MS = 86_400_000;
const PLACE_MAX = 100;
export const APPLY_URL_MAX_LENGTH = 500;

export interface SalaryFields {
  min: number | null;
  max: number | null;
  currency: string;
  period: string;
}

export interface ScreeningQuestionFields {
  /** The question's id when it is kept from the posting being edited. */
  id: string | null;
  kind: string;
  prompt: string;
  required: boolean;
}

/** What a recruiter writes in a posting; `descriptionHtml` is already sanitized. */
export interface JobPostingFields {
  title: string;
  descriptionHtml: string;
  location: { city: string | null; region: string | null; country: string | null };
  workplaceType: string;
  contractType: string;
  contractMonths: number | null;
  seniority: string | null;
  jobFunction: string | null;
  skills: string[];
  salary: SalaryFields | null;
  /** 'YYYY-MM-DD'. */
  startDate: string | null;
  openings: number;
  /** Null: candidates apply on Carnet. */
  applyUrl: string | null;
  /** Null: keep the current expiry, or the default one for a new posting. */
  expiresAt: Date | null;
  screeningQuestions: ScreeningQuestionFields[];
}

/** The default expiry of a posting published or reopened now. */
export function defaultJobExpiry(now = new Date()): Date {
  return new Date(now.getTime() + JOB_LIMITS.expiryDaysDefault * DAY_MS);
}

/** The latest expiry allowed: the end of the day `expiryDaysMax` days from now (UTC), so a date picked in a calendar fits. */
export function latestJobExpiry(now = new Date()): Date {
  const startOfDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(startOfDay + (JOB_LIMITS.expiryDaysMax + 1) * DAY_MS - 1);
}

function normalizeSalary(salary: SalaryFields | null): SalaryFields | null {
  if (!salary) return null;
  const currency = salary.currency.trim().toUpperCase();
  if (salary.min === null && salary.max === null && !currency) return null;
  return { ...salary, currency };
}

export function normalizeJobPosting(input: JobPostingFields): JobPostingFields {
  const applyUrl = optionalText(input.applyUrl);
  return {
    ...input,
    title: normalizeText(input.title),
    descriptionHtml: input.descriptionHtml.trim(),
    location: {
      city: optionalText(input.location.city),
      region: optionalText(input.location.region),
      country: optionalText(input.location.country)?.toUpperCase() ?? null,
    },
    seniority: input.seniority || null,
    jobFunction: input.jobFunction || null,
    skills: normalizeSkills(input.skills),
    salary: normalizeSalary(input.salary),
    startDate: optionalText(input.startDate),
    applyUrl: applyUrl === null ? null : normalizeUrl(applyUrl),
    screeningQuestions: input.screeningQuestions.map((question) => ({
      ...question,
      id: question.id || null,
      prompt: normalizeText(question.prompt),
    })),
  };
}

const choice = (field: string, value: string | null, allowed: object): UserErrorDraft[] =>
  value === null || Object.values(allowed).includes(value) ? [] : [{ field, code: USER_ERROR_CODES.INVALID_CHOICE }];

const range = (field: string, value: number | null, min: number, max: number): UserErrorDraft[] =>
  value === null || (Number.isInteger(value) && value >= min && value <= max)
    ? []
    : [{ field, code: USER_ERROR_CODES.OUT_OF_RANGE, params: { min, max } }];

function checkLocation(input: JobPostingFields): UserErrorDraft[] {
  const { city, region, country } = input.location;
  const needsCity = input.workplaceType !== WORKPLACE_TYPES.REMOTE && city === null;
  return [
    ...(needsCity ? [{ field: 'location.city', code: USER_ERROR_CODES.REQUIRED }] : []),
    ...checkMaxLength('location.city', city, PLACE_MAX),
    ...checkMaxLength('location.region', region, PLACE_MAX),
    ...(country !== null && !/^[A-Z]{2}$/.test(country)
      ? [{ field: 'location.country', code: USER_ERROR_CODES.INVALID_CHOICE }]
      : []),
  ];
}

/** A CDD states its length; an intérim mission may; no other contract has one. */
function checkContractMonths(contractType: string, months: number | null): UserErrorDraft[] {
  if (!CONTRACTS_WITH_MONTHS.includes(contractType as ContractType)) {
    return months === null ? [] : [{ field: 'contractMonths', code: USER_ERROR_CODES.CONTRACT_MONTHS_NOT_ALLOWED }];
  }
  if (months === null && contractType === CONTRACT_TYPES.CDD) {
    return [{ field: 'contractMonths', code: USER_ERROR_CODES.REQUIRED }];
  }
  return range('contractMonths', months, 1, JOB_LIMITS.cddMonthsMax);
}

/** One bound at least, each a believable amount for its period, the minimum not above the maximum, a known currency. */
export function checkSalary(salary: SalaryFields | null): UserErrorDraft[] {
  if (!salary) return [];
  const errors = [
    ...(Object.values(SALARY_PERIODS).includes(salary.period as SalaryPeriod)
      ? []
      : [{ field: 'salary.period', code: USER_ERROR_CODES.INVALID_CHOICE }]),
    ...((CURRENCIES as readonly string[]).includes(salary.currency)
      ? []
      : [
          {
            field: 'salary.currency',
            code: USER_ERROR_CODES.UNKNOWN_CURRENCY,
            params: { accepted: CURRENCIES.join(', ') },
          },
        ]),
  ];
  if (salary.min === null && salary.max === null)
    return [...errors, { field: 'salary.min', code: USER_ERROR_CODES.REQUIRED }];
  const ceiling = SALARY_MAX_BY_PERIOD[salary.period as SalaryPeriod] ?? JOB_LIMITS.salaryMax;
  const bounds = [...range('salary.min', salary.min, 1, ceiling), ...range('salary.max', salary.max, 1, ceiling)];
  if (bounds.length === 0 && salary.min !== null && salary.max !== null && salary.min > salary.max) {
    bounds.push({ field: 'salary.min', code: USER_ERROR_CODES.SALARY_MIN_ABOVE_MAX });
  }
  return [...errors, ...bounds];
}

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Later than now, and not past `expiryDaysMax` days from today. */
export function checkExpiry(expiresAt: Date | null, now: Date): UserErrorDraft[] {
  if (expiresAt === null) return [];
  if (Number.isNaN(expiresAt.getTime())) return [{ field: 'expiresAt', code: USER_ERROR_CODES.INVALID_DATE }];
  if (expiresAt <= now) return [{ field: 'expiresAt', code: USER_ERROR_CODES.DATE_IN_PAST }];
  if (expiresAt > latestJobExpiry(now)) {
    return [{ field: 'expiresAt', code: USER_ERROR_CODES.DATE_TOO_FAR, params: { days: JOB_LIMITS.expiryDaysMax } }];
  }
  return [];
}

function checkApplyUrl(applyUrl: string | null): UserErrorDraft[] {
  if (applyUrl === null) return [];
  if (applyUrl.length > APPLY_URL_MAX_LENGTH) {
    return [{ field: 'applyUrl', code: USER_ERROR_CODES.TOO_LONG, params: { max: APPLY_URL_MAX_LENGTH } }];
  }
  return checkUrl('applyUrl', applyUrl);
}

function checkScreeningQuestions(questions: readonly ScreeningQuestionFields[]): UserErrorDraft[] {
  return [
    ...checkListSize('screeningQuestions', questions.length, JOB_LIMITS.screeningQuestions),
    ...questions.flatMap((question, index) => [
      ...choice(`screeningQuestions.${index}.kind`, question.kind, SCREENING_KINDS),
      ...checkRequiredText(`screeningQuestions.${index}.prompt`, question.prompt, JOB_LIMITS.screeningPrompt),
    ]),
    ...checkDuplicates('screeningQuestions.#.prompt', questions, (question) => question.prompt.toLowerCase()),
  ];
}

function checkSkills(skills: readonly string[]): UserErrorDraft[] {
  const tooMany = checkListSize('skills', skills.length, JOB_LIMITS.skills);
  return tooMany.length ? tooMany : validateSkills(skills).map((error) => ({ ...error, field: 'skills' }));
}

/** Every rule of a posting's fields, on normalized input; field names are the input's paths ("salary.min"). */
export function validateJobPosting(input: JobPostingFields, now = new Date()): UserErrorDraft[] {
  return [
    ...checkRequiredText('title', input.title, JOB_LIMITS.title),
    ...checkMaxLength('descriptionHtml', input.descriptionHtml, JOB_LIMITS.description),
    ...checkLocation(input),
    ...choice('workplaceType', input.workplaceType, WORKPLACE_TYPES),
    ...choice('contractType', input.contractType, CONTRACT_TYPES),
    ...checkContractMonths(input.contractType, input.contractMonths),
    ...choice('seniority', input.seniority, SENIORITY_LEVELS),
    ...choice('jobFunction', input.jobFunction, JOB_FUNCTIONS),
    ...checkSkills(input.skills),
    ...checkSalary(input.salary),
    ...(input.startDate !== null && !isCalendarDate(input.startDate)
      ? [{ field: 'startDate', code: USER_ERROR_CODES.INVALID_DATE }]
      : []),
    ...range('openings', input.openings, 1, JOB_LIMITS.openingsMax),
    ...checkApplyUrl(input.applyUrl),
    ...checkExpiry(input.expiresAt, now),
    ...checkScreeningQuestions(input.screeningQuestions),
  ];
}

/** What a posting needs before candidates see it: a description (a draft may be saved without one). */
export function checkPublishable(descriptionText: string): UserErrorDraft[] {
  return descriptionText.trim() === '' ? [{ field: 'descriptionHtml', code: USER_ERROR_CODES.REQUIRED }] : [];
}
