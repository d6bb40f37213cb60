import { QueryFailedError } from 'typeorm';

/** Whether a failed statement broke the named unique constraint: the database's answer to a race. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError =
    error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}
