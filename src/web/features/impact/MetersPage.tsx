/** Meters by organisation and site, a new meter, and the status of the MQTT subscriber. */
import { Badge, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconPlugConnected } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { METER_CARRIERS, METER_INTERVALS, UNITS_BY_CARRIER, type MeterCarrier, type MeterInterval, type MeterUnit } from '../../../shared/contracts/impact';
import { api, unwrap } from '../../api/client';
import { notifySuccess } from '../../api/forms';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { unitLabel, useImpactFormat } from './format';
import { AnchorLink } from './links';
import { ImpactTabs } from './ImpactTabs';
import { metersQuery, organisationsQuery, useImpactRights, type Meter } from './queries';
import { useSubmit } from './use-submit';

interface MeterValues extends Record<string, unknown> {
  siteId: string;
  code: string;
  name: string;
  carrier: MeterCarrier;
  unit: MeterUnit;
  interval: MeterInterval;
  timeZone: string;
}

export function MeterForm({ siteId, onClose }: { siteId?: string; onClose: () => void }) {
  const { t } = useTranslation('impact');
  const qc = useQueryClient();
  const orgs = useQuery(organisationsQuery).data ?? [];
  const form = useForm<MeterValues>({ initialValues: { siteId: siteId ?? '', code: '', name: '', carrier: 'electricity', unit: 'kWh', interval: '15min', timeZone: 'Europe/Madrid' } });
  const { busy, submit } = useSubmit(form, async (v) => {
    await unwrap(api.POST('/api/impact/meters', { body: v }));
    await qc.invalidateQueries({ queryKey: ['impact'] });
    notifySuccess(t('common:feedback.saved'));
    onClose();
  });
  const sites = orgs.flatMap((o) => o.sites.map((s) => ({ value: s.id, label: `${o.name} · ${s.name}` })));
  return (
    <Modal opened onClose={onClose} title={t('meters.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select label={t('meters.site')} required searchable data={sites} disabled={!!siteId} {...form.getInputProps('siteId')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('meters.code')} description={t('meters.codeHint')} required {...form.getInputProps('code')} />
            <TextInput label={t('meters.name')} required {...form.getInputProps('name')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label={t('meters.carrier')} required data={METER_CARRIERS.map((c) => ({ value: c, label: t(`carriers.${c}`) }))} {...form.getInputProps('carrier')} onChange={(c) => form.setValues({ carrier: c as MeterCarrier, unit: UNITS_BY_CARRIER[c as MeterCarrier][0] })} />
            <Select label={t('meters.unit')} required data={UNITS_BY_CARRIER[form.values.carrier].map((u) => ({ value: u, label: unitLabel(u) }))} {...form.getInputProps('unit')} />
            <Select label={t('meters.interval')} required data={METER_INTERVALS.map((i) => ({ value: i, label: t(`intervals.${i}`) }))} {...form.getInputProps('interval')} />
          </SimpleGrid>
          <TextInput label={t('meters.timeZone')} description={t('meters.timeZoneHint')} {...form.getInputProps('timeZone')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={busy}>{t('common:actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function MetersTable({ meters, showSite = true }: { meters: Meter[]; showSite?: boolean }) {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  if (!meters.length) return <Empty>{t('meters.none')}</Empty>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('meters.code')}</Table.Th>
            {showSite && <Table.Th>{t('meters.site')}</Table.Th>}
            <Table.Th>{t('meters.carrier')}</Table.Th>
            <Table.Th>{t('meters.interval')}</Table.Th>
            <Table.Th>{t('meters.lastReading')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meters.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <AnchorLink to="/impact/meters/$meterId" params={{ meterId: m.id }} fw={500} ff="monospace">{m.code}</AnchorLink>
                <Text size="xs" c="dimmed">{m.name}</Text>
              </Table.Td>
              {showSite && (
                <Table.Td>
                  <AnchorLink to="/impact/sites/$siteId" params={{ siteId: m.siteId }} size="sm">{m.siteName}</AnchorLink>
                  <Text size="xs" c="dimmed">{m.organisationName}</Text>
                </Table.Td>
              )}
              <Table.Td><Badge variant="light" color="gray" tt="none">{t(`carriers.${m.carrier}`)} · {unitLabel(m.unit)}</Badge></Table.Td>
              <Table.Td>{t(`intervals.${m.interval}`)}</Table.Td>
              <Table.Td>{m.lastReadingAt ? f.dateTime(m.lastReadingAt) : <Text size="sm" c="dimmed">{t('meters.noReadings')}</Text>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TelemetryCard() {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  const query = useQuery({ queryKey: ['impact', 'telemetry'], queryFn: () => unwrap(api.GET('/api/impact/telemetry')), refetchInterval: 10_000 });
  const s = query.data;
  if (!s) return null;
  const rejected = Object.values(s.rejected).reduce((a, b) => a + b, 0);
  return (
    <Paper p="md" mb="md">
      <Group justify="space-between">
        <Group gap="xs">
          <IconPlugConnected size={20} aria-hidden />
          <Text fw={600}>{t('telemetry.title')}</Text>
          <Badge color={s.connected ? 'teal' : 'red'} variant="light">{s.connected ? t('telemetry.connected') : t(`telemetry.mode.${s.mode}`)}</Badge>
        </Group>
        <Text size="sm" c="dimmed" ff="monospace">{s.url ?? '—'} · {s.topic}</Text>
      </Group>
      <Text size="sm" mt="xs">
        {t('telemetry.counts', { messages: s.messages, stored: s.readingsStored, duplicates: s.duplicates, rejected })} {s.lastMessageAt && t('telemetry.last', { when: f.relative(s.lastMessageAt) })}
      </Text>
      {s.lastError && <Text size="sm" c="red">{s.lastError}</Text>}
    </Paper>
  );
}

export function MetersPage() {
  const { t } = useTranslation('impact');
  const rights = useImpactRights();
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [carrier, setCarrier] = useState<MeterCarrier | null>(null);
  const [creating, create] = useDisclosure();
  const orgs = useQuery(organisationsQuery).data ?? [];
  const query = useQuery(metersQuery(organisationId ? { organisationId } : {}));
  return (
    <>
      <PageHeader title={t('meters.heading')} description={t('meters.description')} actions={<Button leftSection={<IconPlus size={18} />} onClick={create.open}>{t('meters.new')}</Button>} />
      <ImpactTabs />
      {rights.telemetry && <TelemetryCard />}
      <Group mb="md" gap="sm">
        <Select placeholder={t('measures.organisation')} aria-label={t('measures.organisation')} clearable searchable data={orgs.map((o) => ({ value: o.id, label: o.name }))} value={organisationId} onChange={setOrganisationId} w={260} />
        <Select placeholder={t('meters.carrier')} aria-label={t('meters.carrier')} clearable data={METER_CARRIERS.map((c) => ({ value: c, label: t(`carriers.${c}`) }))} value={carrier} onChange={(c) => setCarrier(c as MeterCarrier | null)} w={200} />
      </Group>
      <QueryView query={query}>{(meters) => <Paper><MetersTable meters={meters.filter((m) => !carrier || m.carrier === carrier)} /></Paper>}</QueryView>
      {creating && <MeterForm onClose={create.close} />}
    </>
  );
}
