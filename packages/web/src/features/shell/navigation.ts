import { IconBell, IconBriefcase, IconHome, IconMessages, IconUsers, IconUsersGroup } from '@tabler/icons-react';

export const SECTIONS = [
  { key: 'home', path: '/', icon: IconHome },
  { key: 'network', path: '/network', icon: IconUsers },
  { key: 'jobs', path: '/jobs', icon: IconBriefcase },
  { key: 'groups', path: '/groups', icon: IconUsersGroup },
  { key: 'messages', path: '/messages', icon: IconMessages },
  { key: 'notifications', path: '/notifications', icon: IconBell },
] as const;

export type SectionKey = (typeof SECTIONS)[number]['key'];
