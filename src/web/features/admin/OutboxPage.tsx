/** Every mail Veta wrote; without SMTP this is where invitations and reset links are read. */
import { Badge, Grid, Group, Paper, ScrollArea, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';

const colors = { outbox: 'blue', queued: 'ore', sent: 'teal', failed: 'red' } as const;

export function OutboxPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [to, setTo] = useState('');
  const [debounced] = useDebouncedValue(to, 250);
  const [selected, setSelected] = useState<string | null>(null);
  const query = useQuery({
    queryKey: ['outbox', debounced],
    queryFn: () => unwrap(api.GET('/api/admin/outbox', { params: { query: { to: debounced || undefined, limit: 100, offset: 0 } } })),
    refetchInterval: 5000,
  });
  return (
    <>
      <PageHeader title={t('nav.outbox')} description={t('admin:outbox.description')} />
      <TextInput mb="md" w={320} placeholder={t('admin:outbox.search')} aria-label={t('admin:outbox.search')} leftSection={<IconSearch size={16} />} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
      <QueryView query={query}>
        {(data) => {
          if (data.items.length === 0) return <Paper><Empty>{t('admin:outbox.empty')}</Empty></Paper>;
          const mail = data.items.find((m) => m.id === selected) ?? data.items[0];
          return (
            <Grid>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Paper>
                  <ScrollArea.Autosize mah="70vh">
                    {data.items.map((m) => (
                      <UnstyledButton key={m.id} onClick={() => setSelected(m.id)} p="sm" w="100%" className={m.id === mail?.id ? 'list-item active' : 'list-item'} data-testid="outbox-item">
                        <Group justify="space-between" wrap="nowrap">
                          <Text size="sm" fw={600} truncate>{m.subject}</Text>
                          <Badge size="xs" color={colors[m.status]} variant="light">{t(`admin:outbox.status.${m.status}`)}</Badge>
                        </Group>
                        <Text size="xs" c="dimmed">{m.to} · {f.dateTime(m.createdAt)}</Text>
                      </UnstyledButton>
                    ))}
                  </ScrollArea.Autosize>
                </Paper>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 7 }}>
                {mail && (
                  <Paper p="lg">
                    <Stack gap={4} mb="md">
                      <Title order={4}>{mail.subject}</Title>
                      <Text size="sm" c="dimmed">{t('admin:outbox.to')}: {mail.to}</Text>
                      {mail.error && <Text size="sm" c="red">{mail.error}</Text>}
                    </Stack>
                    <Text component="pre" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }} data-testid="outbox-body">{mail.text}</Text>
                  </Paper>
                )}
              </Grid.Col>
            </Grid>
          );
        }}
      </QueryView>
    </>
  );
}
