import { Anchor, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../shell/LanguageSwitch';

export function AuthLayout({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center mih="100dvh" p="md" bg="gray.0">
      <Stack w="100%" maw={440} gap="lg">
        <Stack gap={0} align="center">
          <Anchor component={Link} to="/" fw={800} fz={28} c="carnet.6" underline="never">
            {t('app.name')}
          </Anchor>
          <Text c="dimmed" size="sm">
            {t('app.tagline')}
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" p="xl" component="main">
          <Title order={1} fz="h2" mb={subtitle ? 4 : 'md'}>
            {title}
          </Title>
          {subtitle && (
            <Text c="dimmed" size="sm" mb="md">
              {subtitle}
            </Text>
          )}
          {children}
        </Paper>
        <Center>
          <LanguageSwitch />
        </Center>
      </Stack>
    </Center>
  );
}

/** The submit button of an auth form and the link to the other one ("Not a member yet? Create an account"). */
export function AuthFormFooter(props: {
  submit: string;
  loading: boolean;
  question: string;
  link: string;
  to: string;
}) {
  return (
    <>
      <Button type="submit" loading={props.loading} fullWidth>
        {props.submit}
      </Button>
      <Text size="sm" ta="center">
        {props.question}{' '}
        <Anchor component={Link} to={props.to}>
          {props.link}
        </Anchor>
      </Text>
    </>
  );
}
