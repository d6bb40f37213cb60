import { Badge, Group, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

const TABS = [
  { path: '/jobs', key: 'search' },
  { path: '/jobs/saved', key: 'saved' },
  { path: '/jobs/alerts', key: 'alerts' },
] as const;

/** Search, saved jobs and alerts: the three pages of the jobs section, for signed-in members. */
export function JobsNav({ unseen = 0 }: { unseen?: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <Tabs value={pathname} onChange={(path) => path && navigate(path)} variant="outline">
      <Tabs.List aria-label={t('jobSearch.nav.label')}>
        {TABS.map((tab) => (
          <Tabs.Tab key={tab.path} value={tab.path}>
            <Group gap={6} wrap="nowrap">
              {t(`jobSearch.nav.${tab.key}`)}
              {tab.key === 'alerts' && unseen > 0 && (
                <Badge size="sm" circle aria-label={t('jobSearch.alerts.unseen', { count: unseen })}>
                  {unseen}
                </Badge>
              )}
            </Group>
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
