/**
 * The CRMA Art. 5 benchmarks of one strategic material as bars on one 0-100 % scale (share of EU
 * annual consumption), each with its benchmark marked: 10 / 40 / 25 % to reach, 65 % not to exceed.
 */
import { Badge, Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { useCountryName } from './queries';

type Check = Schemas['BenchmarkCheck'];

function color(c: Check): string {
  if (c.met === null) return 'var(--mantine-color-gray-4)';
  return c.met ? 'var(--mantine-color-teal-6)' : c.direction === 'max' ? 'var(--mantine-color-red-6)' : 'var(--mantine-color-ore-6)';
}

function Bar({ check }: { check: Check }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const country = useCountryName();
  const value = check.value ?? 0;
  const who = check.benchmarkId === 'diversification' && check.figure?.country ? ` (${country(check.figure.country)})` : '';
  const status = check.met === null ? t('benchmarks.noFigure') : check.met ? t('benchmarks.met') : t('benchmarks.notMet');
  const label = `${t(`benchmarks.stage.${check.benchmarkId}`)}${who}: ${check.value === null ? '—' : f.percent(value, 0)}; ${t(`benchmarks.target.${check.direction}`, { value: f.percent(check.threshold, 0) })}; ${status}`;
  return (
    <Stack gap={2}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" truncate>{t(`benchmarks.stage.${check.benchmarkId}`)}{who}</Text>
        <Text size="sm" ff="monospace" fw={600}>{check.value === null ? '—' : f.percent(value, 0)}</Text>
      </Group>
      <Tooltip label={check.figure ? t('benchmarks.figureSource', { year: check.figure.year, source: check.figure.source }) : status} multiline w={340}>
        <Box role="img" aria-label={label} pos="relative" h={12} style={{ background: 'var(--mantine-color-gray-1)', borderRadius: 6, overflow: 'hidden' }} tabIndex={0}>
          <Box pos="absolute" left={0} top={0} bottom={0} w={`${Math.min(100, value * 100)}%`} style={{ background: color(check) }} />
          <Box pos="absolute" top={0} bottom={0} left={`${check.threshold * 100}%`} w={2} style={{ background: 'var(--mantine-color-dark-6)' }} />
        </Box>
      </Tooltip>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text size="xs" c="dimmed" style={{ flex: 1 }}>{t(`benchmarks.target.${check.direction}`, { value: f.percent(check.threshold, 0) })} · {status}</Text>
        {check.figure && (
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            {check.figure.illustrative && <Badge size="xs" color="grape" variant="light">{t('illustrative.label')}</Badge>}
            <Text size="xs" c="dimmed">{check.figure.year}</Text>
          </Group>
        )}
      </Group>
    </Stack>
  );
}

export function BenchmarkBars({ checks }: { checks: readonly Check[] }) {
  return (
    <Stack gap="sm">
      {checks.map((c) => <Bar key={c.benchmarkId} check={c} />)}
    </Stack>
  );
}
