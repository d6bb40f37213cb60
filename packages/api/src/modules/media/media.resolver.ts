import { SCOPES, type MediaKind } from '@carnet/shared';
import { Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { Member, toMember } from '../members/member.type';
import { sectionVisible } from '../members/profile.policy';
import { MEDIA_SECTION, type MediaFile } from './media.service';
import {
  CoverImage,
  CvDocument,
  ProfilePhoto,
  RemoveCoverImagePayload,
  RemoveCvDocumentPayload,
  RemoveProfilePhotoPayload,
  toCvDocument,
  toProfileImage,
} from './media.type';

/** The member's file of a kind when there is one and the reader is in its section's audience. */
async function visibleFile(member: Member, ctx: Context, kind: MediaKind): Promise<MediaFile | null> {
  if (!(await sectionVisible(member, ctx, MEDIA_SECTION[kind]))) return null;
  return (await ctx.loaders.mediaByMember.load(member.memberId))[kind] ?? null;
}

async function removeOwn(ctx: Context, kind: MediaKind): Promise<{ member: Member; userErrors: [] }> {
  const memberId = ctx.viewer!.memberId;
  await ctx.services.media.remove({ memberId }, kind);
  const [entity] = await ctx.services.members.findByIds([memberId]);
  if (!entity) throw notFound('This member');
  return { member: toMember(entity), userErrors: [] };
}

@Resolver(() => Member)
export class MediaResolver {
  @FieldResolver(() => ProfilePhoto, { nullable: true, description: 'Section PHOTO; null when there is none.' })
  async photo(@Root() member: Member, @Ctx() ctx: Context): Promise<ProfilePhoto | null> {
    const file = await visibleFile(member, ctx, 'PHOTO');
    return file && toProfileImage(ProfilePhoto, file);
  }

  @FieldResolver(() => CoverImage, { nullable: true, description: 'Section PHOTO; null when there is none.' })
  async coverImage(@Root() member: Member, @Ctx() ctx: Context): Promise<CoverImage | null> {
    const file = await visibleFile(member, ctx, 'COVER');
    return file && toProfileImage(CoverImage, file);
  }

  @FieldResolver(() => CvDocument, {
    nullable: true,
    description: 'Section CV_DOCUMENT (only its owner by default); null when there is none.',
  })
  async cvDocument(@Root() member: Member, @Ctx() ctx: Context): Promise<CvDocument | null> {
    const file = await visibleFile(member, ctx, 'CV');
    return file && toCvDocument(file);
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => RemoveProfilePhotoPayload, {
    description: 'Deletes your profile photo. Upload one with POST /uploads/photo.',
  })
  removeProfilePhoto(@Ctx() ctx: Context): Promise<RemoveProfilePhotoPayload> {
    return removeOwn(ctx, 'PHOTO');
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => RemoveCoverImagePayload, {
    description: 'Deletes your cover image. Upload one with POST /uploads/cover.',
  })
  removeCoverImage(@Ctx() ctx: Context): Promise<RemoveCoverImagePayload> {
    return removeOwn(ctx, 'COVER');
  }

  @Requires(SCOPES.WRITE_PROFILE)
  @Mutation(() => RemoveCvDocumentPayload, {
    description: 'Deletes your CV document. Upload one with POST /uploads/cv.',
  })
  removeCvDocument(@Ctx() ctx: Context): Promise<RemoveCvDocumentPayload> {
    return removeOwn(ctx, 'CV');
  }
}
