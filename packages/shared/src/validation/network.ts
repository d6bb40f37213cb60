import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';
import { NETWORK_LIMITS } from '../network';
import { checkEmail, normalizeEmail } from './accounts';
import { checkListSize } from './lists';
import { checkRequiredText, textLength } from './text';

/** A note keeps its line breaks; an empty one is no note. */
export function normalizeInvitationNote(value: string | null | undefined): string | null {
  const text = (value ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim();
  return text === '' ? null : text;
}

export function validateInvitationNote(note: string | null): UserErrorDraft[] {
  const max = NETWORK_LIMITS.invitationNote;
  return note !== null && textLength(note) > max
    ? [{ field: 'note', code: USER_ERROR_CODES.TOO_LONG, params: { max } }]
    : [];
}

/** Addresses to look up, from whatever was pasted: split on spaces, commas and semicolons, lowercased, each once. */
export function splitEmailList(raw: string): string[] {
  const pieces = raw
    .split(/[\s,;]+/)
    .map((piece) => normalizeEmail(piece.replace(/^<|>$/g, '')))
    .filter(Boolean);
  return [...new Set(pieces)];
}

/**
 * The addresses worth looking up and how many were not addresses at all: those are left out and counted
 * rather than refused, since a pasted contact list always holds some noise.
 */
export function sortEmailList(emails: readonly string[]): { valid: string[]; invalidCount: number } {
  const normalized = [...new Set(emails.map(normalizeEmail).filter(Boolean))];
  const valid = normalized.filter((email) => checkEmail('emails', email).length === 0);
  return { valid, invalidCount: normalized.length - valid.length };
}

/** LIMIT_REACHED when one request would look up more than NETWORK_LIMITS.emailsPerLookup addresses. */
export function checkEmailList(emails: readonly string[]): UserErrorDraft[] {
  return checkListSize('emails', emails.length, NETWORK_LIMITS.emailsPerLookup);
}

export interface IntroductionRequestDraft {
  messageToIntermediary: string;
  messageToTarget: string;
}

/** Both messages of an introduction request are required, each up to NETWORK_LIMITS.introductionText. */
export function validateIntroductionRequest(draft: IntroductionRequestDraft): UserErrorDraft[] {
  const max = NETWORK_LIMITS.introductionText;
  return [
    ...checkRequiredText('messageToIntermediary', draft.messageToIntermediary, max),
    ...checkRequiredText('messageToTarget', draft.messageToTarget, max),
  ];
}

/** The intermediary's note, optional, up to NETWORK_LIMITS.introductionText. */
export function validateIntroductionNote(note: string | null): UserErrorDraft[] {
  const max = NETWORK_LIMITS.introductionText;
  return note !== null && textLength(note) > max
    ? [{ field: 'note', code: USER_ERROR_CODES.TOO_LONG, params: { max } }]
    : [];
}
