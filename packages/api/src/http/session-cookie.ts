import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'carnet_session';

export interface CookiePolicy {
  /** Null: Secure exactly when the request came over HTTPS. */
  secure: boolean | null;
  maxAgeDays: number;
}

function options(request: FastifyRequest, policy: CookiePolicy) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: policy.secure ?? request.protocol === 'https',
  };
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  secret: string,
  policy: CookiePolicy,
): void {
  reply.setCookie(SESSION_COOKIE, secret, { ...options(request, policy), maxAge: policy.maxAgeDays * 86_400 });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply, policy: CookiePolicy): void {
  reply.clearCookie(SESSION_COOKIE, options(request, policy));
}

/**
 * The cookie is honoured only for requests from our own pages: a cross-site request carries an Origin
 * (or Referer) of another host, and SameSite=Lax already keeps the cookie off cross-site POSTs.
 */
export function isSameOrigin(request: FastifyRequest): boolean {
  const source = request.headers.origin ?? request.headers.referer;
  if (!source) return true;
  try {
    return new URL(source).host === request.headers.host;
  } catch {
    return false;
  }
}
