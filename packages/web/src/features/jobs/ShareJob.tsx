import { Button, Card, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconBrandX, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The API's share text (title, company, city, contract and link, within X's 280 characters), to copy or post. */
export function ShareJob({ shareText }: { shareText: string }) {
  const { t } = useTranslation();
  const intent = `https://x.com/intent/tweet?text=${encodeURIComponent(shareText)}`;
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('jobs.share.title')}
        </Title>
        <Text size="sm" c="dimmed" data-testid="share-text" style={{ overflowWrap: 'anywhere' }}>
          {shareText}
        </Text>
        <Group gap="xs">
          <CopyButton value={shareText}>
            {({ copied, copy }) => (
              <Button
                variant="default"
                size="sm"
                leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                onClick={copy}
              >
                {copied ? t('jobs.share.copied') : t('jobs.share.copy')}
              </Button>
            )}
          </CopyButton>
          <Button
            component="a"
            href={intent}
            target="_blank"
            rel="noopener noreferrer"
            variant="default"
            size="sm"
            leftSection={<IconBrandX size={14} />}
          >
            {t('jobs.share.onX')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
