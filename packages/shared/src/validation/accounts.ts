import { z } from 'zod';
import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';
import { LIMITS } from '../limits';
import { checkRequiredText, normalizeText, textLength } from './text';
import { COMMON_PASSWORDS } from './common-passwords';

export interface SignUpFields {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

const emailFormat = z.email();

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function checkEmail(field: string, raw: string): UserErrorDraft[] {
  const email = normalizeEmail(raw);
  if (!email) return [{ field, code: USER_ERROR_CODES.REQUIRED }];
  if (email.length > LIMITS.email) return [{ field, code: USER_ERROR_CODES.TOO_LONG, params: { max: LIMITS.email } }];
  if (!emailFormat.safeParse(email).success) return [{ field, code: USER_ERROR_CODES.INVALID_EMAIL }];
  return [];
}

/** Length bounds, a list of the most used passwords, and no name or email inside (NIST SP 800-63B). */
export function checkPassword(
  field: string,
  password: string,
  personal: { email?: string; firstName?: string; lastName?: string } = {},
): UserErrorDraft[] {
  if (!password) return [{ field, code: USER_ERROR_CODES.REQUIRED }];
  const length = textLength(password);
  if (length > LIMITS.passwordMax) {
    return [{ field, code: USER_ERROR_CODES.TOO_LONG, params: { max: LIMITS.passwordMax } }];
  }
  if (length < LIMITS.passwordMin) {
    return [{ field, code: USER_ERROR_CODES.TOO_SHORT, params: { min: LIMITS.passwordMin } }];
  }
  const folded = password.toLowerCase();
  if (COMMON_PASSWORDS.has(folded) || new Set(folded).size < 4) {
    return [{ field, code: USER_ERROR_CODES.PASSWORD_TOO_COMMON }];
  }
  const emailName = personal.email ? normalizeEmail(personal.email).split('@')[0] : undefined;
  const pieces = [emailName, personal.firstName, personal.lastName]
    .map((piece) => piece?.toLowerCase().trim())
    .filter((piece): piece is string => !!piece && piece.length >= 3);
  if (pieces.some((piece) => folded.includes(piece))) {
    return [{ field, code: USER_ERROR_CODES.PASSWORD_CONTAINS_PERSONAL_INFO }];
  }
  return [];
}

export function normalizeSignUp(input: SignUpFields): SignUpFields {
  return {
    email: normalizeEmail(input.email),
    password: input.password,
    firstName: normalizeText(input.firstName),
    lastName: normalizeText(input.lastName),
  };
}

/** Every problem of a sign-up form at once, one entry per field at most. Expects normalized input. */
export function validateSignUp(input: SignUpFields): UserErrorDraft[] {
  return [
    ...checkEmail('email', input.email),
    ...checkPassword('password', input.password, input),
    ...checkRequiredText('firstName', input.firstName, LIMITS.firstName),
    ...checkRequiredText('lastName', input.lastName, LIMITS.lastName),
  ];
}
