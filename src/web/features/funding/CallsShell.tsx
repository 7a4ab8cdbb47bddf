/** The frame of the public call pages: the cluster's name, links to calls and directory, language, sign-in. */
import { Anchor, Box, Button, Container, Group, Text, Title } from '@mantine/core';
import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Logo } from '../../components/Logo';
import { useSession } from '../auth/session';

export function CallsShell() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Box className="public-bg" mih="100vh">
      <Container size="xl" py="md">
        <Group justify="space-between" mb="lg">
          <Anchor component={Link} to="/calls" underline="never" c="inherit">
            <Group gap="sm"><Logo size={36} /><div><Title order={3}>{t('app.cluster')}</Title><Text size="sm" c="dimmed">{t('funding:public.tagline')}</Text></div></Group>
          </Anchor>
          <Group>
            <Anchor component={Link} to="/directory" size="sm">{t('funding:public.directory')}</Anchor>
            <LanguageSwitch />
            {session?.user ? <Button component={Link} to="/funding" size="xs" variant="default">{t('funding:public.goToVeta')}</Button> : <Anchor component={Link} to="/sign-in" size="sm">{t('orgs:public.signIn')}</Anchor>}
          </Group>
        </Group>
        <main id="main"><Outlet /></main>
      </Container>
    </Box>
  );
}

