import { SCOPES } from '@carnet/shared';
import type { ResolverData } from 'type-graphql';
import { AuthChecker, SESSION_ONLY } from './auth';
import type { Context, Viewer } from './context';

const check = (viewer: Viewer | null, requirements: Parameters<AuthChecker['check']>[1]) => () =>
  new AuthChecker().check({ context: { viewer } } as ResolverData<Context>, requirements);

const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'ALLOWED';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('AuthChecker', () => {
  const session: Viewer = { kind: 'session', memberId: '1', sessionId: '1' };
  const reader: Viewer = { kind: 'token', memberId: '1', tokenId: '1', scopes: new Set([SCOPES.READ_PROFILE]) };

  it.each([
    ['anonymous, any rule', null, [], 'UNAUTHENTICATED'],
    ['anonymous, a scope', null, [SCOPES.READ_PROFILE], 'UNAUTHENTICATED'],
    ['a session, a scope', session, [SCOPES.WRITE_JOBS], 'ALLOWED'],
    ['a session, session only', session, [SESSION_ONLY], 'ALLOWED'],
    ['a token, its scope', reader, [SCOPES.READ_PROFILE], 'ALLOWED'],
    ['a token, signed in only', reader, [], 'ALLOWED'],
    ['a token, a scope it lacks', reader, [SCOPES.WRITE_PROFILE], 'FORBIDDEN'],
    ['a token, one of two scopes', reader, [SCOPES.READ_PROFILE, SCOPES.READ_NETWORK], 'FORBIDDEN'],
    ['a token, session only', reader, [SESSION_ONLY], 'FORBIDDEN'],
  ] as const)('%s → %s', (_case, viewer, requirements, expected) => {
    expect(codeOf(check(viewer, [...requirements]))).toBe(expected);
  });
});
