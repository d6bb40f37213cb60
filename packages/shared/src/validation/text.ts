import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';

/** Trims and folds inner whitespace, and puts the string in NFC so that lengths and comparisons mean the same on both sides. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Length in user-perceived characters (an emoji or an accented letter counts once). */
export function textLength(value: string): number {
  return Array.from(value).length;
}

export function checkRequiredText(field: string, value: string, max: number): UserErrorDraft[] {
  if (!value) return [{ field, code: USER_ERROR_CODES.REQUIRED }];
  if (textLength(value) > max) return [{ field, code: USER_ERROR_CODES.TOO_LONG, params: { max } }];
  return [];
}
