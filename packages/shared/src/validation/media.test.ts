import { centeredCrop, checkCrop, checkUploadFile, sanitizeFileName } from './media';

describe('media rules', () => {
  it('check the declared type and size before sending', () => {
    expect(checkUploadFile('PHOTO', { size: 1000, type: 'image/png' })).toEqual([]);
    expect(checkUploadFile('PHOTO', { size: 1000, type: 'image/svg+xml' })[0]?.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(checkUploadFile('CV', { size: 6 * 1024 * 1024, type: 'application/pdf' })[0]).toMatchObject({
      code: 'FILE_TOO_LARGE',
      params: { max: 5 },
    });
  });

  it('crop a centered square for photos and a centered 4:1 band for covers', () => {
    expect(centeredCrop('PHOTO', { width: 800, height: 600 })).toEqual({ x: 100, y: 0, width: 600, height: 600 });
    expect(centeredCrop('COVER', { width: 2000, height: 1000 })).toEqual({ x: 0, y: 250, width: 2000, height: 500 });
  });

  it('refuse crops outside the image or smaller than useful', () => {
    const image = { width: 500, height: 500 };
    expect(checkCrop('PHOTO', { x: 0, y: 0, width: 300, height: 300 }, image)).toEqual([]);
    expect(checkCrop('PHOTO', { x: 300, y: 0, width: 300, height: 300 }, image)[0]?.code).toBe('INVALID_CROP');
    expect(checkCrop('PHOTO', { x: 0.5, y: 0, width: 300, height: 300 }, image)[0]?.code).toBe('INVALID_CROP');
    expect(checkCrop('PHOTO', { x: 0, y: 0, width: 100, height: 100 }, image)[0]?.code).toBe('IMAGE_TOO_SMALL');
  });

  it('make file names safe to offer as download names', () => {
    expect(sanitizeFileName('C:\\Users\\cv\\Mon CV  2026 "final".PDF', '.pdf')).toBe('Mon CV 2026 final.pdf');
    expect(sanitizeFileName('../../etc/passwd\u0000', '.pdf')).toBe('passwd.pdf');
    expect(sanitizeFileName('...', '.pdf')).toBe('document.pdf');
    expect(sanitizeFileName('a'.repeat(300), '.pdf')).toHaveLength(120);
  });
});
