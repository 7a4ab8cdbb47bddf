/** Start a savings analysis: the model, the meters, the baseline and reporting periods, options. */
import { Accordion, Button, Group, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ENERGY_CARRIERS } from '../../../shared/contracts/impact';
import type { AnalysisModel } from '../../../shared/contracts/impact-analysis';
import { api, unwrap } from '../../api/client';
import { metersQuery, type Analysis, type Measure, type Meter } from './queries';
import { useSubmit } from './use-submit';

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface Values extends Record<string, unknown> {
  model: AnalysisModel;
  energyMeterId: string | null;
  productionMeterId: string | null;
  temperatureMeterId: string | null;
  baselineStart: string | null;
  baselineEnd: string | null;
  reportingStart: string | null;
  reportingEnd: string | null;
  degreeDayMethod: 'dailyMean' | 'hourly';
  requireSignificantSlopes: boolean;
  useHdd: boolean;
  hddBaseC: number;
  granularity: 'daily' | 'monthly';
  confidence: number;
}

function defaults(measure: Measure, meters: Meter[]): Values {
  const ready = measure.completedDate ?? measure.startDate;
  const linked = meters.filter((m) => measure.meterIds.includes(m.id));
  const pick = (ok: (m: Meter) => boolean) => (linked.find(ok) ?? meters.find(ok))?.id ?? null;
  const production = pick((m) => m.carrier === 'production');
  const energy = pick((m) => (ENERGY_CARRIERS as readonly string[]).includes(m.carrier));
  const monthly = meters.find((m) => m.id === energy)?.interval === 'monthly';
  return {
    model: monthly ? 'caltrack_billing' : production ? 'production' : 'caltrack_daily',
    energyMeterId: energy,
    productionMeterId: production,
    temperatureMeterId: pick((m) => m.carrier === 'temperature'),
    baselineStart: addDays(measure.startDate, -365),
    baselineEnd: measure.startDate,
    reportingStart: ready,
    reportingEnd: addDays(ready, 365),
    degreeDayMethod: 'dailyMean',
    requireSignificantSlopes: false,
    useHdd: false,
    hddBaseC: 18,
    granularity: 'daily',
    confidence: 0.9,
  };
}

function meterOptions(meters: Meter[], ok: (m: Meter) => boolean) {
  return meters.filter(ok).map((m) => ({ value: m.id, label: `${m.code} · ${m.name}` }));
}

export function AnalysisForm({ measure, onClose, onCreated }: { measure: Measure; onClose: () => void; onCreated: (a: Analysis) => void }) {
  const { t } = useTranslation('impact');
  const qc = useQueryClient();
  const meters = useQuery(metersQuery({ organisationId: measure.organisationId })).data;
  if (!meters) return null;
  const created = async (a: Analysis) => {
    await qc.invalidateQueries({ queryKey: ['impact'] });
    onCreated(a);
  };
  return <Inner measure={measure} meters={meters} onClose={onClose} onCreated={created} title={t('analysis.new')} />;
}

function Inner({ measure, meters, onClose, onCreated }: { measure: Measure; meters: Meter[]; onClose: () => void; onCreated: (a: Analysis) => Promise<void>; title: string }) {
  const { t } = useTranslation('impact');
  const form = useForm<Values>({ initialValues: defaults(measure, meters) });
  const v = form.values;
  const energyOk = (m: Meter) => (ENERGY_CARRIERS as readonly string[]).includes(m.carrier) && (v.model === 'caltrack_billing') === (m.interval === 'monthly');
  const { busy, submit } = useSubmit(form, async (x) => {
    const a = await unwrap(
      api.POST('/api/impact/measures/{id}/analyses', {
        params: { path: { id: measure.id } },
        body: {
          model: x.model,
          energyMeterId: x.energyMeterId ?? '',
          productionMeterId: x.model === 'production' ? x.productionMeterId : null,
          temperatureMeterId: x.model !== 'production' || x.useHdd ? x.temperatureMeterId : null,
          baseline: { start: x.baselineStart ?? '', end: x.baselineEnd ?? '' },
          reporting: { start: x.reportingStart ?? '', end: x.reportingEnd ?? '' },
          options: { degreeDayMethod: x.degreeDayMethod, requireSignificantSlopes: x.requireSignificantSlopes, useHdd: x.useHdd, hddBaseC: x.hddBaseC, granularity: x.granularity, confidence: x.confidence },
        },
      }),
    );
    await onCreated(a);
    onClose();
  });
  return (
    <Modal opened onClose={onClose} title={t('analysis.new')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SegmentedControl fullWidth data={(['production', 'caltrack_daily', 'caltrack_billing'] as const).map((m) => ({ value: m, label: t(`analysis.models.${m}`) }))} {...form.getInputProps('model')} onChange={(m) => form.setValues({ model: m as AnalysisModel, energyMeterId: null })} aria-label={t('analysis.model')} />
          <Text size="sm" c="dimmed">{t(`analysis.modelHelp.${v.model}`)}</Text>
          <SimpleGrid cols={{ base: 1, sm: v.model === 'production' && v.useHdd ? 3 : 2 }}>
            <Select label={t('analysis.energyMeter')} required data={meterOptions(meters, energyOk)} {...form.getInputProps('energyMeterId')} />
            {v.model === 'production' && <Select label={t('analysis.productionMeter')} required data={meterOptions(meters, (m) => m.carrier === 'production' && m.interval !== 'monthly')} {...form.getInputProps('productionMeterId')} />}
            {(v.model !== 'production' || v.useHdd) && <Select label={t('analysis.temperatureMeter')} required data={meterOptions(meters, (m) => m.carrier === 'temperature')} {...form.getInputProps('temperatureMeterId')} />}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Group grow>
              <DateInput label={t('analysis.baselineStart')} valueFormat="DD/MM/YYYY" {...form.getInputProps('baselineStart')} error={form.errors['baseline.start']} />
              <DateInput label={t('analysis.baselineEnd')} description={t('analysis.exclusive')} valueFormat="DD/MM/YYYY" {...form.getInputProps('baselineEnd')} error={form.errors['baseline.end']} />
            </Group>
            <Group grow>
              <DateInput label={t('analysis.reportingStart')} valueFormat="DD/MM/YYYY" {...form.getInputProps('reportingStart')} error={form.errors['reporting.start']} />
              <DateInput label={t('analysis.reportingEnd')} description={t('analysis.exclusive')} valueFormat="DD/MM/YYYY" {...form.getInputProps('reportingEnd')} error={form.errors['reporting.end']} />
            </Group>
          </SimpleGrid>
          <Accordion variant="contained">
            <Accordion.Item value="options">
              <Accordion.Control>{t('analysis.options')}</Accordion.Control>
              <Accordion.Panel>
                <Stack>
                  {v.model === 'production' ? (
                    <>
                      <SegmentedControl data={[{ value: 'daily', label: t('analysis.granularity.daily') }, { value: 'monthly', label: t('analysis.granularity.monthly') }]} {...form.getInputProps('granularity')} aria-label={t('analysis.granularityLabel')} />
                      <Switch label={t('analysis.useHdd')} {...form.getInputProps('useHdd', { type: 'checkbox' })} />
                      {v.useHdd && <NumberInput label={t('analysis.hddBase')} min={0} max={30} step={0.5} suffix=" °C" {...form.getInputProps('hddBaseC')} />}
                    </>
                  ) : (
                    <>
                      <SegmentedControl data={[{ value: 'dailyMean', label: t('analysis.ddDailyMean') }, { value: 'hourly', label: t('analysis.ddHourly') }]} {...form.getInputProps('degreeDayMethod')} aria-label={t('analysis.ddMethod')} />
                      <Switch label={t('analysis.significantSlopes')} description={t('analysis.significantSlopesHint')} {...form.getInputProps('requireSignificantSlopes', { type: 'checkbox' })} />
                    </>
                  )}
                  <Select label={t('analysis.confidence')} data={['0.8', '0.9', '0.95']} value={String(v.confidence)} onChange={(c) => form.setFieldValue('confidence', Number(c ?? 0.9))} />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={busy}>{t('analysis.run')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
