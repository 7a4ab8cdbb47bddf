/** Page scaffolding: a title row with actions, and the loading / error / empty states of a query. */
import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap" gap="sm">
      <div>
        <Title order={2}>{title}</Title>
        {description && <Text c="dimmed" mt={4} maw={760}>{description}</Text>}
      </div>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = error instanceof ApiError && error.code !== 'network' ? error.message : t('feedback.offline');
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('feedback.error')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message}</Text>
        {onRetry && <Button size="xs" variant="light" color="red" onClick={onRetry}>{t('actions.retry')}</Button>}
      </Stack>
    </Alert>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" aria-busy="true" aria-label={t('feedback.loading')}>
      <Loader />
    </Center>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Stack align="center" gap={4}>
        <IconInbox size={32} stroke={1.4} color="var(--mantine-color-dimmed)" aria-hidden />
        <Text c="dimmed">{children ?? t('table.empty')}</Text>
      </Stack>
    </Center>
  );
}

/** Renders a query's states, then `children(data)`. */
export function QueryView<T>({ query, children }: { query: { data?: T; error: unknown; isLoading: boolean; refetch: () => unknown }; children: (data: T) => ReactNode }) {
  if (query.isLoading) return <Loading />;
  if (query.error) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data === undefined) return <Loading />;
  return <>{children(query.data)}</>;
}
