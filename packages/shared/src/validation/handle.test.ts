import { checkHandle, normalizeHandle } from './handle';

describe('checkHandle', () => {
  it.each([
    ['camille-martin', []],
    ['abc', []],
    ['ab', ['TOO_SHORT']],
    ['a'.repeat(31), ['TOO_LONG']],
    ['-camille', ['INVALID_HANDLE']],
    ['camille--martin', ['INVALID_HANDLE']],
    ['camille_martin', ['INVALID_HANDLE']],
    ['zoé', ['INVALID_HANDLE']],
    ['admin', ['HANDLE_RESERVED']],
    ['jobs', ['HANDLE_RESERVED']],
  ])('%s → %j', (handle, codes) => {
    expect(checkHandle('handle', normalizeHandle(handle)).map((e) => e.code)).toEqual(codes);
  });

  it('compares in lowercase', () => {
    expect(normalizeHandle('  Camille-Martin ')).toBe('camille-martin');
  });
});
