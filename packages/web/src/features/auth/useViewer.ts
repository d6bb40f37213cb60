import { useQuery } from '@apollo/client/react';
import { ViewerQuery } from './operations';

export function useViewer() {
  const { data, loading, error } = useQuery(ViewerQuery);
  return { viewer: data?.viewer ?? null, loading: loading && !data, error };
}
