import { PROFILE_VIEW_MODE_ORDER } from '@carnet/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProfileViewMode } from '../../gql/graphql';
import { ProfileViewModeQuery, SetProfileViewModeMutation } from './operations';

/** The privacy setting: how you appear on the profiles you view, each choice explained. */
export function ProfileViewModeCard() {
  const { t } = useTranslation();
  const { data } = useQuery(ProfileViewModeQuery);
  const [setMode] = useMutation(SetProfileViewModeMutation);
  const mode = data?.viewer?.profileViewMode;
  if (!mode) return null;

  return (
    <Card withBorder>
      <Radio.Group
        value={mode}
        onChange={(value) => void setMode({ variables: { input: { mode: value as ProfileViewMode } } })}
        label={t('profileViews.mode.title')}
        labelProps={{ fz: 'lg', fw: 700 }}
        description={t('profileViews.mode.intro')}
      >
        <Stack mt="md" gap="md">
          {PROFILE_VIEW_MODE_ORDER.map((value) => (
            <Radio
              key={value}
              value={value}
              label={<Text fw={600}>{t(`profileViews.mode.${value}.label`)}</Text>}
              description={t(`profileViews.mode.${value}.description`)}
            />
          ))}
        </Stack>
      </Radio.Group>
    </Card>
  );
}
