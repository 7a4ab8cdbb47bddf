/** The assignment of a call: options, one click to compute (a job; progress shown), the proposal, confirmation. */
import { Alert, Badge, Button, Card, Group, Loader, NumberInput, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyProblem } from '../../api/forms';
import { useFormat } from '../../i18n/format';
import { useUser } from '../auth/session';
import { CurrentAssignments } from './CurrentAssignments';
import { ProposalView } from './ProposalView';
import { affinityQuery, latestRunQuery, type Run } from './queries';
import { namesOf } from './PairSelect';

type Fairness = 'none' | 'max' | 'floor';

function RunState({ run }: { run: Run }) {
  const { t } = useTranslation();
  const f = useFormat();
  const color = { queued: 'gray', running: 'blue', done: 'teal', failed: 'red' }[run.status];
  return (
    <Group gap="xs">
      <Badge color={color} variant="light" leftSection={run.status === 'queued' || run.status === 'running' ? <Loader size={10} /> : undefined}>{t(`evaluation:run.status.${run.status}`)}</Badge>
      <Text size="sm" c="dimmed">{t('evaluation:run.started', { at: f.dateTime(run.createdAt) })}{run.confirmedAt ? ` · ${t('evaluation:run.confirmedAt', { at: f.dateTime(run.confirmedAt) })}` : ''}</Text>
    </Group>
  );
}

export function AssignmentPanel({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const manager = user.role === 'admin' || user.role === 'staff';
  const qc = useQueryClient();
  const run = useQuery(latestRunQuery(callId));
  const matrix = useQuery(affinityQuery(callId));
  const names = namesOf(matrix.data);
  const form = useForm({ initialValues: { k: 3, distinctOrganisations: true, languageMatch: false, fairness: 'none' as Fairness, floor: 1 as number | string } });
  const start = useMutation({
    mutationFn: (v: typeof form.values) =>
      unwrap(api.POST('/api/evaluation/calls/{callId}/runs', { params: { path: { callId } }, body: { k: v.k, distinctOrganisations: v.distinctOrganisations, languageMatch: v.languageMatch, fairness: v.fairness, floor: v.fairness === 'floor' ? Number(v.floor) : null } })),
    onSuccess: (r) => qc.setQueryData(latestRunQuery(callId).queryKey, r),
    onError: (err) => applyProblem(form, err, t('evaluation:run.failed')),
  });
  const busy = run.data?.status === 'queued' || run.data?.status === 'running';
  return (
    <Stack>
      {manager && (
        <Card withBorder>
          <Title order={5} mb="sm">{t('evaluation:run.title')}</Title>
          <form onSubmit={form.onSubmit((v) => start.mutate(v))}>
            <Group align="flex-end" gap="lg">
              <NumberInput label={t('evaluation:run.k')} min={1} max={10} w={140} {...form.getInputProps('k')} />
              <Switch label={t('evaluation:run.distinct')} {...form.getInputProps('distinctOrganisations', { type: 'checkbox' })} />
              <Switch label={t('evaluation:run.language')} {...form.getInputProps('languageMatch', { type: 'checkbox' })} />
              <Stack gap={4}>
                <Text size="sm" fw={500}>{t('evaluation:run.fairness')}</Text>
                <SegmentedControl data={(['none', 'max', 'floor'] as const).map((v) => ({ value: v, label: t(`evaluation:run.fairnessMode.${v}`) }))} {...form.getInputProps('fairness')} />
              </Stack>
              {form.values.fairness === 'floor' && <NumberInput label={t('evaluation:run.floor')} min={0} max={10} step={0.1} decimalScale={3} w={140} {...form.getInputProps('floor')} />}
              <Button type="submit" leftSection={<IconPlayerPlay size={16} />} loading={start.isPending} disabled={busy}>{t('evaluation:run.compute')}</Button>
            </Group>
            <Text size="xs" c="dimmed" mt="xs">{t('evaluation:run.help')}</Text>
          </form>
        </Card>
      )}
      {run.data && (
        <Card withBorder>
          <RunState run={run.data} />
          {run.data.status === 'failed' && <Alert color="red" mt="sm">{t('evaluation:run.error', { error: run.data.error ?? '' })}</Alert>}
          {run.data.result && <ProposalView run={run.data} proposal={run.data.result} names={names} manager={manager} />}
        </Card>
      )}
      <CurrentAssignments callId={callId} manager={manager} />
    </Stack>
  );
}
