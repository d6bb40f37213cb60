import { useQuery } from '@apollo/client/react';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PendingInvitationCountQuery } from './operations';

/** The number of invitations waiting for an answer, beside Network in the navigation. */
export function PendingBadge() {
  const { t } = useTranslation();
  const { data } = useQuery(PendingInvitationCountQuery);
  const count = data?.viewer?.pendingInvitationCount ?? 0;
  if (!count) return null;
  return (
    <Badge size="sm" circle aria-label={t('network.pendingCount', { count })}>
      {count}
    </Badge>
  );
}
