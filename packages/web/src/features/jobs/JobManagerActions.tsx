import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconCopy, IconLock, IconLockOpen, IconPencil, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../../errors';
import type { JobState } from '../../gql/graphql';
import {
  CloseJobPostingMutation,
  DuplicateJobPostingMutation,
  PublishJobPostingMutation,
  ReopenJobPostingMutation,
} from './operations';

interface Props {
  job: { id: string; title: string; state: JobState };
  size?: 'xs' | 'sm';
}

/** A payload's first userError, or null. */
const problemOf = (payload?: { userErrors: readonly { message: string }[] } | null) =>
  payload?.userErrors[0]?.message ?? null;

/** What a recruiter can do with a posting in its state: edit, publish a draft, close, reopen, duplicate. */
export function JobManagerActions({ job, size = 'sm' }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  const options = { refetchQueries: ['ManagedJobPostings'] };
  const [publish, publishing] = useMutation(PublishJobPostingMutation, options);
  const [close, closing] = useMutation(CloseJobPostingMutation, options);
  const [reopen, reopening] = useMutation(ReopenJobPostingMutation, options);
  const [duplicate, duplicating] = useMutation(DuplicateJobPostingMutation, options);
  const variables = { input: { id: job.id } };

  const run = async (action: () => Promise<string | null>) => {
    setProblem(null);
    try {
      setProblem(await action());
    } catch (error) {
      setProblem(describeError(error, t));
    }
  };
  const copy = () =>
    run(async () => {
      const payload = (await duplicate({ variables })).data?.duplicateJobPosting;
      if (payload?.jobPosting) void navigate(`/jobs/${payload.jobPosting.id}/edit`);
      return problemOf(payload);
    });

  const label = (action: string) => `${t(`jobs.actions.${action}`)} – ${job.title}`;
  return (
    <Stack gap="xs">
      <Group gap="xs" aria-label={t('jobs.actions.label')} role="group">
        <Button
          size={size}
          variant="default"
          component={Link}
          to={`/jobs/${job.id}/edit`}
          leftSection={<IconPencil size={14} />}
          aria-label={label('edit')}
        >
          {t('jobs.actions.edit')}
        </Button>
        {job.state === 'DRAFT' && (
          <Button
            size={size}
            leftSection={<IconSend size={14} />}
            loading={publishing.loading}
            aria-label={label('publish')}
            onClick={() => run(async () => problemOf((await publish({ variables })).data?.publishJobPosting))}
          >
            {t('jobs.actions.publish')}
          </Button>
        )}
        {job.state === 'OPEN' && (
          <Button
            size={size}
            variant="default"
            leftSection={<IconLock size={14} />}
            loading={closing.loading}
            aria-label={label('close')}
            onClick={() => run(async () => problemOf((await close({ variables })).data?.closeJobPosting))}
          >
            {t('jobs.actions.close')}
          </Button>
        )}
        {(job.state === 'CLOSED' || job.state === 'EXPIRED') && (
          <Button
            size={size}
            variant="default"
            leftSection={<IconLockOpen size={14} />}
            loading={reopening.loading}
            aria-label={label('reopen')}
            onClick={() => run(async () => problemOf((await reopen({ variables })).data?.reopenJobPosting))}
          >
            {t('jobs.actions.reopen')}
          </Button>
        )}
        <Button
          size={size}
          variant="subtle"
          leftSection={<IconCopy size={14} />}
          loading={duplicating.loading}
          aria-label={label('duplicate')}
          onClick={copy}
        >
          {t('jobs.actions.duplicate')}
        </Button>
      </Group>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
