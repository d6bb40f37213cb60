import { Anchor, Box, Button, Group } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { PageLoader } from './PageLoader';

/** Around pages a visitor may read without an account, such as public profiles. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <Group h={60} px="md" justify="space-between" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Anchor component={Link} to="/" fw={800} fz={22} c="carnet.6" underline="never">
          {t('app.name')}
        </Anchor>
        <Group gap="xs">
          <Button component={Link} to="/signin" variant="default" size="xs">
            {t('landing.signIn')}
          </Button>
          <Button component={Link} to="/signup" size="xs">
            {t('landing.signUp')}
          </Button>
        </Group>
      </Group>
      <Box p="md" component="main">
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </Box>
    </>
  );
}
