/** Staff end a signed agreement early: a date and a reason; the server cancels its unpaid payments. */
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyProblem, notifySuccess } from '../../api/forms';
import { usePaymentsRefresh } from './queries';

export function TerminateAgreement({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const refresh = usePaymentsRefresh();
  const [open, setOpen] = useState(false);
  const form = useForm({ initialValues: { terminatedOn: new Date().toISOString().slice(0, 10), reason: '' } });
  const onSubmit = form.onSubmit(async (v) => {
    try {
      await unwrap(api.POST('/api/payments/agreements/{id}/terminate', { params: { path: { id: agreementId } }, body: v }));
      notifySuccess(t('payments:agreement.terminatedDone'));
      setOpen(false);
      await refresh();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  return (
    <>
      <Group mt="sm">
        <Button variant="light" color="red" onClick={() => setOpen(true)}>{t('payments:agreement.terminate')}</Button>
      </Group>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('payments:agreement.terminate')}>
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Text size="sm" c="dimmed">{t('payments:agreement.terminateHint')}</Text>
            <TextInput type="date" label={t('payments:agreement.terminatedOn')} required {...form.getInputProps('terminatedOn')} />
            <Textarea label={t('payments:agreement.terminationReason')} description={t('payments:agreement.terminationReasonHint')} required autosize minRows={3} {...form.getInputProps('reason')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>{t('actions.cancel')}</Button>
              <Button type="submit" color="red">{t('payments:agreement.terminate')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
