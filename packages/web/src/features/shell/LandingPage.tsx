import { Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { useDocumentTitle } from './useDocumentTitle';

export default function LandingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.tagline'));
  return (
    <Container size="sm" py={80} component="main">
      <Stack gap="lg">
        <Text fw={800} fz={32} c="carnet.6">
          {t('app.name')}
        </Text>
        <Title order={1}>{t('landing.title')}</Title>
        <Text size="lg">{t('landing.pitch')}</Text>
        <Group>
          <Button component={Link} to="/signup" size="md">
            {t('landing.signUp')}
          </Button>
          <Button component={Link} to="/signin" size="md" variant="default">
            {t('landing.signIn')}
          </Button>
        </Group>
        <LanguageSwitch />
      </Stack>
    </Container>
  );
}
