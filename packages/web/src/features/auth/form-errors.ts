import { userErrorMessage, type Locale, type UserErrorDraft } from '@carnet/shared';

export interface ServerUserError {
  field?: string | null;
  message: string;
}

/** Shared validation results, worded in the reader's language, keyed by field for a Mantine form. */
export function clientErrors(drafts: UserErrorDraft[], locale: Locale): Record<string, string> {
  return Object.fromEntries(drafts.map((draft) => [draft.field, userErrorMessage(draft, locale)]));
}

/** The server's userErrors split into the ones next to a field and the ones about the whole form. */
export function splitUserErrors(errors: readonly ServerUserError[]): {
  fields: Record<string, string>;
  form: string[];
} {
  const fields: Record<string, string> = {};
  const form: string[] = [];
  for (const error of errors) {
    if (error.field) fields[error.field] = error.message;
    else form.push(error.message);
  }
  return { fields, form };
}
