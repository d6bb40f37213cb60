import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';
import { CONTRACT_TYPES, WORKPLACE_TYPES, type ContractType } from '../jobs';
import { OPEN_TO_WORK_AUDIENCES } from '../profile';
import { currentMonth, isMonth } from './career';
import { normalizeText, textLength } from './text';

export const OPEN_TO_WORK_LIMITS = { jobTitles: 5, locations: 5, text: 100 } as const;

/** The contracts a job seeker can ask for; part time is a working time that job postings state, not a contract. */
export const OPEN_TO_WORK_CONTRACT_TYPES: readonly ContractType[] = [
  CONTRACT_TYPES.CDI,
  CONTRACT_TYPES.CDD,
  CONTRACT_TYPES.STAGE,
  CONTRACT_TYPES.ALTERNANCE,
  CONTRACT_TYPES.FREELANCE,
  CONTRACT_TYPES.INTERIM,
];

export interface OpenToWorkFields {
  jobTitles: string[];
  locations: string[];
  contractTypes: string[];
  workplaceTypes: string[];
  /** "YYYY-MM"; null: available immediately. */
  availableFrom: string | null;
  visibleTo: string;
}

/** Trimmed, empty entries dropped, each entry once (ignoring case), in the order given. */
function distinct(values: readonly string[], clean: (value: string) => string = (value) => value): string[] {
  const seen = new Set<string>();
  return values.map(clean).filter((value) => {
    const key = value.toLowerCase();
    if (!value || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function normalizeOpenToWork(input: OpenToWorkFields): OpenToWorkFields {
  return {
    jobTitles: distinct(input.jobTitles, normalizeText),
    locations: distinct(input.locations, normalizeText),
    contractTypes: distinct(input.contractTypes),
    workplaceTypes: distinct(input.workplaceTypes),
    availableFrom: input.availableFrom?.trim() || null,
    visibleTo: input.visibleTo,
  };
}

function checkTexts(field: string, values: readonly string[], max: number): UserErrorDraft[] {
  if (values.length > max) return [{ field, code: USER_ERROR_CODES.LIMIT_REACHED, params: { max } }];
  return values.some((value) => textLength(value) > OPEN_TO_WORK_LIMITS.text)
    ? [{ field, code: USER_ERROR_CODES.TOO_LONG, params: { max: OPEN_TO_WORK_LIMITS.text } }]
    : [];
}

function checkChoices(field: string, values: readonly string[], allowed: readonly string[]): UserErrorDraft[] {
  return values.every((value) => allowed.includes(value)) ? [] : [{ field, code: USER_ERROR_CODES.INVALID_CHOICE }];
}

function checkStart(availableFrom: string | null, now: Date): UserErrorDraft[] {
  if (availableFrom === null) return [];
  if (!isMonth(availableFrom)) return [{ field: 'availableFrom', code: USER_ERROR_CODES.INVALID_DATE }];
  if (availableFrom < currentMonth(now)) return [{ field: 'availableFrom', code: USER_ERROR_CODES.DATE_IN_PAST }];
  return [];
}

/** 1 to 5 job titles, up to 5 places, at least one contract, known choices, and a start not in the past. Expects normalized input. */
export function validateOpenToWork(input: OpenToWorkFields, now = new Date()): UserErrorDraft[] {
  return [
    ...(input.jobTitles.length === 0
      ? [{ field: 'jobTitles', code: USER_ERROR_CODES.REQUIRED }]
      : checkTexts('jobTitles', input.jobTitles, OPEN_TO_WORK_LIMITS.jobTitles)),
    ...checkTexts('locations', input.locations, OPEN_TO_WORK_LIMITS.locations),
    ...(input.contractTypes.length === 0
      ? [{ field: 'contractTypes', code: USER_ERROR_CODES.REQUIRED }]
      : checkChoices('contractTypes', input.contractTypes, OPEN_TO_WORK_CONTRACT_TYPES)),
    ...checkChoices('workplaceTypes', input.workplaceTypes, Object.values(WORKPLACE_TYPES)),
    ...checkStart(input.availableFrom, now),
    ...checkChoices('visibleTo', [input.visibleTo], Object.values(OPEN_TO_WORK_AUDIENCES)),
  ];
}
