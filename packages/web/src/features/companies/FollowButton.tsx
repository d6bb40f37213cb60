import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FollowCompanyMutation, UnfollowCompanyMutation } from './operations';

/** "Follow" or "Following" (pressed); the answer updates the followers count in the cache. */
export function FollowButton({ company }: { company: { id: string; viewerIsFollowing: boolean } }) {
  const { t } = useTranslation();
  const [follow, following] = useMutation(FollowCompanyMutation);
  const [unfollow, unfollowing] = useMutation(UnfollowCompanyMutation);
  const variables = { input: { companyId: company.id } };
  const toggle = () => void (company.viewerIsFollowing ? unfollow({ variables }) : follow({ variables }));
  return (
    <Button
      variant={company.viewerIsFollowing ? 'light' : 'filled'}
      leftSection={company.viewerIsFollowing ? <IconCheck size={16} /> : <IconPlus size={16} />}
      aria-pressed={company.viewerIsFollowing}
      loading={following.loading || unfollowing.loading}
      onClick={toggle}
    >
      {t(company.viewerIsFollowing ? 'companies.following' : 'companies.follow')}
    </Button>
  );
}
