/** The actions on one payment the reader may take: approve, mark paid, cancel, record a return. */
import { Badge, Button, Group, Modal, Stack, TextInput, Textarea, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyProblem, notifySuccess, showError } from '../../api/forms';
import { STATE_COLOR, usePaymentsRefresh, type PaymentDto } from './queries';

export function PaymentState({ p }: { p: PaymentDto }) {
  const { t } = useTranslation();
  const label = p.state === 'scheduled' ? t(p.due ? 'payments:state.due' : 'payments:state.waiting') : t(`payments:state.${p.state}`);
  const badge = <Badge color={p.state === 'scheduled' && p.due ? 'yellow' : STATE_COLOR[p.state]} variant="light">{label}</Badge>;
  return p.closeReason ? <Tooltip label={p.closeReason}>{badge}</Tooltip> : badge;
}

type Dialog = 'pay' | 'cancel' | 'return' | null;

function ReasonModal({ kind, p, onClose }: { kind: 'cancel' | 'return'; p: PaymentDto; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = usePaymentsRefresh();
  const form = useForm({ initialValues: { reason: '' } });
  const submit = form.onSubmit(async (v) => {
    try {
      const path = kind === 'cancel' ? '/api/payments/payments/{id}/cancel' : '/api/payments/payments/{id}/return';
      await unwrap(api.POST(path, { params: { path: { id: p.id } }, body: v }));
      notifySuccess(t(`payments:actions.${kind}Done`));
      await refresh();
      onClose();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  return (
    <Modal opened onClose={onClose} title={t(`payments:actions.${kind}Title`)}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea label={t('payments:actions.reason')} required autosize minRows={2} {...form.getInputProps('reason')} />
          <Group justify="flex-end"><Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button><Button type="submit" color={kind === 'cancel' ? 'red' : 'orange'}>{t(`payments:actions.${kind}`)}</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}

function PayModal({ p, onClose }: { p: PaymentDto; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = usePaymentsRefresh();
  const form = useForm({ initialValues: { valueDate: new Date().toISOString().slice(0, 10), reference: '' } });
  const submit = form.onSubmit(async (v) => {
    try {
      await unwrap(api.POST('/api/payments/payments/{id}/pay', { params: { path: { id: p.id } }, body: v }));
      notifySuccess(t('payments:actions.payDone'));
      await refresh();
      onClose();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('payments:actions.payTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput type="date" label={t('payments:actions.valueDate')} required {...form.getInputProps('valueDate')} />
          <TextInput label={t('payments:actions.reference')} description={t('payments:actions.referenceHint')} required {...form.getInputProps('reference')} />
          <Group justify="flex-end"><Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button><Button type="submit">{t('payments:actions.pay')}</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function PaymentActions({ p, canPay, canCancel }: { p: PaymentDto; canPay: boolean; canCancel: boolean }) {
  const { t } = useTranslation();
  const refresh = usePaymentsRefresh();
  const [dialog, setDialog] = useState<Dialog>(null);
  const approve = async () => {
    try {
      await unwrap(api.POST('/api/payments/payments/{id}/approve', { params: { path: { id: p.id } } }));
      notifySuccess(t('payments:actions.approveDone'));
      await refresh();
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  const open = p.state === 'scheduled' || p.state === 'approved';
  return (
    <Group gap={4} wrap="nowrap">
      {canPay && p.state === 'scheduled' && p.due && <Button size="compact-xs" onClick={() => void approve()}>{t('payments:actions.approve')}</Button>}
      {canPay && p.state === 'approved' && <Button size="compact-xs" color="teal" onClick={() => setDialog('pay')}>{t('payments:actions.pay')}</Button>}
      {canCancel && open && <Button size="compact-xs" variant="subtle" color="red" onClick={() => setDialog('cancel')}>{t('payments:actions.cancel')}</Button>}
      {canPay && p.state === 'paid' && <Button size="compact-xs" variant="subtle" color="orange" onClick={() => setDialog('return')}>{t('payments:actions.return')}</Button>}
      {dialog === 'pay' && <PayModal p={p} onClose={() => setDialog(null)} />}
      {(dialog === 'cancel' || dialog === 'return') && <ReasonModal kind={dialog} p={p} onClose={() => setDialog(null)} />}
    </Group>
  );
}
