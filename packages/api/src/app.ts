import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
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
import type { StatementCounter } from './db/statement-counter';
import type { Context } from './graphql/context';
import { complexityLimit } from './graphql/complexity';
import { createErrorFormatter } from './graphql/errors';
import { buildCarnetSchema } from './graphql/schema';
import { createContextFactory } from './http/authenticate';
import { registerWebApp } from './http/web-app';
import { registerConnectionsExport } from './modules/connections/connections-export.route';
import { registerExportDownloads } from './modules/privacy/export.route';
import { registerMediaRoutes } from './modules/media/media.routes';
import { registerApplicationRoutes } from './modules/applications/application.routes';
import { createServices } from './services';
import { startJobAlertCollection } from './modules/jobs/job-alert.service';

export interface AppDependencies {
  config: Config;
  db: DataSource;
  logger: Logger;
  /** Tests and benchmarks only: the one given to the data source; each /graphql answer then says its count. */
  statementCounter?: StatementCounter;
}

/** The response header with the number of SQL statements a GraphQL request ran, when they are counted. */
export const STATEMENTS_HEADER = 'x-sql-statements';

function countingStatements(handler: RouteHandlerMethod, counter: StatementCounter): RouteHandlerMethod {
  return async function (request, reply) {
    const { result, statements } = await counter.measure(() => Promise.resolve(handler.call(this, request, reply)));
    void reply.header(STATEMENTS_HEADER, String(statements));
    return result;
  };
}

/** Limits on the shape of a query, checked before it runs. */
const armor = new ApolloArmor({
  maxDepth: { n: 15 },
  maxAliases: { n: 20 },
  maxDirectives: { n: 20 },
  // Cost is counted by complexityLimit, which knows how many items a page may hold; armor's only knows depth.
  costLimit: { enabled: false },
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

export async function buildApp({ config, db, logger, statementCounter }: AppDependencies): Promise<FastifyInstance> {
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
    // Carnet sets no cache hints: without this, Apollo's default cache-control plugin wraps every field's resolver.
    plugins: [
      ...plugins,
      complexityLimit(),
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  // The integration types its reply as a string; this route's error handler answers JSON too.
  const graphqlHandler = fastifyApolloHandler(apollo, {
    context: createContextFactory(services, config),
  }) as RouteHandlerMethod;
  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    handler: statementCounter ? countingStatements(graphqlHandler, statementCounter) : graphqlHandler,
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

  const stopJobAlerts = startJobAlertCollection(services.jobAlerts, config.jobAlertsIntervalSeconds, (error) =>
    app.log.error({ err: error }, 'collecting job alert matches failed'),
  );
  app.addHook('onClose', async () => stopJobAlerts());

  registerExportDownloads(app, services.dataExports);
  registerConnectionsExport(app, { services, config });
  await registerMediaRoutes(app, { services, config });
  await registerApplicationRoutes(app, { services, config });
  await registerWebApp(app, config.webDistDir, services);
  return app;
}
