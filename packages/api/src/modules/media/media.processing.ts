import {
  centeredCrop,
  checkCrop,
  fileTooLarge,
  IMAGE_TYPES,
  MEDIA_LIMITS,
  MEDIA_RULES,
  sanitizeFileName,
  unsupportedFileType,
  USER_ERROR_CODES,
  type CropArea,
  type MediaKind,
  type UserErrorDraft,
} from '@carnet/shared';
import sharp from 'sharp';
import { sniffType } from './media.sniff';
import { CV_VARIANT, IMAGE_VARIANTS, type Variant } from './media.variants';

export interface ProcessedVariant {
  variant: Variant;
  contentType: 'image/webp' | 'application/pdf';
  bytes: Buffer;
  width: number | null;
  height: number | null;
}

export interface Upload {
  bytes: Buffer;
  fileName: string;
  crop: CropArea | null;
}

export type Processed =
  { ok: true; variants: ProcessedVariant[]; fileName: string | null } | { ok: false; errors: UserErrorDraft[] };

const invalidImage: UserErrorDraft = { field: 'file', code: USER_ERROR_CODES.INVALID_IMAGE };
const SHARP_OPTIONS = { limitInputPixels: MEDIA_LIMITS.imagePixels } as const;

/** The image's size as shown, after its EXIF orientation; null when it cannot be read or is too many pixels. */
async function orientedSize(bytes: Buffer): Promise<{ width: number; height: number } | null> {
  try {
    const { format, autoOrient } = await sharp(bytes, SHARP_OPTIONS).metadata();
    return ['jpeg', 'png', 'webp'].includes(format) ? autoOrient : null;
  } catch {
    return null;
  }
}

/**
 * Turns an uploaded image into the kind's WebP sizes: oriented by EXIF, cropped (to the chosen area or the
 * centered one), resized, and without any metadata (sharp writes none unless asked).
 */
async function processImage(kind: 'PHOTO' | 'COVER', upload: Upload): Promise<Processed> {
  const type = await sniffType(upload.bytes);
  if (!type || !(IMAGE_TYPES as readonly string[]).includes(type))
    return { ok: false, errors: [unsupportedFileType(kind)] };
  const size = await orientedSize(upload.bytes);
  if (!size) return { ok: false, errors: [invalidImage] };
  const crop = upload.crop ?? centeredCrop(kind, size);
  const errors = checkCrop(kind, crop, size);
  if (errors.length) return { ok: false, errors };
  const cropped = sharp(upload.bytes, SHARP_OPTIONS)
    .autoOrient()
    .extract({ left: crop.x, top: crop.y, width: crop.width, height: crop.height });
  try {
    const variants = await Promise.all(
      IMAGE_VARIANTS[kind].map(async ({ variant, width, height }) => ({
        variant,
        contentType: 'image/webp' as const,
        bytes: await cropped.clone().resize(width, height, { fit: 'cover' }).webp({ quality: 82 }).toBuffer(),
        width,
        height,
      })),
    );
    return { ok: true, variants, fileName: null };
  } catch {
    return { ok: false, errors: [invalidImage] };
  }
}

/** A CV is kept as sent, once its bytes prove it is a PDF. */
async function processCv(upload: Upload): Promise<Processed> {
  const startsAsPdf = upload.bytes.subarray(0, 5).toString('latin1') === '%PDF-';
  if (!startsAsPdf || (await sniffType(upload.bytes)) !== 'application/pdf') {
    return { ok: false, errors: [unsupportedFileType('CV')] };
  }
  const variant = { variant: CV_VARIANT, contentType: 'application/pdf' as const, bytes: upload.bytes };
  return {
    ok: true,
    variants: [{ ...variant, width: null, height: null }],
    fileName: sanitizeFileName(upload.fileName, '.pdf'),
  };
}

export function processUpload(kind: MediaKind, upload: Upload): Promise<Processed> {
  if (upload.bytes.length > MEDIA_RULES[kind].maxBytes)
    return Promise.resolve({ ok: false, errors: [fileTooLarge(kind)] });
  return kind === 'CV' ? processCv(upload) : processImage(kind, upload);
}
