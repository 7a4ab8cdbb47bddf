/** Pages for people who are not signed in: a centred card with the brand and a language switch. */
import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';

export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Box className="public-bg" mih="100vh">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Stack w="100%" maw={440} gap="lg">
          <Group gap="sm" justify="center">
            <Logo size={44} />
            <div>
              <Title order={2}>Veta</Title>
              <Text size="sm" c="dimmed">{t('app.tagline')}</Text>
            </div>
          </Group>
          <Paper p="xl" shadow="sm" component="main" id="main">
            <Outlet />
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
