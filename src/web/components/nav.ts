/** Main navigation: the modules of the cluster, then administration. Roles filter what shows. */
import {
  IconBuildingFactory2,
  IconCalendarEvent,
  IconChartBar,
  IconCoin,
  IconHome,
  IconLeaf,
  IconListDetails,
  IconMail,
  IconMapPin,
  IconShieldCheck,
  IconStack2,
  IconUsers,
  IconUsersGroup,
  IconBriefcase,
  IconClipboardCheck,
  type Icon,
} from '@tabler/icons-react';
import type { Role } from '../../shared/roles';

export interface NavItem {
  to: string;
  label: string;
  icon: Icon;
  roles?: readonly Role[];
}

const everyone: readonly Role[] = ['admin', 'staff', 'finance', 'member', 'applicant', 'evaluator'];
const cluster: readonly Role[] = ['admin', 'staff', 'finance', 'member'];

export const mainNav: NavItem[] = [
  { to: '/', label: 'nav.home', icon: IconHome, roles: everyone },
  { to: '/members', label: 'nav.members', icon: IconUsersGroup, roles: cluster },
  { to: '/funding', label: 'nav.funding', icon: IconCoin, roles: everyone },
  { to: '/evaluation', label: 'nav.evaluation', icon: IconClipboardCheck, roles: ['admin', 'staff', 'finance', 'evaluator'] },
  { to: '/projects', label: 'nav.projects', icon: IconBriefcase, roles: ['admin', 'staff', 'finance', 'applicant', 'member'] },
  { to: '/events', label: 'nav.events', icon: IconCalendarEvent, roles: cluster },
  { to: '/impact', label: 'nav.impact', icon: IconLeaf, roles: cluster },
  { to: '/materials', label: 'nav.materials', icon: IconStack2, roles: cluster },
  { to: '/reports', label: 'nav.reports', icon: IconChartBar, roles: ['admin', 'staff', 'finance'] },
];

export const adminNav: NavItem[] = [
  { to: '/admin/users', label: 'nav.users', icon: IconUsers, roles: ['admin'] },
  { to: '/admin/offices', label: 'nav.offices', icon: IconMapPin, roles: ['admin'] },
  { to: '/admin/audit', label: 'nav.audit', icon: IconShieldCheck, roles: ['admin'] },
  { to: '/admin/jobs', label: 'nav.jobs', icon: IconListDetails, roles: ['admin'] },
  { to: '/admin/outbox', label: 'nav.outbox', icon: IconMail, roles: ['admin'] },
];

export const moduleIcon = { members: IconBuildingFactory2 };

export function visible(items: NavItem[], role: Role): NavItem[] {
  return items.filter((i) => !i.roles || i.roles.includes(role));
}
