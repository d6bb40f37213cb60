import { Anchor, Avatar, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconMail, IconMapPin, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProfileFieldsFragment } from '../../gql/graphql';
import { CareerSections } from './CareerSections';
import { SkillsSection } from './SkillsSection';

/** A profile as the API returned it for this reader: hidden sections are null and simply not shown. */
export function ProfileView({ profile, editable = false }: { profile: ProfileFieldsFragment; editable?: boolean }) {
  const { t } = useTranslation();
  const place = [profile.location?.city, profile.location?.region, profile.location?.country]
    .filter(Boolean)
    .join(', ');
  return (
    <Stack>
      <Card withBorder padding="lg">
        <Group wrap="nowrap" align="flex-start">
          <Avatar size={72} radius={72} color="carnet">
            {`${profile.firstName[0] ?? ''}${profile.lastName[0] ?? ''}`.toUpperCase()}
          </Avatar>
          <Stack gap={4}>
            <Title order={1} fz="h2">
              {profile.displayName}
            </Title>
            {profile.headline && <Text size="lg">{profile.headline}</Text>}
            <Group gap="md" c="dimmed">
              {place && (
                <Group gap={4}>
                  <IconMapPin size={16} aria-hidden />
                  <Text size="sm">{place}</Text>
                </Group>
              )}
              {profile.industry && <Text size="sm">{profile.industry}</Text>}
            </Group>
          </Stack>
        </Group>
      </Card>
      {profile.about && (
        <Card withBorder padding="lg">
          <Title order={2} fz="h4" mb="xs">
            {t('profile.about')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="profile-about">
            {profile.about}
          </Text>
        </Card>
      )}
      <CareerSections profile={profile} editable={editable} />
      <SkillsSection skills={profile.skills.nodes} editable={editable} />
      {profile.contactInfo && (
        <Card withBorder padding="lg" data-testid="profile-contact">
          <Title order={2} fz="h4" mb="xs">
            {t('profile.contactInfo')}
          </Title>
          {profile.contactInfo.email && (
            <Group gap={6}>
              <IconMail size={16} aria-hidden />
              <Anchor href={`mailto:${profile.contactInfo.email}`}>{profile.contactInfo.email}</Anchor>
            </Group>
          )}
          {profile.contactInfo.phone && (
            <Group gap={6}>
              <IconPhone size={16} aria-hidden />
              <Text>{profile.contactInfo.phone}</Text>
            </Group>
          )}
        </Card>
      )}
    </Stack>
  );
}
