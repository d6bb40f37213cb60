import { Anchor, AppShell, Avatar, Burger, Group, Menu, NavLink, UnstyledButton, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBuilding,
  IconBuildingPlus,
  IconBriefcase,
  IconChartBar,
  IconFileText,
  IconUserSearch,
  IconCode,
  IconLanguage,
  IconLock,
  IconLogout,
  IconSettings,
  IconUser,
} from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useSignOut } from '../auth/useSignOut';
import { useViewer } from '../auth/useViewer';
import { currentLocale } from '../../i18n';
import { PendingBadge } from '../network/PendingBadge';
import { PageLoader } from './PageLoader';
import { SECTIONS } from './navigation';

function ProfileMenu() {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const signOut = useSignOut();
  if (!viewer) return null;
  const initials = `${viewer.firstName[0] ?? ''}${viewer.lastName[0] ?? ''}`.toUpperCase();
  const otherLanguage = currentLocale(i18n.language) === 'fr' ? 'en' : 'fr';
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('menu.label')}>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="carnet" radius="xl" size="md">
              {initials}
            </Avatar>
            <Text size="sm" fw={600} visibleFrom="sm" data-testid="viewer-name">
              {viewer.displayName}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{viewer.displayName}</Menu.Label>
        <Menu.Item component={Link} to={`/in/${viewer.handle}`} leftSection={<IconUser size={16} />}>
          {t('menu.profile')}
        </Menu.Item>
        <Menu.Item component={Link} to="/profile-views" leftSection={<IconChartBar size={16} />}>
          {t('profileViews.title')}
        </Menu.Item>
        <Menu.Item component={Link} to="/applications" leftSection={<IconFileText size={16} />}>
          {t('applications.menu.mine')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item component={Link} to="/recruiter" leftSection={<IconBriefcase size={16} />}>
          {t('jobs.menu.recruiter')}
        </Menu.Item>
        <Menu.Item component={Link} to="/recruiter/candidates" leftSection={<IconUserSearch size={16} />}>
          {t('applications.menu.candidates')}
        </Menu.Item>
        <Menu.Item component={Link} to="/companies" leftSection={<IconBuilding size={16} />}>
          {t('companies.menu.mine')}
        </Menu.Item>
        <Menu.Item component={Link} to="/companies/new" leftSection={<IconBuildingPlus size={16} />}>
          {t('companies.menu.create')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item component={Link} to="/settings/privacy" leftSection={<IconLock size={16} />}>
          {t('privacy.title')}
        </Menu.Item>
        <Menu.Item component={Link} to="/settings" leftSection={<IconSettings size={16} />}>
          {t('menu.settings')}
        </Menu.Item>
        <Menu.Item component={Link} to="/settings/tokens" leftSection={<IconCode size={16} />}>
          {t('menu.tokens')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLanguage size={16} />} onClick={() => void i18n.changeLanguage(otherLanguage)}>
          {otherLanguage === 'fr' ? 'Français' : 'English'}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
          {t('menu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.openMenu')} />
            <Anchor component={Link} to="/" fw={800} fz={22} c="carnet.6" underline="never">
              {t('app.name')}
            </Anchor>
          </Group>
          <ProfileMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {SECTIONS.map(({ key, path, icon: Icon }) => (
          <NavLink
            key={key}
            component={RouterNavLink}
            to={path}
            end={path === '/'}
            active={path === '/' ? pathname === '/' : pathname.startsWith(path)}
            label={t(`nav.${key}`)}
            leftSection={<Icon size={20} stroke={1.6} />}
            rightSection={key === 'network' ? <PendingBadge /> : undefined}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
