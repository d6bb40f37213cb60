import type { UploadError } from '../profile/media/upload';

export interface UploadedCv {
  id: string;
  fileName: string;
}

/**
 * Sends a PDF to POST /uploads/application-cv with the session cookie; answers the stored file, or the
 * userErrors worded in the reader's language. Throws when the request itself fails.
 */
export async function uploadApplicationCv(
  file: File,
  language: string,
): Promise<{ cv: UploadedCv | null; userErrors: UploadError[] }> {
  const form = new FormData();
  form.append('file', file);
  const response = await fetch('/uploads/application-cv', {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { 'accept-language': language },
  });
  const body = (await response.json().catch(() => null)) as {
    applicationCv?: UploadedCv | null;
    userErrors?: UploadError[];
  } | null;
  if (!body?.userErrors) throw new Error(`Upload failed with status ${response.status}`);
  return { cv: body.applicationCv ?? null, userErrors: body.userErrors };
}
