import type { FastifyRequest } from 'fastify';

/** Scheme and host the visitor used; behind a proxy (TRUST_PROXY) Fastify reads them from X-Forwarded-*. */
export const requestOrigin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;
