import {
  checkEmailList,
  normalizeInvitationNote,
  sortEmailList,
  splitEmailList,
  validateIntroductionNote,
  validateIntroductionRequest,
  validateInvitationNote,
} from './network';

describe('invitation notes', () => {
  it('keeps line breaks, trims, and treats blank as no note', () => {
    expect(normalizeInvitationNote('  Bonjour,\r\nà bientôt  ')).toBe('Bonjour,\nà bientôt');
    expect(normalizeInvitationNote('   ')).toBeNull();
    expect(normalizeInvitationNote(null)).toBeNull();
  });

  it('allows 300 characters, counting an emoji once', () => {
    expect(validateInvitationNote('é'.repeat(300))).toEqual([]);
    expect(validateInvitationNote('👋'.repeat(300))).toEqual([]);
    expect(validateInvitationNote('x'.repeat(301))).toEqual([
      { field: 'note', code: 'TOO_LONG', params: { max: 300 } },
    ]);
  });
});

describe('email lists', () => {
  it('splits what was pasted into distinct lowercase addresses', () => {
    expect(splitEmailList(' Ana@Example.fr, bob@example.fr;\n<cleo@example.fr>  ana@example.fr ')).toEqual([
      'ana@example.fr',
      'bob@example.fr',
      'cleo@example.fr',
    ]);
  });

  it('keeps the valid addresses and counts the others', () => {
    expect(sortEmailList(['ana@example.fr', 'ANA@example.fr', 'pas-une-adresse', 'x@'])).toEqual({
      valid: ['ana@example.fr'],
      invalidCount: 2,
    });
  });

  it('allows 500 addresses per request', () => {
    const emails = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@example.fr`);
    expect(checkEmailList(emails(500))).toEqual([]);
    expect(checkEmailList(emails(501))).toEqual([{ field: 'emails', code: 'LIMIT_REACHED', params: { max: 500 } }]);
  });
});

describe('introductions', () => {
  it('requires both messages, each up to 300 characters, and accepts an optional note up to 300', () => {
    expect(validateIntroductionRequest({ messageToIntermediary: 'é'.repeat(300), messageToTarget: 'Bonjour' })).toEqual(
      [],
    );
    expect(validateIntroductionRequest({ messageToIntermediary: '', messageToTarget: 'x'.repeat(301) })).toEqual([
      { field: 'messageToIntermediary', code: 'REQUIRED' },
      { field: 'messageToTarget', code: 'TOO_LONG', params: { max: 300 } },
    ]);
    expect(validateIntroductionNote(null)).toEqual([]);
    expect(validateIntroductionNote('👋'.repeat(300))).toEqual([]);
    expect(validateIntroductionNote('x'.repeat(301))).toEqual([
      { field: 'note', code: 'TOO_LONG', params: { max: 300 } },
    ]);
  });
});
