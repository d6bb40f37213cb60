import { Card, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompletenessStep } from '../../gql/graphql';

/** The owner's meter: how complete the profile is and the next most useful step. */
export function CompletenessCard({ percent, nextStep }: { percent: number; nextStep: CompletenessStep | null }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="profile-completeness">
      <Text fw={600} mb={6}>
        {t('profile.completeness.title', { percent })}
      </Text>
      <Progress value={percent} aria-label={t('profile.completeness.title', { percent })} mb="xs" />
      <Text size="sm">{t(`profile.completeness.${nextStep ?? 'done'}`)}</Text>
    </Card>
  );
}
