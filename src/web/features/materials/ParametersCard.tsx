/** IR, EoL-RIR, SI_SR and SI_EI of a material with their sources; staff enter or change them. */
import { Badge, Button, Group, Modal, Paper, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { applyProblem, notifySuccess } from '../../api/forms';
import { useFormat } from '../../i18n/format';
import { useUser } from '../auth/session';
import { DecimalInput } from './DecimalInput';
import { ASSESSMENT_KEY } from './queries';

type Parameters = Schemas['MaterialParameters'];
const NAMES = ['importReliance', 'eolRir', 'siSr', 'siEi'] as const;
type Name = (typeof NAMES)[number];

export function ParametersModal({ datasetId, parameters, onClose }: { datasetId: string; parameters: Parameters; onClose: () => void }) {
  const { t } = useTranslation('materials');
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const first = NAMES.map((n) => parameters[n]).find((p) => p !== null);
  const form = useForm({
    initialValues: {
      ...(Object.fromEntries(NAMES.map((n) => [n, parameters[n]?.value ?? ''])) as Record<Name, number | string>),
      source: first?.source ?? '',
      illustrative: first?.illustrative ?? false,
    },
  });
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    const values = Object.fromEntries(NAMES.map((n) => [n, v[n] === '' ? null : Number(v[n])]));
    try {
      await unwrap(api.PUT('/api/materials/datasets/{datasetId}/parameters/{materialId}', { params: { path: { datasetId, materialId: parameters.materialId } }, body: { ...values, source: v.source, illustrative: v.illustrative } }));
      await qc.invalidateQueries({ queryKey: ASSESSMENT_KEY });
      notifySuccess(t('parameters.saved'));
      onClose();
    } catch (err) {
      applyProblem(form, err, t('parameters.saveFailed'));
    } finally {
      setBusy(false);
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('parameters.editTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">{t('parameters.editHint')}</Text>
          {NAMES.map((n) => (
            <DecimalInput key={n} label={t(`parameters.name.${n}`)} description={t(`parameters.hint.${n}`)} min={0} max={1} step={0.01} decimalScale={4} allowNegative={false} {...form.getInputProps(n)} />
          ))}
          <TextInput label={t('parameters.source')} description={t('parameters.sourceHint')} required {...form.getInputProps('source')} />
          <Switch label={t('parameters.illustrative')} {...form.getInputProps('illustrative', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={busy}>{t('common:actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function ParametersCard({ datasetId, parameters }: { datasetId: string; parameters: Parameters }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const user = useUser();
  const [editing, setEditing] = useState(false);
  const canEdit = user.role === 'admin' || user.role === 'staff';
  return (
    <Paper p="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('parameters.title')}</Title>
        {canEdit && <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>{t('parameters.edit')}</Button>}
      </Group>
      <Table verticalSpacing={4}>
        <Table.Tbody>
          {NAMES.map((n) => {
            const p = parameters[n];
            return (
              <Table.Tr key={n}>
                <Table.Td><Text size="sm">{t(`parameters.name.${n}`)}</Text></Table.Td>
                <Table.Td ta="right" ff="monospace">{p ? f.number(p.value, 2) : '—'}</Table.Td>
                <Table.Td>
                  {p ? (
                    <Group gap={4}>
                      {p.illustrative && <Badge size="xs" color="grape" variant="light">{t('illustrative.label')}</Badge>}
                      <Text size="xs" c="dimmed" lineClamp={2}>{p.source}</Text>
                    </Group>
                  ) : (
                    <Text size="xs" c="dimmed">{t('parameters.notEntered')}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {editing && <ParametersModal datasetId={datasetId} parameters={parameters} onClose={() => setEditing(false)} />}
    </Paper>
  );
}
