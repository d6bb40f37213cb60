import { Arg, Field, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { Payload } from '../../graphql/user-error';
import { Member } from '../members/member.type';
import type { MediaFile } from './media.service';
import { CV_VARIANT, IMAGE_SIZES, mediaUrl, variantFor, type ImageSize } from './media.variants';

registerEnumType(IMAGE_SIZES, {
  name: 'ImageSize',
  description: 'Photo: 96, 200 or 400 px squares. Cover: 792×198 (SMALL and MEDIUM) or 1584×396 (LARGE).',
});

@InterfaceType({ description: 'An image of a profile, stored in a few sizes.' })
export abstract class ProfileImage {
  file: MediaFile & { kind: 'PHOTO' | 'COVER' };

  @Field(() => Int, { description: 'Of the largest size.' })
  width: number;

  @Field(() => Int, { description: 'Of the largest size.' })
  height: number;

  @Field(() => String, {
    description: 'Where to fetch the image (WebP), relative to the API; changes with each upload.',
  })
  url(@Arg('size', () => IMAGE_SIZES, { defaultValue: IMAGE_SIZES.MEDIUM }) size: ImageSize): string {
    return mediaUrl(this.file.publicId, variantFor(this.file.kind, size));
  }
}

@ObjectType({ implements: ProfileImage, description: 'A profile photo, square. Section PHOTO.' })
export class ProfilePhoto extends ProfileImage {}

@ObjectType({ implements: ProfileImage, description: 'The banner above a profile, 4:1. Section PHOTO.' })
export class CoverImage extends ProfileImage {}

@ObjectType({ description: 'A CV as a PDF, always served as a download. Section CV_DOCUMENT.' })
export class CvDocument {
  @Field({ description: 'The name it was uploaded with, made safe.' })
  fileName: string;

  @Field(() => Int)
  byteSize: number;

  @Field()
  uploadedAt: Date;

  @Field({ description: 'Where to download it, relative to the API.' })
  url: string;
}

export function toProfileImage<T extends ProfileImage>(Type: new () => T, file: MediaFile): T {
  const largest = file.variants[0]!;
  return Object.assign(new Type(), { file, width: largest.width!, height: largest.height! });
}

export function toCvDocument(file: MediaFile): CvDocument {
  return Object.assign(new CvDocument(), {
    fileName: file.fileName!,
    byteSize: file.variants[0]!.byteSize,
    uploadedAt: file.createdAt,
    url: mediaUrl(file.publicId, CV_VARIANT),
  });
}

@ObjectType()
export class RemoveProfilePhotoPayload extends Payload {
  @Field(() => Member)
  member: Member;
}

@ObjectType()
export class RemoveCoverImagePayload extends Payload {
  @Field(() => Member)
  member: Member;
}

@ObjectType()
export class RemoveCvDocumentPayload extends Payload {
  @Field(() => Member)
  member: Member;
}
