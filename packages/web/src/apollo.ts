import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** Every request says which language the reader uses, so that the API words userErrors for them. */
export function createApolloClient(language: () => string) {
  const languageLink = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'accept-language': language() },
    }));
    return forward(operation);
  });
  return new ApolloClient({
    link: ApolloLink.from([languageLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: createCache(),
  });
}

export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      // One account per session: a singleton in the cache, its lists paginated Relay-style.
      Account: { keyFields: [], fields: { accessTokens: relayStylePagination(), sessions: relayStylePagination() } },
      // A member's viewerState has no id: the lists and the profile each ask for some of its facts.
      ViewerState: { merge: true },
      Query: {
        fields: {
          myApplications: relayStylePagination(),
          openToWorkCandidates: relayStylePagination(['query', 'filters']),
        },
      },
      JobPosting: { fields: { applicants: relayStylePagination(['stages']) } },
      Member: {
        fields: {
          profileViews: relayStylePagination(),
          searchConnections: relayStylePagination(['query', 'sort']),
          blockedMembers: relayStylePagination(),
        },
      },
      Company: { fields: { employees: relayStylePagination(), jobs: relayStylePagination(['states']) } },
    },
  });
}
