import { randomBytes } from 'node:crypto';
import type { TestClient, TestServer } from './server';

export const STRONG_PASSWORD = 'un cheval violet galope';

let counter = 0;

export interface MemberFields {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

export function memberFields(overrides: Partial<MemberFields> = {}): MemberFields {
  counter += 1;
  return {
    email: `member-${counter}-${randomBytes(3).toString('hex')}@example.fr`,
    password: STRONG_PASSWORD,
    firstName: 'Camille',
    lastName: `Martin${counter}`,
    ...overrides,
  };
}

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      member {
        id
        handle
        firstName
        lastName
        displayName
      }
      token
      userErrors {
        field
        code
        message
      }
    }
  }
`;

/** Signs a new member up through the API; returns a client that holds its session cookie. */
export async function buildMember(server: TestServer, overrides: Partial<MemberFields> = {}) {
  const fields = memberFields(overrides);
  const client: TestClient = server.client();
  const result = await client.graphql(SIGN_UP, { input: fields });
  const payload = result.data?.signUp;
  if (!payload?.member) throw new Error(`sign-up failed: ${JSON.stringify(result.errors ?? payload?.userErrors)}`);
  return { client, fields, member: payload.member as { id: string; handle: string; displayName: string } };
}

/** A new member signed in as an API client: the session comes back as a bearer token. */
export async function buildApiMember(server: TestServer, overrides: Partial<MemberFields> = {}) {
  const fields = memberFields(overrides);
  const result = await server.graphql(SIGN_UP, { input: { ...fields, issueBearerToken: true } });
  const payload = result.data?.signUp;
  if (!payload?.token) throw new Error(`sign-up failed: ${JSON.stringify(result.errors ?? payload?.userErrors)}`);
  return { token: payload.token as string, fields, member: payload.member as { id: string; handle: string } };
}
