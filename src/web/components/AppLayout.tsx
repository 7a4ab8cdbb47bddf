/** The signed-in shell: header (brand, language, account menu), navigation by role, content. */
import { Anchor, AppShell, Avatar, Burger, Group, Menu, NavLink, ScrollArea, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconApi, IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken, unwrap } from '../api/client';
import { useUser } from '../features/auth/session';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';
import { adminNav, mainNav, visible, type NavItem } from './nav';

function NavList({ items, onNavigate }: { items: NavItem[]; onNavigate: () => void }) {
  const { t } = useTranslation();
  const path = useRouterState({ select: (s) => s.location.pathname });
  return (
    <>
      {items.map((item) => {
        const active = item.to === '/' ? path === '/' : path === item.to || path.startsWith(`${item.to}/`);
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(item.label)}
            leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
            variant="light"
          />
        );
      })}
    </>
  );
}

function AccountMenu() {
  const { t } = useTranslation();
  const user = useUser();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const signOut = async () => {
    await unwrap(api.POST('/api/auth/sign-out'));
    setCsrfToken(null);
    qc.clear();
    await navigate({ to: '/sign-in' });
  };
  const initials = user.name.split(/\s+/).map((p) => p[0]).slice(0, 2).join('');
  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <UnstyledButton aria-label={t('nav.account')} data-testid="account-menu">
          <Group gap={8}>
            <Avatar color="veta" radius="xl" size={32}>{initials}</Avatar>
            <div style={{ lineHeight: 1.1 }} className="hide-mobile">
              <Text size="sm" fw={600}>{user.name}</Text>
              <Text size="xs" c="dimmed">{t(`roles.${user.role}`)}</Text>
            </div>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} />}>{t('nav.account')}</Menu.Item>
        <Menu.Item component="a" href="/api/docs" target="_blank" leftSection={<IconApi size={16} />}>{t('nav.apiDocs')}</Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>{t('nav.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const user = useUser();
  const [opened, { toggle, close }] = useDisclosure();
  const admin = visible(adminNav, user.role);
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <a href="#main" className="skip-link">{t('nav.skipToContent')}</a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.openMenu')} />
            <Anchor component={Link} to="/" underline="never" c="inherit">
              <Group gap={8} wrap="nowrap">
                <Logo size={28} />
                <Title order={4}>Veta</Title>
                <Text size="sm" c="dimmed" className="hide-mobile">{t('app.cluster')}</Text>
              </Group>
            </Anchor>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitch />
            <AccountMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="main">
        <AppShell.Section grow component={ScrollArea}>
          <NavList items={visible(mainNav, user.role)} onNavigate={close} />
          {admin.length > 0 && (
            <>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="lg" mb={4} px="sm">{t('nav.administration')}</Text>
              <NavList items={admin} onNavigate={close} />
            </>
          )}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
