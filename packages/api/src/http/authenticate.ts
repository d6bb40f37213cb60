import { pickLocale } from '@carnet/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import type { Context, Viewer } from '../graphql/context';
import { unauthenticated } from '../graphql/errors';
import { createLoaders } from '../graphql/loaders';
import { ACCESS_TOKEN_PREFIX, SESSION_TOKEN_PREFIX } from '../modules/accounts/secrets';
import type { SessionEntity } from '../modules/accounts/session.entity';
import type { MemberEntity } from '../modules/members/member.entity';
import type { Services } from '../services';
import {
  clearSessionCookie,
  isSameOrigin,
  SESSION_COOKIE,
  setSessionCookie,
  type CookiePolicy,
} from './session-cookie';

/** The viewer, with their member row when the session brought it along (so that it costs no statement). */
interface Identity {
  viewer: Viewer;
  member?: MemberEntity;
}

function sessionIdentity(session: SessionEntity): Identity {
  return { viewer: { kind: 'session', memberId: session.memberId, sessionId: session.id }, member: session.member };
}

async function viewerFromBearer(services: Services, header: string): Promise<Identity> {
  const [scheme, secret, extra] = header.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== 'bearer' || !secret || extra) {
    throw unauthenticated('The Authorization header must be "Bearer <token>".');
  }
  if (secret.startsWith(ACCESS_TOKEN_PREFIX)) {
    const token = await services.accessTokens.authenticate(secret);
    if (token) {
      return { viewer: { kind: 'token', memberId: token.memberId, tokenId: token.id, scopes: new Set(token.scopes) } };
    }
  } else if (secret.startsWith(SESSION_TOKEN_PREFIX)) {
    const session = await services.sessions.authenticate(secret);
    if (session) return sessionIdentity(session);
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
): Promise<Identity | null> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) return viewerFromBearer(services, authorization);
  const secret = request.cookies[SESSION_COOKIE];
  if (!secret || !isSameOrigin(request)) return null;
  const session = await services.sessions.authenticate(secret);
  if (!session) {
    clearSessionCookie(request, reply, policy);
    return null;
  }
  return sessionIdentity(session);
}

export function createContextFactory(services: Services, config: Config) {
  const policy: CookiePolicy = { secure: config.cookieSecure, maxAgeDays: config.sessionTtlDays };
  return async (request: FastifyRequest, reply: FastifyReply): Promise<Context> => {
    const identity = await identify(services, request, reply, policy);
    const loaders = createLoaders(services, identity?.viewer.memberId ?? null);
    if (identity?.member) loaders.memberById.prime(identity.member.id, identity.member);
    return {
      viewer: identity?.viewer ?? null,
      locale: pickLocale(request.headers['accept-language']),
      services,
      loaders,
      request,
      sessionCookie: {
        set: (secret) => setSessionCookie(request, reply, secret, policy),
        clear: () => clearSessionCookie(request, reply, policy),
      },
    };
  };
}
