import { AUDIENCES, PROFILE_SECTIONS } from '@carnet/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Audience, ProfileSection } from '../../gql/graphql';
import { useViewer } from '../auth/useViewer';
import { PageLoader } from '../shell/PageLoader';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { MemberProfileQuery, SetSectionVisibilityMutation } from './operations';

/** Sections that hold something today; the others join as their content lands. */
const EDITABLE_SECTIONS: ProfileSection[] = [
  PROFILE_SECTIONS.HEADLINE,
  PROFILE_SECTIONS.ABOUT,
  PROFILE_SECTIONS.CONTACT_INFO,
];

export default function PrivacyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.title'));
  const { viewer } = useViewer();
  const { data } = useQuery(MemberProfileQuery, { variables: { handle: viewer?.handle ?? '' }, skip: !viewer });
  const [setVisibility] = useMutation(SetSectionVisibilityMutation);
  const visibility = data?.member?.visibility;
  if (!visibility) return <PageLoader />;
  const audienceOf = (section: ProfileSection) => visibility.find((entry) => entry.section === section)?.audience;

  return (
    <Stack maw={760} mx="auto">
      <Title order={1} fz="h2">
        {t('privacy.title')}
      </Title>
      <Text>{t('privacy.intro')}</Text>
      <Card withBorder>
        <Stack>
          {EDITABLE_SECTIONS.map((section) => (
            <Group key={section} justify="space-between" wrap="nowrap">
              <Text fw={600}>{t(`privacy.sections.${section}`)}</Text>
              <Select
                aria-label={t(`privacy.sections.${section}`)}
                allowDeselect={false}
                w={260}
                value={audienceOf(section)}
                data={Object.values(AUDIENCES).map((audience) => ({
                  value: audience,
                  label: t(`privacy.audiences.${audience}`),
                }))}
                onChange={(audience) =>
                  audience && void setVisibility({ variables: { input: { section, audience: audience as Audience } } })
                }
              />
            </Group>
          ))}
        </Stack>
      </Card>
    </Stack>
  );
}
