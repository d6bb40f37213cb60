import { Badge, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { SECTIONS, type SectionKey } from '../shell/navigation';

/** The page of a section that a later issue fills; until then it says what will be there. */
export function SectionPage({ section }: { section: SectionKey }) {
  const { t } = useTranslation();
  const Icon = SECTIONS.find((s) => s.key === section)!.icon;
  const title = t(`sections.${section}.title`);
  useDocumentTitle(title);
  return (
    <Stack maw={760} mx="auto">
      <Title order={1} fz="h2">
        {title}
      </Title>
      <Card withBorder padding="xl">
        <Group wrap="nowrap" align="flex-start">
          <ThemeIcon size={48} radius="xl" variant="light">
            <Icon size={28} />
          </ThemeIcon>
          <Stack gap="xs">
            <Badge variant="light" w="fit-content">
              {t('sections.comingSoon')}
            </Badge>
            <Text>{t(`sections.${section}.empty`)}</Text>
          </Stack>
        </Group>
      </Card>
    </Stack>
  );
}

export const HomePage = () => <SectionPage section="home" />;
export const GroupsPage = () => <SectionPage section="groups" />;
export const MessagesPage = () => <SectionPage section="messages" />;
export const NotificationsPage = () => <SectionPage section="notifications" />;
