/** The emission-factor table: kg CO2e per unit of each carrier from a year on, with sources. */
import { Anchor, Button, Group, Modal, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENERGY_CARRIERS, UNITS_BY_CARRIER, type EnergyCarrier, type MeterUnit } from '../../../shared/contracts/impact';
import { api, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { unitLabel, useImpactFormat } from './format';
import { ImpactTabs } from './ImpactTabs';
import { factorsQuery, useImpactRights, type EmissionFactor } from './queries';
import { useSubmit } from './use-submit';

interface Values extends Record<string, unknown> {
  carrier: EnergyCarrier;
  unit: MeterUnit;
  year: number;
  kgCo2ePerUnit: number;
  kwhPerUnit: number;
  source: string;
  notes: string;
}

function FactorForm({ factor, onClose }: { factor: EmissionFactor | null; onClose: () => void }) {
  const { t } = useTranslation('impact');
  const qc = useQueryClient();
  const form = useForm<Values>({ initialValues: factor ? { ...factor, notes: factor.notes ?? '' } : { carrier: 'electricity', unit: 'kWh', year: new Date().getFullYear(), kgCo2ePerUnit: 0, kwhPerUnit: 1, source: '', notes: '' } });
  const { busy, submit } = useSubmit(form, async (v) => {
    const body = { ...v, notes: v.notes || null };
    if (factor) await unwrap(api.PUT('/api/impact/emission-factors/{id}', { params: { path: { id: factor.id } }, body }));
    else await unwrap(api.POST('/api/impact/emission-factors', { body }));
    await qc.invalidateQueries({ queryKey: factorsQuery.queryKey });
    notifySuccess(t('common:feedback.saved'));
    onClose();
  });
  const remove = async () => {
    if (!factor || !window.confirm(t('factors.confirmDelete'))) return;
    try {
      await unwrap(api.DELETE('/api/impact/emission-factors/{id}', { params: { path: { id: factor.id } } }));
      await qc.invalidateQueries({ queryKey: factorsQuery.queryKey });
      onClose();
    } catch (err) {
      showError(err, t('common:feedback.error'));
    }
  };
  const units = UNITS_BY_CARRIER[form.values.carrier];
  return (
    <Modal opened onClose={onClose} title={factor ? t('factors.edit') : t('factors.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label={t('factors.carrier')} data={ENERGY_CARRIERS.map((c) => ({ value: c, label: t(`carriers.${c}`) }))} {...form.getInputProps('carrier')} onChange={(c) => form.setValues({ carrier: c as EnergyCarrier, unit: UNITS_BY_CARRIER[c as EnergyCarrier][0] })} />
            <Select label={t('factors.unit')} data={units.map((u) => ({ value: u, label: unitLabel(u) }))} {...form.getInputProps('unit')} />
            <NumberInput label={t('factors.year')} description={t('factors.yearHint')} min={1990} max={2100} {...form.getInputProps('year')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput label={t('factors.kgPerUnit', { unit: unitLabel(form.values.unit) })} min={0} decimalScale={5} decimalSeparator="," {...form.getInputProps('kgCo2ePerUnit')} />
            <NumberInput label={t('factors.kwhPerUnit', { unit: unitLabel(form.values.unit) })} min={0} decimalScale={4} decimalSeparator="," {...form.getInputProps('kwhPerUnit')} />
          </SimpleGrid>
          <TextInput label={t('factors.source')} required {...form.getInputProps('source')} />
          <Textarea label={t('factors.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
          <Group justify="space-between">
            {factor ? <Button variant="subtle" color="red" onClick={() => void remove()}>{t('common:actions.delete')}</Button> : <span />}
            <Group>
              <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
              <Button type="submit" loading={busy}>{t('common:actions.save')}</Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function FactorsPage() {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  const rights = useImpactRights();
  const query = useQuery(factorsQuery);
  const [editing, setEditing] = useState<EmissionFactor | 'new' | null>(null);
  return (
    <>
      <PageHeader title={t('factors.heading')} description={t('factors.description')} actions={rights.factors && <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>{t('factors.new')}</Button>} />
      <ImpactTabs />
      <QueryView query={query}>
        {(factors) => (
          <Paper>
            {factors.length === 0 ? (
              <Empty />
            ) : (
              <Table.ScrollContainer minWidth={860}>
                <Table verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('factors.carrier')}</Table.Th>
                      <Table.Th>{t('factors.year')}</Table.Th>
                      <Table.Th ta="right">{t('factors.factor')}</Table.Th>
                      <Table.Th ta="right">{t('factors.energy')}</Table.Th>
                      <Table.Th>{t('factors.source')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {factors.map((x) => (
                      <Table.Tr key={x.id}>
                        <Table.Td>{rights.factors ? <Anchor component="button" onClick={() => setEditing(x)}>{t(`carriers.${x.carrier}`)}</Anchor> : t(`carriers.${x.carrier}`)}</Table.Td>
                        <Table.Td>{t('factors.fromYear', { year: x.year })}</Table.Td>
                        <Table.Td ta="right">{f.number(x.kgCo2ePerUnit, 3)} kg CO₂e/{unitLabel(x.unit)}</Table.Td>
                        <Table.Td ta="right">{x.unit === 'kWh' ? '—' : `${f.number(x.kwhPerUnit, 2)} kWh/${unitLabel(x.unit)}`}</Table.Td>
                        <Table.Td maw={520}>
                          <Text size="sm">{x.source}</Text>
                          {x.notes && <Text size="xs" c="dimmed">{x.notes}</Text>}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>
        )}
      </QueryView>
      {editing && <FactorForm factor={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
