import { pickLocale } from '@carnet/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import type { Context, Viewer } from '../graphql/context';
import { unauthenticated } from '../graphql/errors';
import { createLoaders } from '../graphql/loaders';
import { ACCESS_TOKEN_PREFIX, SESSION_TOKEN_PREFIX } from '../modules/accounts/secrets';
import type { Services } from '../services';
import {
  clearSessionCookie,
  isSameOrigin,
  SESSION_COOKIE,
  setSessionCookie,
  type CookiePolicy,
} from './session-cookie';

async function viewerFromBearer(services: Services, header: string): Promise<Viewer> {
  const [scheme, secret, extra] = header.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== 'bearer' || !secret || extra) {
    throw unauthenticated('The Authorization header must be "Bearer <token>".');
  }
  if (secret.startsWith(ACCESS_TOKEN_PREFIX)) {
    const token = await services.accessTokens.authenticate(secret);
    if (token) return { kind: 'token', memberId: token.memberId, tokenId: token.id, scopes: new Set(token.scopes) };
  } else if (secret.startsWith(SESSION_TOKEN_PREFIX)) {
    const session = await services.sessions.authenticate(secret);
    if (session) return { kind: 'session', memberId: session.memberId, sessionId: session.id };
  }
  throw unauthenticated('This token is invalid, expired or revoked.');
}

/**
 * Who makes the request. A bad bearer token is an error (the client must know); a bad or foreign
 * session cookie only makes the request anonymous (and a stale cookie is cleared).
 */
async function identify(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  policy: CookiePolicy,
): Promise<Viewer | null> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) return viewerFromBearer(services, authorization);
  const secret = request.cookies[SESSION_COOKIE];
  if (!secret || !isSameOrigin(request)) return null;
  const session = await services.sessions.authenticate(secret);
  if (!session) {
    clearSessionCookie(request, reply, policy);
    return null;
  }
  return { kind: 'session', memberId: session.memberId, sessionId: session.id };
}

export function createContextFactory(services: Services, config: Config) {
  const policy: CookiePolicy = { secure: config.cookieSecure, maxAgeDays: config.sessionTtlDays };
  return async (request: FastifyRequest, reply: FastifyReply): Promise<Context> => {
    const viewer = await identify(services, request, reply, policy);
    return {
      viewer,
      locale: pickLocale(request.headers['accept-language']),
      services,
      loaders: createLoaders(services, viewer?.memberId ?? null),
      request,
      sessionCookie: {
        set: (secret) => setSessionCookie(request, reply, secret, policy),
        clear: () => clearSessionCookie(request, reply, policy),
      },
    };
  };
}
