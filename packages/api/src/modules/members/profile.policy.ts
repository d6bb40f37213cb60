import {
  AUDIENCES,
  DEFAULT_PROFILE_VISIBILITY,
  DEGREES,
  SCOPES,
  type Audience,
  type Degree,
  type ProfileSection,
  type ProfileVisibility,
} from '@carnet/shared';
import { viewerHasScope, type Context } from '../../graphql/context';
import type { Member } from './member.type';

/** Who reads a profile: a member (by degree) or nobody in particular (anonymous, or a token without read:profile). */
export interface ProfileReader {
  signedIn: boolean;
  degree: Degree;
}

/** A visitor who is not signed in, or a token without read:profile. */
export const ANONYMOUS_READER: ProfileReader = { signedIn: false, degree: DEGREES.OUT_OF_NETWORK };

/** The audiences a member can preview their own profile as. */
export const PREVIEW_AUDIENCES = {
  PUBLIC: AUDIENCES.PUBLIC,
  MEMBERS: AUDIENCES.MEMBERS,
  NETWORK: AUDIENCES.NETWORK,
  CONNECTIONS: AUDIENCES.CONNECTIONS,
} as const;
export type PreviewAudience = keyof typeof PREVIEW_AUDIENCES;

const PREVIEW_READERS: Record<PreviewAudience, ProfileReader> = {
  PUBLIC: ANONYMOUS_READER,
  MEMBERS: { signedIn: true, degree: DEGREES.OUT_OF_NETWORK },
  NETWORK: { signedIn: true, degree: DEGREES.SECOND },
  CONNECTIONS: { signedIn: true, degree: DEGREES.FIRST },
};

export function previewReader(audience: PreviewAudience): ProfileReader {
  return PREVIEW_READERS[audience];
}

export function effectiveVisibility(overrides: Partial<ProfileVisibility>): ProfileVisibility {
  return { ...DEFAULT_PROFILE_VISIBILITY, ...overrides };
}

/** Whether a reader belongs to an audience. The owner always sees everything. */
export function isInAudience(reader: ProfileReader, audience: Audience): boolean {
  if (reader.degree === DEGREES.SELF) return true;
  switch (audience) {
    case AUDIENCES.PUBLIC:
      return true;
    case AUDIENCES.MEMBERS:
      return reader.signedIn;
    case AUDIENCES.NETWORK:
      return reader.signedIn && (reader.degree === DEGREES.FIRST || reader.degree === DEGREES.SECOND);
    case AUDIENCES.CONNECTIONS:
      return reader.signedIn && reader.degree === DEGREES.FIRST;
    case AUDIENCES.ONLY_ME:
      return false;
  }
}

export function canSeeSection(
  reader: ProfileReader,
  visibility: Partial<ProfileVisibility>,
  section: ProfileSection,
): boolean {
  return isInAudience(reader, effectiveVisibility(visibility)[section]);
}

/**
 * The request's viewer as a reader of one member's profile. A token reads profiles only with
 * read:profile; without it, it reads as an anonymous visitor.
 */
export async function readerOf(ctx: Context, memberId: string): Promise<ProfileReader> {
  if (!ctx.viewer || !viewerHasScope(ctx.viewer, SCOPES.READ_PROFILE)) return ANONYMOUS_READER;
  return { signedIn: true, degree: await ctx.loaders.degreeFromViewer.load(memberId) };
}

/** Whether this request may see a section of a member (read as the chosen audience in a preview). */
export async function sectionVisible(member: Member, ctx: Context, section: ProfileSection): Promise<boolean> {
  const reader = member.previewAs ? previewReader(member.previewAs) : await readerOf(ctx, member.memberId);
  return canSeeSection(reader, member.entity.visibility, section);
}

/** A hidden list section is empty (totalCount 0), not an error. */
export async function visibleEntries<E>(
  member: Member,
  ctx: Context,
  section: ProfileSection,
  load: () => Promise<E[]>,
): Promise<E[]> {
  return (await sectionVisible(member, ctx, section)) ? load() : [];
}

/** Whether the member themselves reads their own profile, outside a preview: owner-only fields need it. */
export async function ownerReading(member: Member, ctx: Context): Promise<boolean> {
  return !member.previewAs && (await readerOf(ctx, member.memberId)).degree === DEGREES.SELF;
}
