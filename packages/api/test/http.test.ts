import { buildMember } from './factories';
import { startTestServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function post(body: string, headers: Record<string, string>) {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
  return {
    status: response.status,
    body: (await response.json()) as { errors?: { extensions?: { code?: string } }[] },
  };
}

describe('the /graphql endpoint', () => {
  it.each([
    ['a malformed JSON body', '{"query": ', { 'content-type': 'application/json' }, 400],
    ['an unsupported content type', '<query/>', { 'content-type': 'application/xml' }, 415],
    [
      'a text/plain body (a cross-site form could send one)',
      '{"query":"{ viewer { id } }"}',
      { 'content-type': 'text/plain' },
      400,
    ],
    ['a body without a query', '{"variables": {}}', { 'content-type': 'application/json' }, 400],
    [
      'an unknown operation name',
      '{"query":"query A { viewer { id } }","operationName":"B"}',
      { 'content-type': 'application/json' },
      400,
    ],
    ['a syntax error', '{"query":"{ viewer { id "}', { 'content-type': 'application/json' }, 400],
  ])('answers %s with a 4xx GraphQL error', async (_case, body, headers, status) => {
    const response = await post(body, headers);
    expect(response.status).toBe(status);
    expect(response.body.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
  });

  it('refuses queries nested deeper than the limit before running them', async () => {
    const deep = `{ viewer { ${'id '.repeat(1)}${'... on Member { '.repeat(14)}id${' }'.repeat(14)} } }`;
    const response = await post(JSON.stringify({ query: deep }), { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers /health after checking the database', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('outside development', () => {
  it('hides stack traces and replaces unexpected errors by INTERNAL_SERVER_ERROR with a correlation id', async () => {
    const production = await startTestServer({ env: 'production' });
    try {
      const { client } = await buildMember(production);
      const badInput = await client.graphql(`{ nodes(ids: [${'"x",'.repeat(101)}]) { id } }`);
      expect(badInput.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'ids' });

      await production.db.query('ALTER TABLE member RENAME TO member_gone');
      const broken = await client.graphql(`{ viewer { id } }`);
      expect(broken.errors?.[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
      });
      expect(JSON.stringify(broken)).not.toMatch(/member_gone|stacktrace|at /);
    } finally {
      await production.close();
    }
  });
});

describe('query size', () => {
  it('refuses a document with too many tokens as a parse failure', async () => {
    const huge = `{ ${'viewer { id } '.repeat(600)} }`;
    const response = await post(JSON.stringify({ query: huge }), { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('security headers', () => {
  it('sends a content security policy that allows only our own scripts, and no framing', async () => {
    const response = await fetch(`${server.url}/health`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
