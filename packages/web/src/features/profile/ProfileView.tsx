import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconMail, IconMapPin, IconPhone, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProfileFieldsFragment } from '../../gql/graphql';
import { CareerSections } from './CareerSections';
import { CoverBanner, CvCard, ProfilePhoto } from './media/ProfileMedia';
import { OpenToWorkBadge, OpenToWorkSection } from './OpenToWorkSection';
import { CertificationsSection } from './CertificationsSection';
import { ExternalLink } from './EditableSection';
import { LanguagesSection } from './LanguagesSection';
import { LinksSection } from './LinksSection';
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
        <CoverBanner profile={profile} editable={editable} />
        <Group wrap="nowrap" align="flex-start">
          <ProfilePhoto profile={profile} editable={editable} />
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={1} fz="h2">
                {profile.displayName}
              </Title>
              {profile.openToWork && <OpenToWorkBadge />}
            </Group>
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
      <OpenToWorkSection signal={profile.openToWork} editable={editable} />
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
      <CvCard profile={profile} editable={editable} />
      <LanguagesSection languages={profile.languages.nodes} editable={editable} />
      <CertificationsSection certifications={profile.certifications.nodes} editable={editable} />
      <LinksSection links={profile.links.nodes} editable={editable} />
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
          {profile.contactInfo.websites.map((url) => (
            <Group key={url} gap={6} wrap="nowrap">
              <IconWorld size={16} aria-hidden />
              <Text style={{ overflowWrap: 'anywhere' }}>
                <ExternalLink href={url}>{url.replace(/^https?:\/\//i, '')}</ExternalLink>
              </Text>
            </Group>
          ))}
        </Card>
      )}
    </Stack>
  );
}
