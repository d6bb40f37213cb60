import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationStage, ApplicationStatus } from '../../gql/graphql';

const STATUS_COLORS: Record<ApplicationStatus, string> = {
  SUBMITTED: 'gray',
  VIEWED: 'blue',
  INTERVIEW: 'violet',
  OFFER: 'teal',
  HIRED: 'green',
  NOT_SELECTED: 'red',
  WITHDRAWN: 'dark',
};

const STAGE_COLORS: Record<ApplicationStage, string> = {
  NEW: 'gray',
  REVIEWED: 'blue',
  SHORTLISTED: 'cyan',
  INTERVIEW: 'violet',
  OFFER: 'teal',
  HIRED: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'dark',
};

/** An application's status as its candidate reads it. */
export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(`applications.status.${status}`)}
    </Badge>
  );
}

/** An application's stage in the recruiter's pipeline. */
export function StageBadge({ stage }: { stage: ApplicationStage }) {
  const { t } = useTranslation();
  return (
    <Badge color={STAGE_COLORS[stage]} variant="light">
      {t(`applications.stage.${stage}`)}
    </Badge>
  );
}
