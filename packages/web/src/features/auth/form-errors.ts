import { userErrorMessage, type Locale, type UserErrorDraft } from '@carnet/shared';

/** Shared validation results, worded in the reader's language, keyed by field for a Mantine form. */
export function clientErrors(drafts: UserErrorDraft[], locale: Locale): Record<string, string> {
  return Object.fromEntries(drafts.map((draft) => [draft.field, userErrorMessage(draft, locale)]));
}
