import { AUDIENCES, PROFILE_SECTIONS } from '@carnet/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Audience, ProfileSection } from '../../gql/graphql';
import { useViewer } from '../auth/useViewer';
import { FindableByEmailCard } from '../network/FindableByEmailCard';
import { ProfileViewModeCard } from '../profile-views/ProfileViewModeCard';
import { PageLoader } from '../shell/PageLoader';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { MemberProfileQuery, SetSectionVisibilityMutation } from './operations';

const { PHOTO, HEADLINE, ABOUT, EXPERIENCE, EDUCATION, SKILLS, LANGUAGES, CERTIFICATIONS } = PROFILE_SECTIONS;
const { LINKS, CONTACT_INFO, CV_DOCUMENT, CONNECTIONS, OPEN_TO_WORK } = PROFILE_SECTIONS;

/** Every section a member can hide, in the groups the page shows them in. */
const SECTION_GROUPS = {
  identity: [PHOTO, HEADLINE, ABOUT],
  career: [EXPERIENCE, EDUCATION, SKILLS, LANGUAGES, CERTIFICATIONS],
  contact: [CONTACT_INFO, LINKS, CV_DOCUMENT],
  network: [CONNECTIONS, OPEN_TO_WORK],
} as const satisfies Record<string, readonly ProfileSection[]>;

/** Who each audience is, widest first. */
function AudiencesCard() {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-labelledby="privacy-audiences">
      <Title order={2} fz="h4" mb="xs" id="privacy-audiences">
        {t('privacy.audiencesTitle')}
      </Title>
      <Stack gap="xs" component="dl" m={0}>
        {Object.values(AUDIENCES).map((audience) => (
          <div key={audience}>
            <Text component="dt" fw={600} size="sm">
              {t(`privacy.audiences.${audience}`)}
            </Text>
            <Text component="dd" m={0} size="sm" c="dimmed">
              {t(`privacy.audienceHints.${audience}`)}
            </Text>
          </div>
        ))}
      </Stack>
    </Card>
  );
}

export default function PrivacyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.title'));
  const { viewer } = useViewer();
  const { data } = useQuery(MemberProfileQuery, { variables: { handle: viewer?.handle ?? '' }, skip: !viewer });
  const [setVisibility] = useMutation(SetSectionVisibilityMutation);
  const visibility = data?.member?.visibility;
  if (!visibility) return <PageLoader />;
  const audienceOf = (section: ProfileSection) => visibility.find((entry) => entry.section === section)?.audience;
  const audienceOptions = Object.values(AUDIENCES).map((audience) => ({
    value: audience,
    label: t(`privacy.audiences.${audience}`),
  }));

  return (
    <Stack maw={760} mx="auto">
      <Title order={1} fz="h2">
        {t('privacy.title')}
      </Title>
      <Text>{t('privacy.intro')}</Text>
      <AudiencesCard />
      {Object.entries(SECTION_GROUPS).map(([group, sections]) => (
        <Card key={group} withBorder component="section" aria-labelledby={`privacy-${group}`}>
          <Title order={2} fz="h4" mb="sm" id={`privacy-${group}`}>
            {t(`privacy.groups.${group}`)}
          </Title>
          <Stack>
            {sections.map((section: ProfileSection) => (
              <Select
                key={section}
                label={t(`privacy.sections.${section}`)}
                description={t(`privacy.hints.${section}`)}
                allowDeselect={false}
                maw={{ sm: 420 }}
                value={audienceOf(section)}
                data={audienceOptions}
                onChange={(audience) =>
                  audience && void setVisibility({ variables: { input: { section, audience: audience as Audience } } })
                }
              />
            ))}
          </Stack>
        </Card>
      ))}
      <ProfileViewModeCard />
      <FindableByEmailCard />
    </Stack>
  );
}
