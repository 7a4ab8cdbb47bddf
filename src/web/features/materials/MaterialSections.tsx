/** Secondary sections of a material's page: suppliers, end uses, members, targets, names per source. */
import { Anchor, Badge, Group, List, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { SupplyChart } from './charts';
import { useTargetText } from './battery-text';
import { materialMembersQuery } from './queries';

type Assessment = Schemas['MaterialAssessment'];

export function SupplySection({ a }: { a: Assessment }) {
  const { t } = useTranslation('materials');
  const stages = (['extraction', 'processing'] as const).filter((s) => a.supply.globalSupply[s] !== undefined || a.supply.euSourcing[s] !== undefined);
  const [stage, setStage] = useState<'extraction' | 'processing'>(stages[0] ?? 'extraction');
  if (stages.length === 0) return null;
  return (
    <Paper p="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('supply.title')}</Title>
        {stages.length > 1 && <SegmentedControl aria-label={t('supply.stage')} value={stage} onChange={(v) => setStage(v as typeof stage)} data={stages.map((s) => ({ value: s, label: t(`stage.${s}`) }))} />}
      </Group>
      <Text size="sm" c="dimmed" mb="xs">{t('supply.description')}</Text>
      <SupplyChart globalSupply={a.supply.globalSupply[stage]} euSourcing={a.supply.euSourcing[stage]} />
    </Paper>
  );
}

export function EndUsesSection({ endUses }: { endUses: Assessment['endUses'] }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  return (
    <Paper p="md">
      <Title order={4} mb="xs">{t('endUses.title')}</Title>
      {endUses.length === 0 ? (
        <Text size="sm" c="dimmed">{t('endUses.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('endUses.application')}</Table.Th>
                <Table.Th ta="right">{t('endUses.share')}</Table.Th>
                <Table.Th>{t('endUses.sector')}</Table.Th>
                <Table.Th ta="right">{t('endUses.valueAdded')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {endUses.map((e) => (
                <Table.Tr key={e.line}>
                  <Table.Td>{e.application}</Table.Td>
                  <Table.Td ta="right" ff="monospace">{e.share === null ? e.shareRaw : f.percent(e.share, 0)}</Table.Td>
                  <Table.Td>{e.sectorCode ? `${e.sectorCode} · ${e.sectorName ?? ''}` : '—'}</Table.Td>
                  <Table.Td ta="right" ff="monospace">{f.number(e.valueAddedMeur)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

export function MembersSection({ materialId }: { materialId: string }) {
  const { t } = useTranslation('materials');
  const query = useQuery(materialMembersQuery(materialId));
  return (
    <Paper p="md">
      <Title order={4} mb="xs">{t('members.title')}</Title>
      <QueryView query={query}>
        {(data) => (
          <Stack gap="xs">
            {data.members.length === 0 && data.hiddenCount === 0 && <Text size="sm" c="dimmed">{t('members.none')}</Text>}
            {data.members.map((m) => (
              <Stack key={m.id} gap={2}>
                <Text size="sm" fw={500}>{m.name}</Text>
                <Group gap={4}>{m.stages.map((s) => <Badge key={s} size="xs" variant="light">{t(`stage.${s}`)}</Badge>)}</Group>
              </Stack>
            ))}
            {data.hiddenCount > 0 && <Text size="xs" c="dimmed">{t('members.hidden', { count: data.hiddenCount })}</Text>}
          </Stack>
        )}
      </QueryView>
    </Paper>
  );
}

export function NamesSection({ names }: { names: Schemas['MaterialDetail']['names'] }) {
  const { t } = useTranslation('materials');
  const sources = (['crma', 'srEi', 'globalSupply', 'euSourcing', 'materialUse'] as const).filter((s) => names[s].length > 0);
  if (sources.length === 0) return null;
  return (
    <Paper p="md">
      <Title order={4} mb="xs">{t('names.title')}</Title>
      <List size="sm" spacing={2}>
        {sources.map((s) => <List.Item key={s}><Text span c="dimmed" size="sm">{t(`names.source.${s}`)}:</Text> {names[s].join(' / ')}</List.Item>)}
      </List>
    </Paper>
  );
}

export function TargetsSection({ targets }: { targets: Schemas['BatteryTarget'][] }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const text = useTargetText();
  if (targets.length === 0) return null;
  return (
    <Paper p="md">
      <Title order={4} mb="xs">{t('battery.targetsTitle')}</Title>
      <Stack gap="xs">
        {targets.map((x) => (
          <Group key={`${x.provision}-${x.date}-${x.metric}-${x.materialOrCategory}`} justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
            <div>
              <Text size="sm">{t('battery.targetLine', { provision: text.provision(x), metric: text.metric(x) })}</Text>
              <Text size="xs" c="dimmed">{text.subject(x)} · <Anchor href={x.sourceUrl} target="_blank" rel="noreferrer" size="xs">{t('battery.source')}</Anchor></Text>
            </div>
            <Stack gap={0} align="flex-end">
              <Text size="sm" ff="monospace" fw={600}>{x.share === null ? text.requirement(x) : f.percent(x.share, 0)}</Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{f.date(x.date)}</Text>
            </Stack>
          </Group>
        ))}
      </Stack>
      <Text size="xs" c="dimmed" mt="sm">{t('battery.targetsNote')}</Text>
    </Paper>
  );
}
