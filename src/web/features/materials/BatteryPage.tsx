/**
 * The battery value chain: Li, Co, Ni, natural graphite, Mn (+ Cu, Al), their criticality, where the
 * world's supply comes from, the Battery Regulation targets and the members at each stage.
 */
import { Anchor, Badge, Group, Paper, Progress, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { MaterialFlags } from './Flags';
import { useTargetText } from './battery-text';
import { TargetsSection } from './MaterialSections';
import { batteryQuery, useCountryName, useMaterialName } from './queries';
import { ScoreCell } from './Scores';

type View = Schemas['BatteryView'];
type BatteryMaterial = Schemas['BatteryMaterial'];

function StageRibbon({ stages }: { stages: View['stages'] }) {
  const { t } = useTranslation('materials');
  return (
    <Paper p="md">
      <Group gap={4} wrap="wrap">
        {stages.map((s, i) => (
          <Fragment key={s.id}>
            {i > 0 && <IconChevronRight size={16} color="var(--mantine-color-dimmed)" aria-hidden />}
            <Stack gap={0} align="center">
              <Badge variant="light" size="lg">{t(`battery.stages.${s.id}`)}</Badge>
              <Text size="xs" c="dimmed">{t(`stage.${s.platformStage}`)}</Text>
            </Stack>
          </Fragment>
        ))}
      </Group>
      <Text size="xs" c="dimmed" mt="xs">{t('battery.ribbonNote')}</Text>
    </Paper>
  );
}

function Suppliers({ rows, label }: { rows: BatteryMaterial['topSuppliers']['extraction']; label: string }) {
  const f = useFormat();
  const country = useCountryName();
  if (rows.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} c="dimmed">{label}</Text>
      {rows.map((r) => (
        <Group key={r.country} gap="xs" wrap="nowrap">
          <Text size="xs" w={110} truncate>{country(r.country)}</Text>
          <Progress value={r.share * 100} w={100} size="sm" color="veta" aria-hidden />
          <Text size="xs" ff="monospace">{f.percent(r.share, 1)}</Text>
        </Group>
      ))}
    </Stack>
  );
}

function MaterialCard({ m }: { m: BatteryMaterial }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const text = useTargetText();
  const name = useMaterialName();
  return (
    <Paper p="md">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={4}>
          <Anchor component={Link} to={`/materials/${m.materialId}`} fw={700} fz="lg">{name(m.materialId)}</Anchor>
          <MaterialFlags material={{ strategic: m.strategic, critical: m.critical, annexIIPoint: null, batteryChain: false }} size="xs" />
        </Stack>
        <Group gap="lg">
          <Stack gap={0} align="flex-end"><Text size="xs" c="dimmed">{t('abbr.sr')}</Text><ScoreCell kind="sr" computed={m.computed} published={m.published?.sr ?? null} materialId={m.materialId} /></Stack>
          <Stack gap={0} align="flex-end"><Text size="xs" c="dimmed">{t('abbr.ei')}</Text><ScoreCell kind="ei" computed={m.computed} published={m.published?.ei ?? null} materialId={m.materialId} /></Stack>
        </Group>
      </Group>
      <SimpleGrid cols={2} mb="sm">
        <Suppliers rows={m.topSuppliers.extraction} label={t('battery.topExtraction')} />
        <Suppliers rows={m.topSuppliers.processing} label={t('battery.topProcessing')} />
      </SimpleGrid>
      <Stack gap={4}>
        {m.coverage.map((c) => {
          const gap = c.members.length + c.hiddenCount === 0;
          return (
            <Group key={c.stage} gap="xs" wrap="nowrap" align="flex-start">
              <Text size="xs" c="dimmed" w={150} style={{ flexShrink: 0 }}>{t(`stage.${c.stage}`)}</Text>
              {gap ? (
                <Badge size="xs" color="red" variant="light">{t('coverage.gap')}</Badge>
              ) : (
                <Text size="xs">{[...c.members.map((x) => x.name), ...(c.hiddenCount > 0 ? [t('members.hiddenShort', { count: c.hiddenCount })] : [])].join(', ')}</Text>
              )}
            </Group>
          );
        })}
      </Stack>
      {m.targets.length > 0 && (
        <Group gap={6} mt="sm">
          {m.targets.map((x) => (
            <Badge key={`${x.provision}-${x.date}-${x.metric}`} variant="outline" color="gray" size="sm" tt="none">
              {t('battery.targetChip', { provision: text.provision(x), value: x.share === null ? text.requirement(x) : f.percent(x.share, 0), year: x.date.slice(0, 4) })}
            </Badge>
          ))}
        </Group>
      )}
    </Paper>
  );
}

export function BatteryPage(): React.JSX.Element {
  const { t } = useTranslation('materials');
  const query = useQuery(batteryQuery);
  return (
    <>
      <PageHeader title={t('battery.title')} description={t('battery.description')} />
      <QueryView query={query}>
        {(view) => (
          <Stack gap="lg">
            <StageRibbon stages={view.stages} />
            {view.datasetId === null && <Text c="dimmed" size="sm">{t('battery.noDataset')}</Text>}
            <SimpleGrid cols={{ base: 1, xl: 2 }}>{view.materials.map((m) => <MaterialCard key={m.materialId} m={m} />)}</SimpleGrid>
            <Group align="flex-start" gap="xs"><ThemeIcon variant="light" size="sm"><IconChevronRight size={12} /></ThemeIcon><Title order={4}>{t('battery.categoryTitle')}</Title></Group>
            <TargetsSection targets={view.categoryTargets} />
          </Stack>
        )}
      </QueryView>
    </>
  );
}
