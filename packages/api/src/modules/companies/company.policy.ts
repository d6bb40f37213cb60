import { AUDIENCES, DEGREES, type Degree } from '@carnet/shared';
import { ANONYMOUS_READER, effectiveVisibility, type ProfileReader } from '../members/profile.policy';
import type { EmployeeCandidate } from './company-people.service';

/**
 * Whether the reader's exact degree from this employee matters to see their EXPERIENCE section. A connection is
 * FIRST and the reader is SELF without asking; beyond that, only the NETWORK audience tells a 2nd degree from a
 * stranger, and working out degrees for a company of thousands costs, so it is asked for those only.
 */
export function needsDegree(candidate: EmployeeCandidate, viewerId: string): boolean {
  return (
    candidate.memberId !== viewerId &&
    !candidate.connected &&
    effectiveVisibility(candidate.visibility).EXPERIENCE === AUDIENCES.NETWORK
  );
}

/**
 * The viewer as a reader of an employee's profile (`viewerId` null: anonymous). Without a known degree, an
 * unconnected member reads as OUT_OF_NETWORK, which decides every audience but NETWORK exactly as their true
 * degree would (see needsDegree).
 */
export function employeeReader(
  viewerId: string | null,
  candidate: EmployeeCandidate,
  degree: Degree | undefined,
): ProfileReader {
  if (viewerId === null) return ANONYMOUS_READER;
  if (candidate.memberId === viewerId) return { signedIn: true, degree: DEGREES.SELF };
  if (candidate.connected) return { signedIn: true, degree: DEGREES.FIRST };
  return { signedIn: true, degree: degree ?? DEGREES.OUT_OF_NETWORK };
}
