import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDayMonth } from '../../format';
import type { WeeklyViewsFieldsFragment } from '../../gql/graphql';

/** One horizontal bar per week, scaled to the busiest week: plain Mantine, no chart library. */
export function WeeklyViewsChart({ weeks }: { weeks: WeeklyViewsFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  const busiest = Math.max(1, ...weeks.map((week) => week.views));
  return (
    <Stack gap={6} data-testid="weekly-views">
      {weeks.map((week) => {
        const label = t('profileViews.weekOf', { date: formatDayMonth(week.startsOn, i18n.language) });
        return (
          <Group key={week.isoWeek} gap="sm" wrap="nowrap">
            <Text size="sm" w={120} style={{ flexShrink: 0 }}>
              {label}
            </Text>
            <Progress
              value={(week.views / busiest) * 100}
              size="lg"
              style={{ flex: 1 }}
              aria-label={t('profileViews.weekViews', { week: label, count: week.views })}
            />
            <Text size="sm" fw={600} w={32} ta="right" style={{ flexShrink: 0 }}>
              {week.views}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}
