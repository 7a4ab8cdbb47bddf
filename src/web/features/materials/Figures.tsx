/**
 * "How is this computed?": a figure's formula with the numbers substituted, its inputs and what is
 * missing; SR and EI unfold into their parts (stages, HHIs, scaled sums).
 */
import { Accordion, Alert, Badge, Code, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { IllustrativeBadge } from './Flags';
import { MissingInputs } from './Missing';
import { useCountryName } from './queries';

type Figure = Schemas['Figure'];
type MaterialFigures = Schemas['MaterialFigures'];

/** HHI inputs come as S_c, WGI_c, t_c triples: shown one row per country. */
function CountryInputs({ inputs }: { inputs: Figure['inputs'] }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const country = useCountryName();
  const value = (symbol: string) => inputs.find((i) => i.symbol === symbol)?.value ?? null;
  const codes = inputs.flatMap((i) => /^S_([A-Z]{2})$/.exec(i.symbol)?.[1] ?? []);
  const cell = (v: number | null) => <Table.Td ta="right" ff="monospace">{v === null ? '?' : f.number(v)}</Table.Td>;
  return (
    <Table.ScrollContainer minWidth={420} mah={260}>
      <Table fz="xs" striped withRowBorders={false} aria-label={t('figure.inputs')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('figure.country')}</Table.Th>
            <Table.Th ta="right">{t('figure.share')}</Table.Th>
            <Table.Th ta="right">{t('figure.wgi')}</Table.Th>
            <Table.Th ta="right">t</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {codes.map((c) => (
            <Table.Tr key={c}>
              <Table.Td>{country(c)}</Table.Td>
              {cell(value(`S_${c}`))}
              {cell(value(`WGI_${c}`))}
              {cell(value(`t_${c}`))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function InputsTable({ inputs }: { inputs: Figure['inputs'] }) {
  if (inputs.some((i) => i.symbol.startsWith('WGI_'))) return <CountryInputs inputs={inputs} />;
  return <PlainInputs inputs={inputs} />;
}

function PlainInputs({ inputs }: { inputs: Figure['inputs'] }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const country = useCountryName();
  if (inputs.length === 0) return null;
  const note = (i: Figure['inputs'][number]) => {
    const code = /^S_([A-Z]{2})$/.exec(i.symbol)?.[1];
    return code ? country(code) : (i.note ?? '');
  };
  return (
    <Table.ScrollContainer minWidth={420} mah={260}>
      <Table fz="xs" striped withRowBorders={false} aria-label={t('figure.inputs')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('figure.symbol')}</Table.Th>
            <Table.Th ta="right">{t('figure.value')}</Table.Th>
            <Table.Th>{t('figure.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {inputs.map((i, n) => (
            <Table.Tr key={`${i.symbol}-${n}`}>
              <Table.Td ff="monospace">{i.symbol}</Table.Td>
              <Table.Td ta="right" ff="monospace">{i.value === null ? '?' : f.number(i.value, undefined)}</Table.Td>
              <Table.Td>{note(i)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function FigureBlock({ figure, showInputs = true }: { figure: Figure; showInputs?: boolean }) {
  const { t } = useTranslation('materials');
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {figure.illustrative && <IllustrativeBadge />}
        {figure.value === null && <Badge size="xs" color="gray" variant="outline">{t('figure.notComputable')}</Badge>}
      </Group>
      <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{figure.formula}</Code>
      {figure.missing.length > 0 && (
        <Alert variant="light" color="yellow" icon={<IconAlertCircle size={16} />} title={t('figure.missingTitle')} p="xs">
          <MissingInputs missing={figure.missing} size="xs" />
        </Alert>
      )}
      {showInputs && <InputsTable inputs={figure.inputs} />}
    </Stack>
  );
}

function Item({ value, label, figure, showInputs }: { value: string; label: string; figure: Figure; showInputs?: boolean }) {
  const f = useFormat();
  return (
    <Accordion.Item value={value}>
      <Accordion.Control>
        <Group justify="space-between" wrap="nowrap" pr="sm">
          <Text size="sm">{label}</Text>
          <Text size="sm" ff="monospace" fw={600}>{figure.value === null ? '—' : f.number(figure.value, 3)}</Text>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <FigureBlock figure={figure} showInputs={showInputs ?? true} />
      </Accordion.Panel>
    </Accordion.Item>
  );
}

/** SR of a material unfolded: overall, then per stage its SR, weighted HHIs and plain concentrations. */
export function ExplainSupplyRisk({ figures }: { figures: MaterialFigures }) {
  const { t } = useTranslation('materials');
  return (
    <Accordion variant="contained" multiple chevronPosition="left">
      <Item value="sr" label={t('figure.srOverall')} figure={figures.sr} showInputs={false} />
      {figures.stages.flatMap((s) => [
        <Item key={`${s.stage}-sr`} value={`${s.stage}-sr`} label={t('figure.srStage', { stage: s.stage })} figure={s.sr} showInputs={false} />,
        <Item key={`${s.stage}-gs`} value={`${s.stage}-gs`} label={t('figure.hhi', { list: 'globalSupply', stage: s.stage })} figure={s.hhiGs} />,
        <Item key={`${s.stage}-eu`} value={`${s.stage}-eu`} label={t('figure.hhi', { list: 'euSourcing', stage: s.stage })} figure={s.hhiEu} />,
      ])}
    </Accordion>
  );
}

/** EI of a material unfolded: EI, the scaled sum, Σ A·Q and the SI_EI the published EI implies. */
export function ExplainEconomicImportance({ figures }: { figures: MaterialFigures }) {
  const { t } = useTranslation('materials');
  return (
    <Accordion variant="contained" multiple chevronPosition="left">
      <Item value="ei" label={t('figure.ei')} figure={figures.ei} showInputs={false} />
      <Item value="scaled" label={t('figure.eiScaled')} figure={figures.eiScaled} />
      <Item value="sum" label={t('figure.eiSum')} figure={figures.eiSum} />
      {figures.impliedSiEi && <Item value="implied" label={t('figure.impliedSiEi')} figure={figures.impliedSiEi} showInputs={false} />}
    </Accordion>
  );
}
