import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobState } from '../../gql/graphql';

const COLORS: Record<JobState, string> = { DRAFT: 'gray', OPEN: 'green', CLOSED: 'red', EXPIRED: 'orange' };

export function JobStateBadge({ state }: { state: JobState }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[state]} variant="light" style={{ flexShrink: 0 }}>
      {t(`jobs.states.${state}`)}
    </Badge>
  );
}
