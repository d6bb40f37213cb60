import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { RecordProfileViewMutation } from './operations';

/**
 * Tells the API once that the signed-in member opened this profile. The caller passes null for visitors,
 * the owner and previews; the API keeps one view per viewer and day anyway.
 */
export function useRecordProfileView(memberId: string | null) {
  const [record] = useMutation(RecordProfileViewMutation);
  const recorded = useRef<string | null>(null);
  useEffect(() => {
    if (!memberId || recorded.current === memberId) return;
    recorded.current = memberId;
    // A view that cannot be recorded changes nothing for the reader.
    record({ variables: { input: { memberId } } }).catch(() => undefined);
  }, [memberId, record]);
}
