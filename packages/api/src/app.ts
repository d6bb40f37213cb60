import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { ERROR_CODES } from '@carnet/shared';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type RouteHandlerMethod,
} from 'fastify';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { Context } from './graphql/context';
import { createErrorFormatter } from './graphql/errors';
import { buildCarnetSchema } from './graphql/schema';
import { createContextFactory } from './http/authenticate';
import { registerWebApp } from './http/web-app';
import { createServices } from './services';

export interface AppDependencies {
  config: Config;
  db: DataSource;
  logger: Logger;
}

/** Limits on the shape of a query, checked before it runs. */
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  maxAliases: { n: 20 },
  maxDirectives: { n: 20 },
  // armor's cost grows by 1.5× per level of depth: a full profile page costs about 17,000.
  costLimit: { maxCost: 50_000 },
  // graphql-js counts tokens while parsing (parseOptions below); armor's own count answers syntax errors with a 500.
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: false },
});
const MAX_TOKENS = 2000;

/** Only our own scripts run; Mantine sets inline styles; GraphiQL's editor starts workers from blobs. */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/** Fastify answers a body it cannot parse itself; this gives such answers the shape of a GraphQL error. */
function graphqlErrorReply(error: FastifyError) {
  const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
  const code = status < 500 ? 'BAD_REQUEST' : ERROR_CODES.INTERNAL_SERVER_ERROR;
  const message = status < 500 ? error.message : 'Internal server error';
  return { status, body: { errors: [{ message, extensions: { code } }] } };
}

export async function buildApp({ config, db, logger }: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, { contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY } });

  const services = createServices(db, config);
  const { plugins, validationRules } = armor.protect();
  const apollo = new ApolloServer<Context>({
    schema: await buildCarnetSchema(),
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: config.env === 'development',
    formatError: createErrorFormatter(logger, config.env === 'development'),
    validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [...plugins, fastifyApolloDrainPlugin(app), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    // The integration types its reply as a string; this route's error handler answers JSON too.
    handler: fastifyApolloHandler(apollo, { context: createContextFactory(services, config) }) as RouteHandlerMethod,
    errorHandler: (error, _request, reply) => {
      const { status, body } = graphqlErrorReply(error);
      if (status >= 500) app.log.error({ err: error }, 'graphql transport error');
      return reply.code(status).type('application/json').send(body);
    },
  });

  app.get('/health', async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok', database: 'ok' };
    } catch (error) {
      app.log.error({ err: error }, 'health check failed');
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });

  await registerWebApp(app, config.webDistDir);
  return app;
}
