/** One material: names and flags, SR/EI with formulas, history, suppliers, end uses, parameters, members, benchmarks. */
import { Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFlask } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { QueryError, QueryView } from '../../components/Page';
import { BenchmarkBars } from './BenchmarkBars';
import { HistoryChart } from './charts';
import { MaterialFlags } from './Flags';
import { MaterialCriticality } from './MaterialCriticality';
import { EndUsesSection, MembersSection, NamesSection, SupplySection, TargetsSection } from './MaterialSections';
import { ParametersCard } from './ParametersCard';
import { batteryQuery, materialAssessmentQuery, materialDetailQuery, trackerQuery } from './queries';

function Assessment({ materialId }: { materialId: string }) {
  const { t } = useTranslation('materials');
  const query = useQuery({ ...materialAssessmentQuery(materialId), retry: false });
  if (query.error instanceof ApiError && query.error.code === 'materials.no_dataset') {
    return <Paper p="md"><Text c="dimmed">{query.error.message}</Text></Paper>;
  }
  if (query.error) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <QueryView query={query}>
      {(a) => (
        <Stack gap="lg">
          <MaterialCriticality a={a} />
          {a.history.length > 0 && (
            <Paper p="md">
              <Title order={4} mb="xs">{t('history.title')}</Title>
              <HistoryChart history={a.history} thresholds={{ sr: 1, ei: 2.8 }} />
            </Paper>
          )}
          <SupplySection a={a} />
          <EndUsesSection endUses={a.endUses} />
          {a.inDataset && <ParametersCard datasetId={a.datasetId} parameters={a.parameters} />}
        </Stack>
      )}
    </QueryView>
  );
}

function Benchmarks({ materialId }: { materialId: string }) {
  const { t } = useTranslation('materials');
  const row = useQuery(trackerQuery).data?.rows.find((r) => r.materialId === materialId);
  if (!row) return null;
  return (
    <Paper p="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('benchmarks.short')}</Title>
        <Anchor component={Link} to="/materials/benchmarks" size="sm">{t('benchmarks.all')}</Anchor>
      </Group>
      <BenchmarkBars checks={row.checks} />
    </Paper>
  );
}

function Targets({ materialId }: { materialId: string }) {
  const targets = useQuery(batteryQuery).data?.materials.find((m) => m.materialId === materialId)?.targets ?? [];
  return <TargetsSection targets={targets} />;
}

export function MaterialPage(): React.JSX.Element {
  const { t, i18n } = useTranslation('materials');
  const { materialId } = useParams({ strict: false }) as { materialId: string };
  const detail = useQuery(materialDetailQuery(materialId));
  const en = i18n.language === 'en';
  return (
    <QueryView query={detail}>
      {(m) => (
        <>
          <Anchor component={Link} to="/materials" size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
            <IconArrowLeft size={14} /> {t('catalogue.title')}
          </Anchor>
          <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap">
            <div>
              <Group gap="sm" align="baseline">
                <Title order={2}>{en ? m.nameEn : m.nameEs}</Title>
                {m.symbol && <Text ff="monospace" c="dimmed" fz="lg">{m.symbol}</Text>}
              </Group>
              <Text c="dimmed" lang={en ? 'es' : 'en'}>{en ? m.nameEs : m.nameEn} · {t(`group.${m.group}`)}</Text>
              <Group mt="xs"><MaterialFlags material={m} /></Group>
              {m.note && <Text size="sm" c="dimmed" mt="xs" maw={760}>{i18n.exists(`materials:notes.${m.id}`) ? t(`notes.${m.id}`) : m.note}</Text>}
            </div>
            <Button component={Link} to={`/materials/what-if?material=${encodeURIComponent(materialId)}`} variant="light" leftSection={<IconFlask size={16} />}>{t('material.tryWhatIf')}</Button>
          </Group>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Assessment materialId={materialId} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack gap="lg">
                <MembersSection materialId={materialId} />
                {m.strategic !== 'no' && <Benchmarks materialId={materialId} />}
                {m.batteryChain && <Targets materialId={materialId} />}
                <NamesSection names={m.names} />
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </QueryView>
  );
}
