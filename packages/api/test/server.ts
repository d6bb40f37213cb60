import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { buildApp } from '../src/app';
import { DEFAULT_SIGN_IN_THROTTLE, loadConfig, type Config } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { StatementCounter } from '../src/db/statement-counter';
import { createTestDatabase } from './database';

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** A browser-like client: keeps the cookies the server sets and sends them back. */
export interface TestClient {
  graphql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResult<T>>;
  cookies: Map<string, string>;
}

export interface TestServer {
  url: string;
  db: DataSource;
  config: Config;
  app: FastifyInstance;
  client(defaults?: RequestOptions): TestClient;
  graphql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/** The Cookie header a browser holding these cookies would send (for requests outside `graphql`, such as uploads). */
export function cookieHeader(cookies: Map<string, string>): string {
  return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

function storeCookies(jar: Map<string, string>, headers: Headers): void {
  for (const line of headers.getSetCookie()) {
    const [pair = '', ...attributes] = line.split(';');
    const [name = '', value = ''] = pair.split('=');
    const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
    if (expired || !value) jar.delete(name.trim());
    else jar.set(name.trim(), value.trim());
  }
}

export interface TestServerOptions {
  /** Each /graphql answer carries the number of SQL statements it ran (STATEMENTS_HEADER). */
  countStatements?: boolean;
}

/** Carnet on its own database and a random port, reached over real HTTP. */
export async function startTestServer(
  overrides: Partial<Config> = {},
  { countStatements = false }: TestServerOptions = {},
): Promise<TestServer> {
  const database = await createTestDatabase();
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    databaseUrl: database.url,
    signInThrottle: { ...DEFAULT_SIGN_IN_THROTTLE, baseDelayMs: 1, maxDelayMs: 4, signUpsPerAddressPerHour: 1000 },
    ...overrides,
  };
  const statementCounter = countStatements ? new StatementCounter() : undefined;
  const db = createDataSource(database.url, { poolSize: 5, statementCounter });
  await db.initialize();
  const app = await buildApp({ config, db, logger: pino({ level: config.logLevel }), statementCounter });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const client = (defaults: RequestOptions = {}): TestClient => {
    const cookies = new Map<string, string>();
    return {
      cookies,
      async graphql(query, variables, options = {}) {
        const headers: Record<string, string> = {
          'content-type': 'application/json',
          ...defaults.headers,
          ...options.headers,
        };
        const token = options.token ?? defaults.token;
        if (token) headers.authorization = `Bearer ${token}`;
        if (cookies.size) headers.cookie = cookieHeader(cookies);
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query, variables }),
        });
        storeCookies(cookies, response.headers);
        const body = (await response.json()) as Omit<GraphQLResult, 'status' | 'headers'>;
        return { status: response.status, headers: response.headers, ...body } as GraphQLResult<any>;
      },
    };
  };
  return {
    url,
    db,
    config,
    app,
    client,
    /** One request without a cookie jar: nothing carries over to the next. */
    graphql: (query, variables, options) => client().graphql(query, variables, options),
    async close() {
      await app.close();
      await db.destroy();
      await database.drop();
    },
  };
}
