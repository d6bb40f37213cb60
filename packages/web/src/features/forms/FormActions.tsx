import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Cancel and Save at the end of an editing form. */
export function FormActions({ loading, onCancel }: { loading: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('profile.cancel')}
      </Button>
      <Button type="submit" loading={loading}>
        {t('profile.save')}
      </Button>
    </Group>
  );
}
