import fs from 'node:fs';
import path from 'node:path';
import { startCarnet } from './carnet-server';

jest.setTimeout(60_000);

const GENERATED = path.resolve(__dirname, '../src/gql/gql.ts');

/** Every query of the web app as the generated types hold it, with the fragments it spreads. */
function webAppQueries(): { name: string; document: string }[] {
  const source = fs.readFileSync(GENERATED, 'utf8');
  const strings = [...source.matchAll(/^\s+"(\\n {2}(?:query|mutation|fragment) [^"]*)": typeof types\./gm)].map(
    ([, literal]) => JSON.parse(`"${literal}"`) as string,
  );
  const fragments = new Map(
    strings.filter((s) => s.trim().startsWith('fragment')).map((s) => [/fragment (\w+)/.exec(s)![1]!, s]),
  );
  const withFragments = (document: string): string => {
    const spread = new Set<string>();
    let full = document;
    for (let grown = true; grown;) {
      grown = false;
      for (const [name, fragment] of fragments) {
        if (!spread.has(name) && full.includes(`...${name}`)) {
          spread.add(name);
          full += fragment;
          grown = true;
        }
      }
    }
    return full;
  };
  return strings
    .filter((s) => s.trim().startsWith('query'))
    .map((s) => ({ name: /query (\w+)/.exec(s)![1]!, document: withFragments(s) }));
}

const running = {} as { carnet: Awaited<ReturnType<typeof startCarnet>> };
beforeAll(async () => {
  running.carnet = await startCarnet();
});
afterAll(() => running.carnet?.stop());

async function post(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${running.carnet.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

describe('the web app’s queries', () => {
  it('all pass the API’s limits on depth, aliases, tokens and cost, as a signed-in member sends them', async () => {
    const signUp = await post(`mutation ($input: SignUpInput!) { signUp(input: $input) { member { handle } token } }`, {
      input: {
        email: `limits.${Date.now()}@example.fr`,
        password: 'violet horses gallop',
        firstName: 'Léa',
        lastName: 'Limite',
        issueBearerToken: true,
      },
    });
    const { token, member } = signUp.data.signUp;
    const variables = { handle: member.handle, as: 'PUBLIC', sort: 'RECENT', query: 'a', weeks: 12 };
    const queries = webAppQueries();
    expect(queries.length).toBeGreaterThan(10);
    const refused = [];
    for (const { name, document } of queries) {
      const { errors = [] } = await post(document, variables, token);
      const invalid = errors.filter((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
      if (invalid.length) refused.push({ name, messages: invalid.map((error) => error.message) });
    }
    expect(refused).toEqual([]);
  });
});
