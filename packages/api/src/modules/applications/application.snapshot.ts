import type { LanguageProficiency } from '@carnet/shared';
import type { CareerService } from '../members/career.service';
import { currentPositionOf } from '../members/career.types';
import type { CredentialService } from '../members/credentials.service';
import type { MemberService } from '../members/member.service';
import type { SkillService } from '../skills/skill.service';

/**
 * The profile a candidate sends by applying, as it was at that moment: the recruiter reads this copy, whatever
 * the member changes or hides later. Stored as jsonb on the application.
 */
export interface ProfileSnapshot {
  handle: string;
  firstName: string;
  lastName: string;
  headline: string | null;
  location: { city: string | null; region: string | null; country: string | null } | null;
  currentPosition: { title: string; companyName: string } | null;
  experiences: {
    title: string;
    companyName: string;
    location: string | null;
    startMonth: string;
    endMonth: string | null;
    current: boolean;
    description: string | null;
  }[];
  education: {
    school: string;
    degree: string | null;
    fieldOfStudy: string | null;
    startYear: number | null;
    endYear: number | null;
  }[];
  skills: string[];
  languages: { code: string; proficiency: LanguageProficiency }[];
}

export interface ProfileSources {
  members: MemberService;
  career: CareerService;
  skills: SkillService;
  credentials: CredentialService;
}

/** Reads the member's profile through its modules' services and copies what a recruiter is shown. */
export async function takeSnapshot(sources: ProfileSources, memberId: string): Promise<ProfileSnapshot | null> {
  const ids = [memberId];
  const [[member], [experiences], [education], [skills], [languages]] = await Promise.all([
    sources.members.findByIds(ids),
    sources.career.experiencesOf(ids),
    sources.career.educationOf(ids),
    sources.skills.skillsOf(ids),
    sources.credentials.languagesOf(ids),
  ]);
  if (!member) return null;
  const { city, region, country } = member;
  return {
    handle: member.handle,
    firstName: member.firstName,
    lastName: member.lastName,
    headline: member.headline,
    location: city || region || country ? { city, region, country } : null,
    currentPosition: currentPositionOf(experiences!),
    experiences: experiences!.map((e) => ({
      title: e.title,
      companyName: e.companyName,
      location: e.location,
      startMonth: e.startMonth,
      endMonth: e.endMonth,
      current: e.current,
      description: e.description,
    })),
    education: education!.map((e) => ({
      school: e.school,
      degree: e.degree,
      fieldOfStudy: e.fieldOfStudy,
      startYear: e.startYear,
      endYear: e.endYear,
    })),
    skills: skills!.map((skill) => skill.name),
    languages: languages!.map((language) => ({ code: language.code, proficiency: language.proficiency })),
  };
}
