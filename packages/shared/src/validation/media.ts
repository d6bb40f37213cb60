import { USER_ERROR_CODES, type UserErrorDraft } from '../errors';
import { MEDIA_LIMITS } from '../limits';

/** What a member can upload to their profile: one of each at a time. */
export const MEDIA_KINDS = {
  PHOTO: 'PHOTO',
  COVER: 'COVER',
  CV: 'CV',
} as const;
export type MediaKind = (typeof MEDIA_KINDS)[keyof typeof MEDIA_KINDS];

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const CV_TYPES = ['application/pdf'] as const;

interface MediaRule {
  types: readonly string[];
  /** Format names for messages; the same in every language. */
  accepted: string;
  maxBytes: number;
  /** Width / height of the kept area, for images. */
  aspect?: number;
  minWidth?: number;
  minHeight?: number;
}

export const MEDIA_RULES: Record<MediaKind, MediaRule> = {
  PHOTO: {
    types: IMAGE_TYPES,
    accepted: 'JPEG, PNG, WebP',
    maxBytes: MEDIA_LIMITS.imageBytes,
    aspect: 1,
    minWidth: MEDIA_LIMITS.photoMinSide,
    minHeight: MEDIA_LIMITS.photoMinSide,
  },
  COVER: {
    types: IMAGE_TYPES,
    accepted: 'JPEG, PNG, WebP',
    maxBytes: MEDIA_LIMITS.imageBytes,
    aspect: 4,
    minWidth: MEDIA_LIMITS.coverMinWidth,
    minHeight: MEDIA_LIMITS.coverMinHeight,
  },
  CV: { types: CV_TYPES, accepted: 'PDF', maxBytes: MEDIA_LIMITS.cvBytes },
};

const MB = 1024 * 1024;

export function unsupportedFileType(kind: MediaKind, field = 'file'): UserErrorDraft {
  return { field, code: USER_ERROR_CODES.UNSUPPORTED_FILE_TYPE, params: { accepted: MEDIA_RULES[kind].accepted } };
}

export function fileTooLarge(kind: MediaKind, field = 'file'): UserErrorDraft {
  return { field, code: USER_ERROR_CODES.FILE_TOO_LARGE, params: { max: MEDIA_RULES[kind].maxBytes / MB } };
}

/**
 * What can be told before sending: the size and the declared type. The server does not trust the declared
 * type and reads the bytes themselves.
 */
export function checkUploadFile(kind: MediaKind, file: { size: number; type: string }): UserErrorDraft[] {
  if (file.size === 0) return [{ field: 'file', code: USER_ERROR_CODES.REQUIRED }];
  if (!MEDIA_RULES[kind].types.includes(file.type)) return [unsupportedFileType(kind)];
  if (file.size > MEDIA_RULES[kind].maxBytes) return [fileTooLarge(kind)];
  return [];
}

export interface CropArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The largest centered area of the kind's shape: used when no crop is chosen. */
export function centeredCrop(kind: MediaKind, image: { width: number; height: number }): CropArea {
  const aspect = MEDIA_RULES[kind].aspect ?? image.width / image.height;
  const width = Math.min(image.width, Math.floor(image.height * aspect));
  const height = Math.min(image.height, Math.floor(width / aspect));
  return {
    x: Math.floor((image.width - width) / 2),
    y: Math.floor((image.height - height) / 2),
    width,
    height,
  };
}

/** A crop must be whole pixels inside the image, and keep at least the kind's smallest useful size. */
export function checkCrop(kind: MediaKind, crop: CropArea, image: { width: number; height: number }): UserErrorDraft[] {
  const { x, y, width, height } = crop;
  const whole = [x, y, width, height].every(Number.isInteger);
  if (!whole || x < 0 || y < 0 || width < 1 || height < 1 || x + width > image.width || y + height > image.height) {
    return [{ field: 'crop', code: USER_ERROR_CODES.INVALID_CROP }];
  }
  const { minWidth = 1, minHeight = 1 } = MEDIA_RULES[kind];
  if (width < minWidth || height < minHeight) {
    return [{ field: 'file', code: USER_ERROR_CODES.IMAGE_TOO_SMALL, params: { width: minWidth, height: minHeight } }];
  }
  return [];
}

/**
 * A file name safe to offer back as a download name: no folders, control or reserved characters, at most
 * MEDIA_LIMITS.fileName characters, always ending in the given extension.
 */
export function sanitizeFileName(raw: string, extension: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}"*:<>?|]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const stem = cleaned.toLowerCase().endsWith(extension) ? cleaned.slice(0, -extension.length) : cleaned;
  const kept = Array.from(stem.replace(/[\s.]+$/, ''))
    .slice(0, MEDIA_LIMITS.fileName - extension.length)
    .join('');
  return `${kept || 'document'}${extension}`;
}
