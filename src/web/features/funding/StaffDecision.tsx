/** Staff declare an application ineligible or withdrawn (or reinstate it) with a reason; audited. */
import { Alert, Button, Card, Group, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { useFundingLabels } from './labels';
import type { ApplicationDto } from './queries';

export function StaffDecision({ app }: { app: ApplicationDto }) {
  const { t } = useTranslation();
  const labels = useFundingLabels();
  const qc = useQueryClient();
  const options = app.status === 'submitted' ? ['ineligible', 'withdrawn'] : app.status === 'draft' ? ['withdrawn'] : app.currentVersion > 0 ? ['submitted'] : [];
  const [status, setStatus] = useState(options[0] ?? '');
  const [reason, setReason] = useState('');
  const decide = async () => {
    try {
      await unwrap(api.POST('/api/funding/applications/{id}/status', { params: { path: { id: app.id } }, body: { status: status as 'ineligible', reason } }));
      notifySuccess(t('funding:decision.done'));
      setReason('');
      await qc.invalidateQueries({ queryKey: ['funding'] });
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <Card withBorder>
      <Title order={5} mb="xs">{t('funding:decision.title')}</Title>
      {app.statusReason && <Alert mb="sm" color="orange" title={labels.status(app.status)}>{app.statusReason}</Alert>}
      {options.length === 0 ? (
        <Text size="sm" c="dimmed">{t('funding:decision.none')}</Text>
      ) : (
        <Stack gap="xs">
          <SegmentedControl value={status} onChange={setStatus} data={options.map((o) => ({ value: o, label: t(`funding:decision.to.${o}`) }))} />
          <Textarea label={t('funding:decision.reason')} description={t('funding:decision.reasonHint')} minRows={2} autosize value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Group justify="flex-end"><Button color={status === 'submitted' ? 'teal' : 'red'} disabled={reason.trim().length < 5} onClick={() => void decide()}>{t('funding:decision.apply')}</Button></Group>
        </Stack>
      )}
    </Card>
  );
}
