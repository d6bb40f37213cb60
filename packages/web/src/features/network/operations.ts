import { graphql } from '../../gql';

export const InvitationFields = graphql(`
  fragment InvitationFields on Invitation {
    id
    note
    howKnown
    createdAt
    sender {
      ...PersonSummary
    }
    recipient {
      ...PersonSummary
    }
    introduction {
      id
      note
      intermediary {
        ...PersonFields
      }
    }
  }
`);

export const NetworkQuery = graphql(`
  query Network {
    viewer {
      id
      pendingInvitationCount
      invitationsLeftThisWeek
      invitationsReceived(first: 100) {
        totalCount
        nodes {
          ...InvitationFields
        }
      }
      invitationsSent(first: 100) {
        totalCount
        nodes {
          ...InvitationFields
        }
      }
    }
  }
`);

export const PendingInvitationCountQuery = graphql(`
  query PendingInvitationCount {
    viewer {
      id
      pendingInvitationCount
    }
  }
`);

export const PersonFields = graphql(`
  fragment PersonFields on Member {
    id
    handle
    displayName
  }
`);

/** What every list of members shows of one (PersonRow): headline, current job, degree and mutual connections. */
export const PersonSummary = graphql(`
  fragment PersonSummary on Member {
    ...PersonFields
    headline
    currentPosition {
      title
      companyName
    }
    viewerState {
      degree
      mutualConnectionCount
      mutualConnections(first: 1) {
        ...PersonFields
      }
    }
  }
`);

export const ViewerStateQuery = graphql(`
  query ViewerState($handle: String!) {
    member(handle: $handle) {
      id
      displayName
      followerCount
      viewerState {
        degree
        canInvite
        blocked
        following
        canFollow
        mutualConnectionCount
        mutualConnections(first: 1) {
          ...PersonFields
        }
        invitation {
          id
          sender {
            id
          }
        }
      }
      connectionPaths(first: 3) {
        members {
          ...PersonFields
        }
      }
    }
  }
`);

export const SendInvitationMutation = graphql(`
  mutation SendInvitation($input: SendInvitationInput!) {
    sendInvitation(input: $input) {
      invitation {
        id
        state
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($id: ID!) {
    acceptInvitation(input: { id: $id }) {
      invitation {
        id
        state
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const IgnoreInvitationMutation = graphql(`
  mutation IgnoreInvitation($id: ID!) {
    ignoreInvitation(input: { id: $id }) {
      invitation {
        id
        state
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const WithdrawInvitationMutation = graphql(`
  mutation WithdrawInvitation($id: ID!) {
    withdrawInvitation(input: { id: $id }) {
      invitation {
        id
        state
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveConnectionMutation = graphql(`
  mutation RemoveConnection($memberId: ID!) {
    removeConnection(input: { memberId: $memberId }) {
      member {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SuggestionsQuery = graphql(`
  query Suggestions {
    viewer {
      id
      suggestedConnections(first: 20) {
        member {
          ...PersonSummary
        }
        mutualConnectionCount
        reasons {
          kind
          count
          name
        }
      }
    }
  }
`);

export const DismissSuggestionMutation = graphql(`
  mutation DismissSuggestion($memberId: ID!) {
    dismissSuggestion(input: { memberId: $memberId }) {
      member {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SearchConnectionsQuery = graphql(`
  query SearchConnections($query: String, $sort: ConnectionSort!, $after: String) {
    viewer {
      id
      searchConnections(query: $query, sort: $sort, first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          connectedAt
          node {
            ...PersonSummary
          }
        }
      }
    }
  }
`);

export const FindMembersByEmailMutation = graphql(`
  mutation FindMembersByEmail($emails: [String!]!) {
    findMembersByEmail(input: { emails: $emails }) {
      members {
        ...PersonSummary
        viewerState {
          canInvite
          invitation {
            id
          }
        }
      }
      invalidCount
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const FindableByEmailQuery = graphql(`
  query FindableByEmail {
    viewer {
      id
      findableByEmail
    }
  }
`);

export const SetFindableByEmailMutation = graphql(`
  mutation SetFindableByEmail($findable: Boolean!) {
    setFindableByEmail(input: { findable: $findable }) {
      member {
        id
        findableByEmail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** What changes after any action on the network: the lists, the badge, suggestions, and a profile's buttons. */
export const BlockedMembersQuery = graphql(`
  query BlockedMembers($after: String) {
    viewer {
      id
      blockedMembers(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          blockedAt
          node {
            ...PersonFields
            headline
          }
        }
      }
    }
  }
`);

export const BlockMemberMutation = graphql(`
  mutation BlockMember($memberId: ID!) {
    blockMember(input: { memberId: $memberId }) {
      member {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UnblockMemberMutation = graphql(`
  mutation UnblockMember($memberId: ID!) {
    unblockMember(input: { memberId: $memberId }) {
      member {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const FollowMemberMutation = graphql(`
  mutation FollowMember($memberId: ID!) {
    followMember(input: { memberId: $memberId }) {
      member {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UnfollowMemberMutation = graphql(`
  mutation UnfollowMember($memberId: ID!) {
    unfollowMember(input: { memberId: $memberId }) {
      member {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** What changes after any action on the network: the lists, the badge, and a profile's buttons. */
export const NETWORK_QUERIES = [
  'Network',
  'Introductions',
  'PendingInvitationCount',
  'ViewerState',
  'BlockedMembers',
  'Suggestions',
  'SearchConnections',
];

export const IntroductionFields = graphql(`
  fragment IntroductionFields on Introduction {
    id
    state
    messageToIntermediary
    messageToTarget
    note
    createdAt
    requester {
      ...PersonFields
    }
    intermediary {
      ...PersonFields
    }
    target {
      ...PersonFields
    }
  }
`);

export const IntroductionsQuery = graphql(`
  query Introductions {
    viewer {
      id
      toForward: introductions(role: TO_FORWARD, first: 50) {
        totalCount
        nodes {
          ...IntroductionFields
        }
      }
      requested: introductions(role: REQUESTED, first: 50) {
        totalCount
        nodes {
          ...IntroductionFields
        }
      }
    }
  }
`);

export const IntroductionMutualsQuery = graphql(`
  query IntroductionMutuals($handle: String!) {
    member(handle: $handle) {
      id
      viewerState {
        mutualConnections(first: 20) {
          ...PersonFields
        }
      }
    }
  }
`);

export const RequestIntroductionMutation = graphql(`
  mutation RequestIntroduction($input: RequestIntroductionInput!) {
    requestIntroduction(input: $input) {
      introduction {
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
`);

export const ForwardIntroductionMutation = graphql(`
  mutation ForwardIntroduction($id: ID!, $note: String) {
    forwardIntroduction(input: { id: $id, note: $note }) {
      introduction {
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
`);

export const DeclineIntroductionMutation = graphql(`
  mutation DeclineIntroduction($id: ID!) {
    declineIntroduction(input: { id: $id }) {
      introduction {
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
`);

export const WithdrawIntroductionMutation = graphql(`
  mutation WithdrawIntroduction($id: ID!) {
    withdrawIntroduction(input: { id: $id }) {
      introduction {
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
`);
