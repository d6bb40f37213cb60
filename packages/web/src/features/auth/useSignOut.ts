import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { SignOutMutation } from './operations';

/** Ends this session (or every session), forgets everything cached for the member, and goes to sign-in. */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut] = useMutation(SignOutMutation);
  return async (everywhere = false) => {
    await signOut({ variables: { input: { everywhere } } });
    await client.clearStore();
    await navigate('/signin', { replace: true });
    await client.refetchQueries({ include: 'all' });
  };
}
