/**
 * Companies and the members who recruit for them. Until company pages exist nobody is a recruiter;
 * profiles already ask this service (through the `isRecruiter` loader), so company pages plug in here
 * without touching profiles.
 */
export class CompanyService {
  /** Which of these members recruit for a company. */
  async recruiterIds(_memberIds: readonly string[]): Promise<Set<string>> {
    return new Set();
  }
}
