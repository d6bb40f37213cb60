/** Files for upload tests, made on the spot. */

/** A minimal valid PDF: header, one empty page, cross-reference table and trailer. */
export function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Posts one file to an upload route as a browser form would; returns the status and the JSON answer. */
export async function uploadFile(
  url: string,
  file: { bytes: Buffer; name: string; type: string },
  headers: Record<string, string> = {},
  fields: Record<string, string | number> = {},
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, String(value));
  form.append('file', new Blob([file.bytes], { type: file.type }), file.name);
  const response = await fetch(url, { method: 'POST', body: form, headers });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
