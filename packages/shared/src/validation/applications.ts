import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';
import { APPLICATION_STAGES, JOB_LIMITS, SCREENING_KINDS, type ApplicationStage, type ScreeningKind } from '../jobs';
import { checkEmail, normalizeEmail } from './accounts';
import { validateProfile } from './profile';
import { normalizeText, textLength } from './text';

/**
 * What the candidate is told of an application: the recruiter's triage between "reviewed" and "shortlisted"
 * stays inside the company, so both read as VIEWED; a rejection reads as NOT_SELECTED.
 */
export const APPLICATION_STATUSES = {
  SUBMITTED: 'SUBMITTED',
  VIEWED: 'VIEWED',
  INTERVIEW: 'INTERVIEW',
  OFFER: 'OFFER',
  HIRED: 'HIRED',
  NOT_SELECTED: 'NOT_SELECTED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[keyof typeof APPLICATION_STATUSES];

const STATUS_OF_STAGE: Record<ApplicationStage, ApplicationStatus> = {
  NEW: APPLICATION_STATUSES.SUBMITTED,
  REVIEWED: APPLICATION_STATUSES.VIEWED,
  SHORTLISTED: APPLICATION_STATUSES.VIEWED,
  INTERVIEW: APPLICATION_STATUSES.INTERVIEW,
  OFFER: APPLICATION_STATUSES.OFFER,
  HIRED: APPLICATION_STATUSES.HIRED,
  REJECTED: APPLICATION_STATUSES.NOT_SELECTED,
  WITHDRAWN: APPLICATION_STATUSES.WITHDRAWN,
};

export function candidateStatus(stage: ApplicationStage): ApplicationStatus {
  return STATUS_OF_STAGE[stage];
}

/** The stages of the recruiter's pipeline, in order: WITHDRAWN is only ever the candidate's doing. */
export const PIPELINE_STAGES: readonly ApplicationStage[] = [
  APPLICATION_STAGES.NEW,
  APPLICATION_STAGES.REVIEWED,
  APPLICATION_STAGES.SHORTLISTED,
  APPLICATION_STAGES.INTERVIEW,
  APPLICATION_STAGES.OFFER,
  APPLICATION_STAGES.HIRED,
  APPLICATION_STAGES.REJECTED,
];

/** A candidate may withdraw until a decision is made (hired or rejected) or they already did. */
export function canWithdraw(stage: ApplicationStage): boolean {
  return !([APPLICATION_STAGES.HIRED, APPLICATION_STAGES.REJECTED, APPLICATION_STAGES.WITHDRAWN] as string[]).includes(
    stage,
  );
}

/** One answer as typed: exactly the value of the question's kind is expected. */
export interface AnswerFields {
  questionId: string;
  yesNo?: boolean | null;
  text?: string | null;
  number?: number | null;
}

export interface QuestionRule {
  id: string;
  kind: ScreeningKind;
  required: boolean;
}

export interface ApplicationFields {
  coverLetter: string | null;
  contactEmail: string;
  contactPhone: string | null;
  answers: AnswerFields[];
}

/** A free text with its paragraphs kept: trailing spaces and blank ends removed; empty means not given. */
export function normalizeParagraphs(value: string | null | undefined): string | null {
  const text = (value ?? '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
  return text === '' ? null : text;
}

function normalizeAnswer(answer: AnswerFields): AnswerFields {
  const text = answer.text == null ? null : normalizeText(answer.text) || null;
  return { questionId: answer.questionId, yesNo: answer.yesNo ?? null, text, number: answer.number ?? null };
}

export function normalizeApplication(input: ApplicationFields): ApplicationFields {
  return {
    coverLetter: normalizeParagraphs(input.coverLetter),
    contactEmail: normalizeEmail(input.contactEmail),
    contactPhone: input.contactPhone == null ? null : normalizeText(input.contactPhone) || null,
    answers: input.answers.map(normalizeAnswer),
  };
}

const VALUE_OF_KIND: Record<ScreeningKind, keyof AnswerFields> = {
  [SCREENING_KINDS.YES_NO]: 'yesNo',
  [SCREENING_KINDS.SHORT_TEXT]: 'text',
  [SCREENING_KINDS.NUMBER]: 'number',
};

/** The largest number an answer may hold, either sign: far beyond any years of experience or salary. */
export const MAX_ANSWER_NUMBER = 1_000_000_000;

const given = (answer: AnswerFields) =>
  (Object.values(VALUE_OF_KIND) as (keyof AnswerFields)[]).filter((key) => answer[key] != null);

/** One error per answer at most, on `answers.<questionId>`, so that a form shows it under its question. */
function checkAnswer(answer: AnswerFields, question: QuestionRule | undefined): UserErrorDraft[] {
  const field = `answers.${answer.questionId}`;
  if (!question) return [{ field, code: USER_ERROR_CODES.INVALID_CHOICE }];
  const values = given(answer);
  if (values.length === 0) return question.required ? [{ field, code: USER_ERROR_CODES.REQUIRED }] : [];
  if (values.length > 1 || values[0] !== VALUE_OF_KIND[question.kind]) {
    return [{ field, code: USER_ERROR_CODES.ANSWER_KIND_MISMATCH }];
  }
  if (answer.text != null && textLength(answer.text) > JOB_LIMITS.shortTextAnswer) {
    return [{ field, code: USER_ERROR_CODES.TOO_LONG, params: { max: JOB_LIMITS.shortTextAnswer } }];
  }
  if (answer.number != null && !(Number.isFinite(answer.number) && Math.abs(answer.number) <= MAX_ANSWER_NUMBER)) {
    return [{ field, code: USER_ERROR_CODES.INVALID_NUMBER, params: { max: MAX_ANSWER_NUMBER } }];
  }
  return [];
}

function checkAnswers(answers: readonly AnswerFields[], questions: readonly QuestionRule[]): UserErrorDraft[] {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const seen = new Set<string>();
  const errors = answers.flatMap((answer) => {
    if (seen.has(answer.questionId))
      return [{ field: `answers.${answer.questionId}`, code: USER_ERROR_CODES.DUPLICATE }];
    seen.add(answer.questionId);
    return checkAnswer(answer, byId.get(answer.questionId));
  });
  const unanswered = questions.filter((question) => question.required && !seen.has(question.id));
  return [...errors, ...unanswered.map((q) => ({ field: `answers.${q.id}`, code: USER_ERROR_CODES.REQUIRED }))];
}

/** Every problem of a (normalized) application to a posting with these questions; ids are compared as given. */
export function validateApplication(input: ApplicationFields, questions: readonly QuestionRule[]): UserErrorDraft[] {
  const coverLetter = input.coverLetter ?? '';
  const phoneErrors = input.contactPhone == null ? [] : validateProfile({ phone: input.contactPhone });
  return [
    ...(textLength(coverLetter) > JOB_LIMITS.coverLetter
      ? [{ field: 'coverLetter', code: USER_ERROR_CODES.TOO_LONG, params: { max: JOB_LIMITS.coverLetter } }]
      : []),
    ...checkEmail('contactEmail', input.contactEmail),
    ...phoneErrors.map((error) => ({ ...error, field: 'contactPhone' })),
    ...checkAnswers(input.answers, questions),
  ];
}

/** A recruiter's note: required, at most JOB_LIMITS.recruiterNote characters. */
export function checkNote(text: string): UserErrorDraft[] {
  if (!text) return [{ field: 'text', code: USER_ERROR_CODES.REQUIRED }];
  return textLength(text) > JOB_LIMITS.recruiterNote
    ? [{ field: 'text', code: USER_ERROR_CODES.TOO_LONG, params: { max: JOB_LIMITS.recruiterNote } }]
    : [];
}

/** The optional message sent with a rejection. */
export function checkRejectionMessage(message: string | null): UserErrorDraft[] {
  return message !== null && textLength(message) > JOB_LIMITS.rejectionMessage
    ? [{ field: 'message', code: USER_ERROR_CODES.TOO_LONG, params: { max: JOB_LIMITS.rejectionMessage } }]
    : [];
}
