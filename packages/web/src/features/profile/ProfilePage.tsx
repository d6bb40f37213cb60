import { useQuery } from '@apollo/client/react';
import { profileTitle } from '@carnet/shared';
import { Alert, Button, Card, Group, Select, Stack } from '@mantine/core';
import { IconChartBar, IconEye, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import type { PreviewAudience } from '../../gql/graphql';
import { useViewer } from '../auth/useViewer';
import { ProfileNetwork } from '../network/ProfileNetwork';
import NotFoundPage from '../not-found/NotFoundPage';
import { useRecordProfileView } from '../profile-views/useRecordProfileView';
import { PageLoader } from '../shell/PageLoader';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { MemberProfileQuery, ProfilePreviewQuery } from './operations';
import { CompletenessCard } from './CompletenessCard';
import { ProfileEditForm } from './ProfileEditForm';
import { ProfileView } from './ProfileView';

const PREVIEWS: PreviewAudience[] = ['PUBLIC', 'MEMBERS', 'NETWORK', 'CONNECTIONS'];

/** The owner's view of their preview: the API answers with exactly what that audience would get. */
function Preview({ as }: { as: PreviewAudience }) {
  // Not cached: the preview has the owner's id but other values, which must not overwrite the real profile.
  const { data } = useQuery(ProfilePreviewQuery, { variables: { as }, fetchPolicy: 'no-cache' });
  return data ? <ProfileView profile={data.profilePreview} /> : <PageLoader />;
}

export default function ProfilePage() {
  const { t } = useTranslation();
  const { handle = '' } = useParams();
  const { data, loading } = useQuery(MemberProfileQuery, { variables: { handle } });
  const [editing, setEditing] = useState(false);
  const [previewAs, setPreviewAs] = useState<PreviewAudience | null>(null);
  const { viewer } = useViewer();
  const member = data?.member;
  const isOwner = member?.visibility != null;
  useRecordProfileView(viewer && member && !isOwner ? member.id : null);
  useDocumentTitle(member ? profileTitle(member.displayName, member.headline) : t('profile.title'));

  if (loading && !member) return <PageLoader />;
  if (!member) return <NotFoundPage />;
  // An old handle still leads here: show the address the member uses now.
  if (member.handle !== handle.toLowerCase()) return <Navigate to={`/in/${member.handle}`} replace />;

  return (
    <Stack maw={860} mx="auto">
      {isOwner && (
        <Card withBorder padding="sm">
          <Group justify="space-between">
            <Select
              aria-label={t('profile.viewAs')}
              leftSection={<IconEye size={16} />}
              placeholder={t('profile.viewAs')}
              clearable
              value={previewAs}
              onChange={(value) => setPreviewAs(value as PreviewAudience | null)}
              data={PREVIEWS.map((value) => ({ value, label: t(`profile.preview.${value}`) }))}
            />
            <Group gap="xs">
              <Button component={Link} to="/profile-views" variant="default" leftSection={<IconChartBar size={16} />}>
                {t('profileViews.title')}
              </Button>
              <Button component={Link} to="/settings/privacy" variant="default">
                {t('privacy.title')}
              </Button>
              {!editing && (
                <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                  {t('profile.edit')}
                </Button>
              )}
            </Group>
          </Group>
        </Card>
      )}
      {viewer && !isOwner && <ProfileNetwork handle={member.handle} />}
      {member.completeness && !previewAs && !editing && <CompletenessCard {...member.completeness} />}
      {previewAs && (
        <Alert color="blue">{t('profile.previewBanner', { audience: t(`profile.preview.${previewAs}`) })}</Alert>
      )}
      {editing ? (
        <Card withBorder padding="lg">
          <ProfileEditForm profile={member} onDone={() => setEditing(false)} />
        </Card>
      ) : previewAs ? (
        <Preview as={previewAs} />
      ) : (
        <ProfileView profile={member} editable={isOwner} />
      )}
    </Stack>
  );
}
