import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';
import { readPageTemplate } from './page-template';
import { registerCompanyPages, type CompanyPageServices } from './company-meta';
import { registerJobPages, type JobPageServices } from './job-meta';
import { registerProfilePages, type ProfilePageServices } from './profile-meta';

const API_PREFIXES = ['/graphql', '/health', '/feeds', '/embed', '/exports', '/uploads', '/media'];

/**
 * Serves the built single-page app: hashed assets cached for a year, index.html never cached, and
 * index.html for every other page path so that the client router can take over. Profile, company and job
 * pages get their own title and link-preview tags.
 */
export async function registerWebApp(
  app: FastifyInstance,
  distDir: string,
  services: ProfilePageServices & CompanyPageServices & JobPageServices,
): Promise<void> {
  const indexFile = path.join(distDir, 'index.html');
  const built = fs.existsSync(indexFile);
  if (!built) app.log.warn({ distDir }, 'the web app is not built: run `pnpm build` to serve it');

  if (built) {
    await app.register(fastifyStatic, {
      root: distDir,
      index: false,
      wildcard: false,
      setHeaders(reply, filePath) {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    const template = readPageTemplate(indexFile);
    registerProfilePages(app, template, services);
    registerCompanyPages(app, template, services);
    registerJobPages(app, template, services);
  }

  const sendPage = (file: string) => async (_request: unknown, reply: FastifyReply) => {
    if (!built) return reply.code(503).type('text/plain').send('The web app is not built yet: run `pnpm build`.');
    return reply.header('cache-control', 'no-cache').sendFile(file);
  };
  app.get('/graphiql', sendPage('graphiql.html'));

  app.setNotFoundHandler(async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const wantsPage = request.method === 'GET' && !API_PREFIXES.some((prefix) => pathname.startsWith(prefix));
    if (wantsPage && !path.extname(pathname)) return sendPage('index.html')(request, reply);
    return reply.code(404).send({ error: 'Not Found', message: `No route for ${request.method} ${pathname}` });
  });
}
