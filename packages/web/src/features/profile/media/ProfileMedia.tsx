import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Avatar, Button, Card, Group, Image, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProfileFieldsFragment } from '../../../gql/graphql';
import { MediaUploadButton } from './MediaUploadButton';
import { RemoveCoverImageMutation, RemoveCvDocumentMutation, RemoveProfilePhotoMutation } from './operations';

type Profile = Pick<
  ProfileFieldsFragment,
  'firstName' | 'lastName' | 'displayName' | 'photo' | 'coverImage' | 'cvDocument'
>;

/** After an upload the profile is read again: the new file has a new address. */
function useRefetchProfile() {
  const client = useApolloClient();
  return () => void client.refetchQueries({ include: ['MemberProfile'] });
}

export function RemoveButton({ label, onClick, loading }: { label: string; onClick: () => void; loading: boolean }) {
  return (
    <Button
      variant="subtle"
      color="red"
      size="xs"
      leftSection={<IconTrash size={14} />}
      loading={loading}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}

/** The member's photo, or their initials; its owner changes or removes it here. */
export function ProfilePhoto({ profile, editable }: { profile: Profile; editable: boolean }) {
  const { t } = useTranslation();
  const refetch = useRefetchProfile();
  const [remove, { loading }] = useMutation(RemoveProfilePhotoMutation);
  const initials = `${profile.firstName[0] ?? ''}${profile.lastName[0] ?? ''}`.toUpperCase();
  return (
    <Stack gap={4} align="center">
      <Avatar
        size={96}
        radius={96}
        color="carnet"
        src={profile.photo?.url ?? null}
        alt={profile.photo ? t('media.photoOf', { name: profile.displayName }) : undefined}
      >
        {initials}
      </Avatar>
      {editable && (
        <>
          <MediaUploadButton
            kind="PHOTO"
            label={t('media.changePhoto')}
            variant="default"
            size="xs"
            onUploaded={refetch}
          />
          {profile.photo && (
            <RemoveButton label={t('media.removePhoto')} loading={loading} onClick={() => void remove()} />
          )}
        </>
      )}
    </Stack>
  );
}

/** The banner above the profile; nothing for readers when there is none. */
export function CoverBanner({ profile, editable }: { profile: Profile; editable: boolean }) {
  const { t } = useTranslation();
  const refetch = useRefetchProfile();
  const [remove, { loading }] = useMutation(RemoveCoverImageMutation);
  if (!profile.coverImage && !editable) return null;
  return (
    <Card.Section mb="md">
      {profile.coverImage ? (
        <Image src={profile.coverImage.url} alt="" style={{ aspectRatio: '4', objectFit: 'cover' }} />
      ) : (
        <div style={{ aspectRatio: '8', background: 'var(--mantine-color-carnet-light)' }} />
      )}
      {editable && (
        <Group gap="xs" px="md" pt="xs">
          <MediaUploadButton
            kind="COVER"
            label={t('media.changeCover')}
            variant="default"
            size="xs"
            onUploaded={refetch}
          />
          {profile.coverImage && (
            <RemoveButton label={t('media.removeCover')} loading={loading} onClick={() => void remove()} />
          )}
        </Group>
      )}
    </Card.Section>
  );
}

/** The CV to download, for the readers its owner allows; the owner uploads, replaces or removes it. */
export function CvCard({ profile, editable }: { profile: Profile; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const refetch = useRefetchProfile();
  const [remove, { loading }] = useMutation(RemoveCvDocumentMutation);
  const cv = profile.cvDocument;
  if (!cv && !editable) return null;
  const size = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  return (
    <Card withBorder padding="lg" data-testid="profile-cv">
      <Title order={2} fz="h4" mb="xs">
        {t('media.cv')}
      </Title>
      {cv ? (
        <Group gap={6} mb={editable ? 'sm' : 0}>
          <IconDownload size={16} aria-hidden />
          <Anchor href={cv.url} download={cv.fileName}>
            {cv.fileName}
          </Anchor>
          <Text size="sm" c="dimmed">
            {size.format(Math.max(1, Math.round(cv.byteSize / 1024)))}
          </Text>
        </Group>
      ) : (
        <Text c="dimmed" mb="sm">
          {t('media.noCv')}
        </Text>
      )}
      {editable && (
        <Group gap="xs" align="flex-start">
          <MediaUploadButton
            kind="CV"
            label={cv ? t('media.replaceCv') : t('media.addCv')}
            variant="default"
            size="xs"
            onUploaded={refetch}
          />
          {cv && <RemoveButton label={t('media.removeCv')} loading={loading} onClick={() => void remove()} />}
        </Group>
      )}
    </Card>
  );
}
