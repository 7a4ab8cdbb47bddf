/** The list of what-if changes: a share, a trade factor, a governance score or a material parameter. */
import { ActionIcon, Button, Group, Menu, Paper, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { DecimalInput } from './DecimalInput';
import { materialAssessmentQuery, useCountryName } from './queries';

export type Change = Schemas['ScenarioChange'];
export type Kind = Change['kind'];

/** A change being edited: every field optional until complete. */
export interface Draft {
  key: number;
  kind: Kind;
  materialId?: string | null;
  stage?: 'extraction' | 'processing' | null;
  list?: 'globalSupply' | 'euSourcing' | null;
  country?: string | null;
  share?: number | null;
  t?: number | null;
  parameter?: 'importReliance' | 'eolRir' | 'siSr' | 'siEi' | null;
  value?: number | null;
  wgiScaled?: number | null;
}

const num = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** The change a draft describes, or null while a field is missing. */
export function toChange(d: Draft): Change | null {
  const { materialId, stage, list, country } = d;
  switch (d.kind) {
    case 'share':
      return materialId && stage && list && country && num(d.share) ? { kind: 'share', materialId, stage, list, country, share: d.share / 100, ...(num(d.t) ? { t: d.t } : {}) } : null;
    case 'trade':
      return materialId && stage && country && num(d.t) ? { kind: 'trade', materialId, stage, country, t: d.t, ...(list ? { list } : {}) } : null;
    case 'parameter':
      return materialId && d.parameter && num(d.value) ? { kind: 'parameter', materialId, parameter: d.parameter, value: d.value } : null;
    case 'governance':
      return country && num(d.wgiScaled) ? { kind: 'governance', country, wgiScaled: d.wgiScaled } : null;
  }
}

/** A draft from a saved change (shares shown in %). */
export function toDraft(c: Change, key: number): Draft {
  return c.kind === 'share' ? { ...c, key, share: Math.round(c.share * 100000) / 1000 } : { ...c, key };
}

interface Options {
  materials: { value: string; label: string }[];
  countries: { value: string; label: string }[];
}

function CurrentShare({ d }: { d: Draft }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const enabled = Boolean(d.materialId && d.stage && d.country && d.kind !== 'governance');
  const a = useQuery({ ...materialAssessmentQuery(d.materialId ?? ''), enabled });
  if (!enabled || !a.data || !d.stage) return null;
  const lists = d.list ? [d.list] : (['globalSupply', 'euSourcing'] as const);
  const parts = lists.map((l) => {
    const row = a.data.supply[l][d.stage as 'extraction']?.find((r) => r.country === d.country);
    return `${t(`list.${l}`)}: ${row ? `${row.share === null ? row.shareRaw : f.percent(row.share, 1)}, t = ${f.number(row.t)}` : t('whatIf.notListed')}`;
  });
  return <Text size="xs" c="dimmed">{t('whatIf.current', { values: parts.join(' · ') })}</Text>;
}

function Fields({ d, set, options }: { d: Draft; set: (patch: Partial<Draft>) => void; options: Options }) {
  const { t } = useTranslation('materials');
  const material = <Select label={t('whatIf.material')} data={options.materials} searchable value={d.materialId ?? null} onChange={(v) => set({ materialId: v })} w={220} />;
  const stage = <Select label={t('whatIf.stage')} data={(['extraction', 'processing'] as const).map((s) => ({ value: s, label: t(`stage.${s}`) }))} value={d.stage ?? null} onChange={(v) => set({ stage: v as Draft['stage'] })} w={170} />;
  const country = <Select label={t('whatIf.country')} data={options.countries} searchable value={d.country ?? null} onChange={(v) => set({ country: v })} w={200} />;
  const list = (clearable: boolean) => (
    <Select label={t('whatIf.list')} placeholder={clearable ? t('whatIf.bothLists') : undefined} clearable={clearable} data={(['globalSupply', 'euSourcing'] as const).map((l) => ({ value: l, label: t(`list.${l}`) }))} value={d.list ?? null} onChange={(v) => set({ list: v as Draft['list'] })} w={190} />
  );
  const tInput = (optional: boolean) => <DecimalInput label={optional ? t('whatIf.tOptional') : t('whatIf.t')} min={0.1} max={10} step={0.1} decimalScale={2} value={d.t ?? ''} onChange={(v) => set({ t: typeof v === 'number' ? v : null })} w={optional ? 170 : 130} />;
  switch (d.kind) {
    case 'share':
      return <>{material}{stage}{list(false)}{country}<DecimalInput label={t('whatIf.share')} suffix=" %" min={0} max={100} step={0.5} decimalScale={3} value={d.share ?? ''} onChange={(v) => set({ share: typeof v === 'number' ? v : null })} w={120} />{tInput(true)}</>;
    case 'trade':
      return <>{material}{stage}{list(true)}{country}{tInput(false)}</>;
    case 'parameter':
      return (
        <>
          {material}
          <Select label={t('whatIf.parameter')} data={(['importReliance', 'eolRir', 'siSr', 'siEi'] as const).map((p) => ({ value: p, label: t(`parameters.name.${p}`) }))} value={d.parameter ?? null} onChange={(v) => set({ parameter: v as Draft['parameter'] })} w={240} />
          <DecimalInput label={t('whatIf.value')} min={0} max={1} step={0.01} decimalScale={4} value={d.value ?? ''} onChange={(v) => set({ value: typeof v === 'number' ? v : null })} w={110} />
        </>
      );
    case 'governance':
      return <>{country}<DecimalInput label={t('whatIf.wgi')} min={0} max={10} step={0.1} decimalScale={2} value={d.wgiScaled ?? ''} onChange={(v) => set({ wgiScaled: typeof v === 'number' ? v : null })} w={150} /></>;
  }
}

export function ChangeEditor({ drafts, onChange, errors, options }: { drafts: Draft[]; onChange: (next: Draft[]) => void; errors: Map<number, string>; options: Options }) {
  const { t } = useTranslation('materials');
  const add = (kind: Kind) => onChange([...drafts, { key: Date.now() + Math.random(), kind }]);
  const update = (key: number, patch: Partial<Draft>) => onChange(drafts.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  return (
    <Stack gap="sm">
      {drafts.length === 0 && <Text size="sm" c="dimmed">{t('whatIf.empty')}</Text>}
      {drafts.map((d, i) => (
        <Paper key={d.key} p="sm" bg="var(--mantine-color-gray-0)">
          <Group justify="space-between" mb={4}>
            <Text size="sm" fw={600}>{t(`whatIf.kind.${d.kind}`)}</Text>
            <ActionIcon variant="subtle" color="red" aria-label={t('whatIf.remove')} onClick={() => onChange(drafts.filter((x) => x.key !== d.key))}><IconTrash size={16} /></ActionIcon>
          </Group>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Fields d={d} set={(patch) => update(d.key, patch)} options={options} />
          </Group>
          <CurrentShare d={d} />
          {errors.get(i) && <Text size="sm" c="red" mt={4} role="alert">{errors.get(i)}</Text>}
        </Paper>
      ))}
      <Menu position="bottom-start">
        <Menu.Target>
          <Button variant="light" leftSection={<IconPlus size={16} />} w="fit-content">{t('whatIf.add')}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          {(['share', 'trade', 'governance', 'parameter'] as const).map((k) => <Menu.Item key={k} onClick={() => add(k)}>{t(`whatIf.kind.${k}`)}</Menu.Item>)}
        </Menu.Dropdown>
      </Menu>
    </Stack>
  );
}

/** Material and country choices of a dataset, named in the interface language. */
export function useChangeOptions(materialIds: readonly string[], countries: readonly string[], name: (id: string) => string): Options {
  const country = useCountryName();
  return {
    materials: materialIds.map((id) => ({ value: id, label: name(id) })).sort((a, b) => a.label.localeCompare(b.label)),
    countries: countries.map((c) => ({ value: c, label: `${country(c)} (${c})` })).sort((a, b) => a.label.localeCompare(b.label)),
  };
}
