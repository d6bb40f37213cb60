import type { CropArea, MediaKind } from '@carnet/shared';

/** As the upload routes answer it, like a mutation's userErrors. */
export interface UploadError {
  field: string | null;
  code: string;
  message: string;
}

const ROUTES: Record<MediaKind, string> = { PHOTO: '/uploads/photo', COVER: '/uploads/cover', CV: '/uploads/cv' };

/**
 * Sends a file to the API's upload route with the session cookie, with the area to keep when one was chosen;
 * answers its userErrors (worded in the reader's language), empty once stored. Throws when the request itself fails.
 * `route` is the kind's profile route unless another owner's is given (such as a company page's).
 */
export async function uploadMedia(
  kind: MediaKind,
  file: File,
  language: string,
  crop: CropArea | null = null,
  route: string = ROUTES[kind],
): Promise<UploadError[]> {
  const form = new FormData();
  if (crop) for (const [name, value] of Object.entries(crop)) form.append(name, String(value));
  form.append('file', file);
  const response = await fetch(route, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { 'accept-language': language },
  });
  const body = (await response.json().catch(() => null)) as { userErrors?: UploadError[] } | null;
  if (!body?.userErrors) throw new Error(`Upload failed with status ${response.status}`);
  return body.userErrors;
}
