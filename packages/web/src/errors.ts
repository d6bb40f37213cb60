import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';

/** The `extensions.code` of the first GraphQL error, if the failure is one. */
function errorCode(error: unknown): { code?: string; extensions?: Record<string, unknown> } {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const extensions = error.errors[0]?.extensions;
  return { code: typeof extensions?.code === 'string' ? extensions.code : undefined, extensions };
}

/** A sentence for a failed request that is not about one field of a form. */
export function describeError(error: unknown, t: TFunction): string {
  const { code, extensions } = errorCode(error);
  if (code === 'RATE_LIMITED')
    return t('auth.signIn.rateLimited', { seconds: Number(extensions?.retryAfterSeconds ?? 60) });
  if (!CombinedGraphQLErrors.is(error)) return t('errors.network');
  return t('errors.generic');
}
