/**
 * The type of a file read from its bytes. file-type is an ES module: loaded with a real `import()` (kept
 * as such in the compiled server by swc's `ignoreDynamic`), once.
 */
let loading: Promise<typeof import('file-type', { with: { 'resolution-mode': 'import' } })> | undefined;

export async function sniffType(bytes: Uint8Array): Promise<string | undefined> {
  loading ??= import('file-type');
  const { fileTypeFromBuffer } = await loading;
  return (await fileTypeFromBuffer(bytes))?.mime;
}
