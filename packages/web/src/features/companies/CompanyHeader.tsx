import { Anchor, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink, IconMapPin, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CompanyFieldsFragment } from '../../gql/graphql';
import { CompanyCover, CompanyLogo } from './CompanyImages';
import { CompanyForm } from './CompanyForm';
import { FollowButton } from './FollowButton';
import { placeOf } from './place';

/**
 * The top of a company page: cover, logo, name, what it does and where, its followers, Follow for members,
 * and for its admins the images and an "Edit the page" form in place.
 */
export function CompanyHeader({ company, signedIn }: { company: CompanyFieldsFragment; signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const navigate = useNavigate();
  const edited = (updated: CompanyFieldsFragment) => {
    setEditing(false);
    if (updated.slug !== company.slug) void navigate(`/company/${updated.slug}`, { replace: true });
  };
  const admin = company.viewerRole === 'ADMIN';
  const facts = [
    company.industry,
    company.size && t(`companies.sizes.${company.size}`),
    company.headquarters && placeOf(company.headquarters, i18n.language),
  ].filter(Boolean);
  return (
    <Card withBorder padding="lg">
      <CompanyCover company={company} editable={admin} />
      <Group wrap="wrap" align="flex-start" justify="space-between" gap="md">
        <Group wrap="nowrap" align="flex-start" style={{ minWidth: 0, flex: 1 }}>
          <CompanyLogo company={company} editable={admin} />
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={1} fz="h2">
              {company.name}
            </Title>
            {facts.length > 0 && (
              <Group gap={6} c="dimmed">
                {company.headquarters && <IconMapPin size={16} aria-hidden />}
                <Text size="sm">{facts.join(' · ')}</Text>
              </Group>
            )}
            <Text size="sm" data-testid="company-followers">
              {t('companies.followers', { count: company.followersCount })}
            </Text>
            <Group gap="md">
              {company.website && (
                <Anchor href={company.website} target="_blank" rel="noopener noreferrer nofollow" size="sm">
                  <Group gap={4} wrap="nowrap" component="span">
                    {new URL(company.website).hostname}
                    <IconExternalLink size={14} aria-hidden />
                  </Group>
                </Anchor>
              )}
              {company.foundedYear && (
                <Text size="sm" c="dimmed">
                  {t('companies.founded', { year: company.foundedYear })}
                </Text>
              )}
            </Group>
          </Stack>
        </Group>
        <Group gap="xs">
          {signedIn && <FollowButton company={company} />}
          {admin && (
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              {t('companies.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('companies.edit')} size="lg">
        {editing && <CompanyForm company={company} onDone={edited} onCancel={() => setEditing(false)} />}
      </Modal>
    </Card>
  );
}
