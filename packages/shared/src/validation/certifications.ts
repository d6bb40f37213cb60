import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';
import { checkMaxLength, checkMonth, optionalText } from './career';
import { checkRequiredText, normalizeText } from './text';
import { checkUrl, normalizeUrl } from './url';

export const CERTIFICATION_LIMITS = {
  name: 120,
  issuingOrganization: 120,
  credentialId: 100,
  perMember: 50,
} as const;

export interface CertificationFields {
  name: string;
  issuingOrganization: string | null;
  issueMonth: string;
  expiryMonth: string | null;
  credentialId: string | null;
  credentialUrl: string | null;
}

export function normalizeCertification(input: CertificationFields): CertificationFields {
  const url = normalizeUrl(input.credentialUrl ?? '');
  return {
    name: normalizeText(input.name),
    issuingOrganization: optionalText(input.issuingOrganization),
    issueMonth: input.issueMonth.trim(),
    expiryMonth: optionalText(input.expiryMonth),
    credentialId: optionalText(input.credentialId),
    credentialUrl: url === '' ? null : url,
  };
}

/** Issued in a past or the current month; an expiry may lie ahead but not before the issue. */
export function validateCertification(input: CertificationFields, now = new Date()): UserErrorDraft[] {
  const errors = [
    ...checkRequiredText('name', input.name, CERTIFICATION_LIMITS.name),
    ...checkMaxLength('issuingOrganization', input.issuingOrganization, CERTIFICATION_LIMITS.issuingOrganization),
    ...(input.issueMonth
      ? checkMonth('issueMonth', input.issueMonth, now)
      : [{ field: 'issueMonth', code: USER_ERROR_CODES.REQUIRED }]),
    ...checkMonth('expiryMonth', input.expiryMonth, null),
    ...checkMaxLength('credentialId', input.credentialId, CERTIFICATION_LIMITS.credentialId),
    ...(input.credentialUrl === null ? [] : checkUrl('credentialUrl', input.credentialUrl)),
  ];
  const datesValid = !errors.some((e) => e.field === 'issueMonth' || e.field === 'expiryMonth');
  if (datesValid && input.expiryMonth !== null && input.expiryMonth < input.issueMonth) {
    errors.push({ field: 'expiryMonth', code: USER_ERROR_CODES.END_BEFORE_START });
  }
  return errors;
}
