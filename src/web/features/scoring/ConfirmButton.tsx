/** A button that asks for confirmation (and optionally a reason) before an irreversible action. */
import { Button, Group, Modal, Text, Textarea, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props extends ButtonProps {
  label: string;
  title: string;
  message?: string;
  /** Ask for a reason (at least 5 characters) and pass it to `onConfirm`. */
  reasonLabel?: string;
  leftSection?: ReactNode;
  onConfirm: (reason: string) => Promise<unknown>;
}

export function ConfirmButton({ label, title, message, reasonLabel, onConfirm, ...button }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm(reason.trim());
      setOpen(false);
      setReason('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button {...button} onClick={() => setOpen(true)}>{label}</Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={title}>
        {message && <Text size="sm" mb="md">{message}</Text>}
        {reasonLabel && <Textarea label={reasonLabel} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={3} mb="md" data-autofocus />}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setOpen(false)}>{t('actions.cancel')}</Button>
          <Button loading={busy} disabled={reasonLabel !== undefined && reason.trim().length < 5} onClick={() => void confirm()}>{t('actions.confirm')}</Button>
        </Group>
      </Modal>
    </>
  );
}
