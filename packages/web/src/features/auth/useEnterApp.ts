import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router';

/** After signing in or up: forget what was cached for the visitor and go to the page. */
export function useEnterApp() {
  const client = useApolloClient();
  const navigate = useNavigate();
  return async (path: string) => {
    await client.resetStore();
    await navigate(path, { replace: true });
  };
}
