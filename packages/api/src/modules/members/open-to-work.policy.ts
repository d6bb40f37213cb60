import { DEGREES, OPEN_TO_WORK_AUDIENCES, PROFILE_SECTIONS, type OpenToWorkAudience } from '@carnet/shared';
import type { Context } from '../../graphql/context';
import type { Member } from './member.type';
import { readerOf, sectionVisible } from './profile.policy';

/**
 * Whether this request may see a member's "open to work" signal: the OPEN_TO_WORK section's audience must
 * allow it and, when the member chose RECRUITERS_ONLY, the reader must recruit for a company (or be the owner).
 */
export async function openToWorkVisible(member: Member, ctx: Context, visibleTo: OpenToWorkAudience): Promise<boolean> {
  if (!(await sectionVisible(member, ctx, PROFILE_SECTIONS.OPEN_TO_WORK))) return false;
  if (visibleTo === OPEN_TO_WORK_AUDIENCES.ALL_MEMBERS) return true;
  // A preview reads as its audience, and no audience is made of recruiters.
  if (member.previewAs) return false;
  const reader = await readerOf(ctx, member.memberId);
  if (reader.degree === DEGREES.SELF) return true;
  return reader.signedIn && ctx.loaders.isRecruiter.load(ctx.viewer!.memberId);
}
