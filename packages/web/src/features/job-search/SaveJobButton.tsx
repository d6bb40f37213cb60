import { useMutation } from '@apollo/client/react';
import { ActionIcon, Tooltip } from '@mantine/core';
import { IconBookmark, IconBookmarkFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SaveJobMutation, UnsaveJobMutation } from './operations';

/** Saves or unsaves a posting for the signed-in member; the cache updates the posting everywhere it shows. */
export function SaveJobButton({ jobPostingId, saved }: { jobPostingId: string; saved: boolean }) {
  const { t } = useTranslation();
  const [save, saving] = useMutation(SaveJobMutation);
  const [unsave, unsaving] = useMutation(UnsaveJobMutation, { refetchQueries: ['SavedJobs'] });
  const label = saved ? t('jobSearch.save.unsave') : t('jobSearch.save.save');
  const toggle = () => {
    const variables = { input: { jobPostingId } };
    void (saved ? unsave({ variables }) : save({ variables }));
  };
  return (
    <Tooltip label={label}>
      <ActionIcon
        variant={saved ? 'light' : 'subtle'}
        size="lg"
        aria-label={label}
        aria-pressed={saved}
        loading={saving.loading || unsaving.loading}
        onClick={toggle}
      >
        {saved ? <IconBookmarkFilled size={20} /> : <IconBookmark size={20} />}
      </ActionIcon>
    </Tooltip>
  );
}
