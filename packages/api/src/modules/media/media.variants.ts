import type { MediaKind } from '@carnet/shared';

export const IMAGE_SIZES = { SMALL: 'SMALL', MEDIUM: 'MEDIUM', LARGE: 'LARGE' } as const;
export type ImageSize = keyof typeof IMAGE_SIZES;

export type Variant = 'small' | 'medium' | 'large' | 'original';

export interface ImageVariant {
  variant: Variant;
  width: number;
  height: number;
}

/** The sizes each image kind is stored in, largest first. */
export const IMAGE_VARIANTS: Record<Exclude<MediaKind, 'CV'>, ImageVariant[]> = {
  PHOTO: [
    { variant: 'large', width: 400, height: 400 },
    { variant: 'medium', width: 200, height: 200 },
    { variant: 'small', width: 96, height: 96 },
  ],
  COVER: [
    { variant: 'large', width: 1584, height: 396 },
    { variant: 'medium', width: 792, height: 198 },
  ],
};

export const CV_VARIANT: Variant = 'original';

/** The stored variant that serves a requested size: covers have no small one and use the medium. */
export function variantFor(kind: Exclude<MediaKind, 'CV'>, size: ImageSize): Variant {
  const wanted = size.toLowerCase() as Variant;
  const stored = IMAGE_VARIANTS[kind];
  return (stored.find((v) => v.variant === wanted) ?? stored.at(-1)!).variant;
}

export function mediaUrl(publicId: string, variant: Variant): string {
  return `/media/${publicId}/${variant}`;
}
