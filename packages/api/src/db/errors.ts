import { QueryFailedError } from 'typeorm';

function driverErrorOf(error: unknown): { code?: string; constraint?: string } | null {
  return error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
}

/** Whether a failed statement broke the named unique constraint: the database's answer to a race. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = driverErrorOf(error);
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

/** Whether a failed statement referred to a row that is gone (such as a member deleted meanwhile). */
export function isForeignKeyViolation(error: unknown, constraint: string): boolean {
  const driverError = driverErrorOf(error);
  return driverError?.code === '23503' && driverError.constraint === constraint;
}
