/** What the call must still define before publication (DOMAIN.md section 3), and the publish / close actions. */
import { Badge, Button, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { notifySuccess, showError } from '../../../api/forms';
import { useFormat } from '../../../i18n/format';
import { checklistQuery, useFundingRefresh, type CallDto } from '../queries';

export function ChecklistCard({ call, dirty }: { call: CallDto; dirty: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const refresh = useFundingRefresh();
  const query = useQuery(checklistQuery(call.id));
  const act = async (what: 'publish' | 'close') => {
    try {
      if (what === 'publish') await unwrap(api.POST('/api/funding/calls/{id}/publish', { params: { path: { id: call.id } } }));
      else await unwrap(api.POST('/api/funding/calls/{id}/close', { params: { path: { id: call.id } } }));
      notifySuccess(t(what === 'publish' ? 'funding:checklist.published' : 'funding:checklist.closed'));
      await refresh();
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  const params = (p: Record<string, string | number | boolean>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, k.endsWith('Cents') && typeof v === 'number' ? f.money(v) : v]));
  const items = query.data?.items ?? [];
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t('funding:checklist.title')}</Title>
        {query.data && <Badge color={query.data.publishable ? 'teal' : 'red'} variant="light">{query.data.publishable ? t('funding:checklist.ready') : t('funding:checklist.missing', { count: items.filter((i) => !i.ok && i.mandatory).length })}</Badge>}
      </Group>
      <Stack gap={6}>
        {items.map((i) => (
          <Group key={i.code} gap={8} wrap="nowrap" align="flex-start">
            <ThemeIcon size={20} radius="xl" variant="light" color={i.ok ? 'teal' : i.mandatory ? 'red' : 'yellow'}>{i.ok ? <IconCheck size={13} /> : i.mandatory ? <IconX size={13} /> : <IconInfoCircle size={13} />}</ThemeIcon>
            <div>
              <Text size="sm">{t(`funding:checklist.${i.code}.label`)}</Text>
              {!i.ok && <Text size="xs" c="dimmed">{t(`funding:checklist.${i.code}.missing`, params(i.params))}</Text>}
              {!i.ok && i.issues.length > 0 && <List size="xs" c="red">{i.issues.slice(0, 4).map((x, k) => <List.Item key={k}>{x.path}: {t(x.code, x.params ?? {})}</List.Item>)}</List>}
            </div>
          </Group>
        ))}
      </Stack>
      {call.canManage && call.status === 'draft' && <Button mt="md" fullWidth disabled={!query.data?.publishable || dirty} onClick={() => void act('publish')}>{t('funding:checklist.publish')}</Button>}
      {call.canManage && call.status === 'published' && call.deadlineAt && new Date(call.deadlineAt).getTime() < Date.now() && <Button mt="md" fullWidth variant="default" onClick={() => void act('close')}>{t('funding:checklist.close')}</Button>}
      {dirty && call.status === 'draft' && <Text size="xs" c="dimmed" mt={6}>{t('funding:checklist.saveFirst')}</Text>}
    </Card>
  );
}
