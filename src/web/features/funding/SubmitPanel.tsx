/**
 * Submitting: what the consortium confirms, what is still missing, a warning when a rule fails, and
 * the receipt of the stored version. One key per click: a double click or a retry stores nothing new.
 */
import { Alert, Button, Card, Checkbox, Code, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconSend } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { showError } from '../../api/forms';
import { useFormat } from '../../i18n/format';
import { formatInZone } from './Deadline';
import { applicationQuery, type ApplicationDto } from './queries';

export function SubmitPanel({ app, beforeSubmit }: { app: ApplicationDto; beforeSubmit: () => Promise<void> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const qc = useQueryClient();
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<Schemas['SubmitResult'] | null>(null);
  const incomplete = app.completeness.length > 0;
  const submit = async () => {
    setBusy(true);
    const idempotencyKey = crypto.randomUUID();
    try {
      await beforeSubmit();
      const r = await unwrap(api.POST('/api/funding/applications/{id}/submit', { params: { path: { id: app.id } }, body: { idempotencyKey } }));
      setReceipt(r);
      setConfirmed(false);
      await qc.invalidateQueries({ queryKey: applicationQuery(app.id).queryKey });
    } catch (err) {
      showError(err, t('feedback.error'));
      await qc.invalidateQueries({ queryKey: applicationQuery(app.id).queryKey });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder>
      <Title order={4} mb="sm">{app.currentVersion > 0 ? t('funding:submit.again') : t('funding:submit.title')}</Title>
      <Stack>
        <Text size="sm">{t('funding:submit.explain', { deadline: app.call.deadlineAt && app.call.deadlineZone ? formatInZone(f.tag, app.call.deadlineAt, app.call.deadlineZone) : '—' })}</Text>
        {incomplete && <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>{t('funding:submit.incomplete', { count: app.completeness.length })}</Alert>}
        {!incomplete && !app.eligibility.eligible && <Alert color="orange" icon={<IconAlertTriangle size={18} />}>{t('funding:submit.failingRules', { count: app.eligibility.failures.length })}</Alert>}
        {receipt && (
          <Alert color="teal" icon={<IconCircleCheck size={18} />} title={t('funding:submit.done', { version: receipt.version })}>
            <Text size="sm">{t('funding:submit.receipt', { at: f.dateTime(receipt.submittedAt) })}</Text>
            <Code block mt={6}>{receipt.snapshotHash}</Code>
          </Alert>
        )}
        <Checkbox checked={confirmed} disabled={incomplete || !app.editable} onChange={(e) => setConfirmed(e.currentTarget.checked)} label={t('funding:submit.confirm')} />
        <Button leftSection={<IconSend size={16} />} disabled={!confirmed || incomplete || !app.editable} loading={busy} onClick={() => void submit()} w="fit-content">
          {app.currentVersion > 0 ? t('funding:submit.buttonAgain', { version: app.currentVersion + 1 }) : t('funding:submit.button')}
        </Button>
      </Stack>
    </Card>
  );
}
