import { graphql } from '../../gql';

export const AccountQuery = graphql(`
  query Account($sessionsAfter: String) {
    account {
      email
      createdAt
      sessions(first: 20, after: $sessionsAfter) {
        edges {
          cursor
          node {
            id
            userAgent
            lastUsedAt
            current
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      revokedSessionId
    }
  }
`);

export const AccessTokensQuery = graphql(`
  query AccessTokens($after: String) {
    account {
      accessTokens(first: 20, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            name
            scopes
            prefix
            createdAt
            lastUsedAt
            expiresAt
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const CreateAccessTokenMutation = graphql(`
  mutation CreateAccessToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      token
      accessToken {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RevokeAccessTokenMutation = graphql(`
  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {
    revokeAccessToken(input: $input) {
      revokedAccessTokenId
    }
  }
`);

export const ExportMyDataMutation = graphql(`
  mutation ExportMyData {
    exportMyData {
      downloadUrl
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input) {
      deletedMemberId
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
