import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { SignOutMutation } from './operations';

/** Forgets everything cached for the member who just left this browser, and goes to a public page. */
export function useForgetViewer() {
  const client = useApolloClient();
  const navigate = useNavigate();
  return async (path: string) => {
    await client.clearStore();
    await navigate(path, { replace: true });
    await client.refetchQueries({ include: 'all' });
  };
}

/** Ends this session (or every session), forgets everything cached for the member, and goes to sign-in. */
export function useSignOut() {
  const forgetViewer = useForgetViewer();
  const [signOut] = useMutation(SignOutMutation);
  return async (everywhere = false) => {
    await signOut({ variables: { input: { everywhere } } });
    await forgetViewer('/signin');
  };
}
