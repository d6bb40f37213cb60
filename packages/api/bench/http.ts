import { STATEMENTS_HEADER } from '../src/app';

/** One GraphQL request over HTTP, with the number of SQL statements it ran (when the app counts them). */
export async function graphql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors)}`);
  return { data: body.data!, statements: Number(response.headers.get(STATEMENTS_HEADER)) };
}
