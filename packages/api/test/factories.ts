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

export const SEND_INVITATION = /* GraphQL */ `
  mutation SendInvitation($input: SendInvitationInput!) {
    sendInvitation(input: $input) {
      invitation {
        id
        state
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;

export const ACCEPT_INVITATION = /* GraphQL */ `
  mutation AcceptInvitation($input: InvitationIdInput!) {
    acceptInvitation(input: $input) {
      invitation {
        id
        state
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;

type Built = { client: TestClient; member: { id: string } };

/** Connects two members the way people do: one invites, the other accepts. */
export async function connect(from: Built, to: Built): Promise<void> {
  const sent = await from.client.graphql(SEND_INVITATION, { input: { memberId: to.member.id, howKnown: 'COLLEAGUE' } });
  const id = sent.data?.sendInvitation.invitation?.id;
  if (!id) throw new Error(`invitation failed: ${JSON.stringify(sent.errors ?? sent.data)}`);
  const accepted = await to.client.graphql(ACCEPT_INVITATION, { input: { id } });
  if (accepted.data?.acceptInvitation.invitation?.state !== 'ACCEPTED') {
    throw new Error(`accepting failed: ${JSON.stringify(accepted.errors ?? accepted.data)}`);
  }
}

const CREATE_TOKEN = `mutation ($scopes: [Scope!]!) { createAccessToken(input: { name: "t", scopes: $scopes }) { token } }`;

/** A personal access token of the member behind this client, with these scopes (such as ['READ_PROFILE']). */
export async function createToken(client: TestClient, scopes: string[]): Promise<string> {
  const result = await client.graphql(CREATE_TOKEN, { scopes });
  const token = result.data?.createAccessToken.token as string | undefined;
  if (!token) throw new Error(`token creation failed: ${JSON.stringify(result.errors)}`);
  return token;
}

/** The database id inside a Relay global id ("Member:42" → "42"). */
export const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
