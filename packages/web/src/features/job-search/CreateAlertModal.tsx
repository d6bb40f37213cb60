import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobAlertFrequency, JobSearchFilters } from '../../gql/graphql';
import { CreateJobAlertMutation } from './operations';

/** Saves the current search as an alert: a name (the query by default) and how often to look. */
export function CreateAlertModal({
  opened,
  onClose,
  query,
  filters,
}: {
  opened: boolean;
  onClose: () => void;
  query: string;
  filters: JobSearchFilters;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [frequency, setFrequency] = useState<JobAlertFrequency>('DAILY');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [create, { loading }] = useMutation(CreateJobAlertMutation, { refetchQueries: ['JobAlerts'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({
      variables: {
        input: { name: name || query || t('jobSearch.alerts.defaultName'), query: query || null, filters, frequency },
      },
    });
    const payload = result.data?.createJobAlert;
    if (payload?.userErrors.length) setError(payload.userErrors[0]!.message);
    else {
      setError(null);
      setDone(true);
    }
  };
  const close = () => {
    setDone(false);
    setError(null);
    setName('');
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('jobSearch.alerts.createTitle')}>
      {done ? (
        <Stack>
          <Text>{t('jobSearch.alerts.created')}</Text>
          <Button onClick={close}>{t('jobSearch.alerts.close')}</Button>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <Stack>
            <TextInput
              label={t('jobSearch.alerts.name')}
              placeholder={query || t('jobSearch.alerts.defaultName')}
              value={name}
              maxLength={100}
              error={error}
              onChange={(event) => setName(event.currentTarget.value)}
            />
            <div>
              <Text size="sm" fw={500} mb={4} id="alert-frequency">
                {t('jobSearch.alerts.frequency')}
              </Text>
              <SegmentedControl
                aria-labelledby="alert-frequency"
                value={frequency}
                onChange={(value) => setFrequency(value as JobAlertFrequency)}
                data={[
                  { value: 'DAILY', label: t('jobSearch.alerts.DAILY') },
                  { value: 'INSTANT', label: t('jobSearch.alerts.INSTANT') },
                ]}
              />
            </div>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('jobSearch.alerts.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('jobSearch.alerts.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
