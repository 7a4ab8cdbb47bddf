import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHammer } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function ComingSoon({ module }: { module: string }) {
  const { t } = useTranslation();
  const name = t(`nav.${module}`);
  return (
    <Paper p="xl" maw={640}>
      <Stack align="flex-start">
        <ThemeIcon size={48} radius="xl" variant="light"><IconHammer size={26} /></ThemeIcon>
        <Title order={2}>{t('comingSoon.title', { module: name })}</Title>
        <Text c="dimmed">{t('comingSoon.body')}</Text>
      </Stack>
    </Paper>
  );
}
