import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';

/** LIMIT_REACHED on the whole list when it is longer than `max`. */
export function checkListSize(field: string, length: number, max: number): UserErrorDraft[] {
  return length > max ? [{ field, code: USER_ERROR_CODES.LIMIT_REACHED, params: { max } }] : [];
}

/** DUPLICATE on every item whose key an earlier item already has (empty keys are left to other checks). */
export function checkDuplicates<T>(field: string, items: readonly T[], keyOf: (item: T) => string): UserErrorDraft[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    const key = keyOf(item);
    if (key === '') return [];
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [{ field: field.replace('#', String(index)), code: USER_ERROR_CODES.DUPLICATE }];
  });
}
