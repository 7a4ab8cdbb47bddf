/**
 * What-if: build a list of changes (a share, a trade factor, a governance score, a parameter), see
 * SR and EI before and after at once, open the formulas, save the scenario under a name.
 */
import { Badge, Button, Grid, Group, Modal, NavLink, Paper, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { applyProblem, notifySuccess, showError } from '../../api/forms';
import { PageHeader, QueryView } from '../../components/Page';
import { useUser } from '../auth/session';
import { ChangeEditor, toChange, toDraft, useChangeOptions, type Change, type Draft } from './ChangeEditor';
import { assessmentQuery, governanceQuery, scenariosQuery, useMaterialName } from './queries';
import { WhatIfResults } from './WhatIfResults';

type Scenario = Schemas['Scenario'];

const PRESETS: { key: string; changes: Change[] }[] = [
  { key: 'tungsten', changes: [{ kind: 'share', materialId: 'tungsten', stage: 'extraction', list: 'globalSupply', country: 'ES', share: 0.1 }] },
  { key: 'gallium', changes: [{ kind: 'trade', materialId: 'gallium', stage: 'processing', country: 'CN', t: 1.5 }] },
];

function issuesByChange(err: unknown): Map<number, string> {
  const out = new Map<number, string>();
  if (!(err instanceof ApiError)) return out;
  for (const e of err.problem.errors ?? []) {
    const m = /^changes\.(\d+)/.exec(e.path);
    if (m?.[1] !== undefined) out.set(Number(m[1]), e.message ?? e.code);
  }
  return out;
}

function SaveModal({ datasetId, changes, scenario, onClose }: { datasetId: string; changes: Change[]; scenario: Scenario | null; onClose: (saved?: string) => void }) {
  const { t } = useTranslation('materials');
  const user = useUser();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const editing = scenario?.canEdit === true;
  const form = useForm({ initialValues: { name: editing ? scenario.name : '', description: editing ? (scenario.description ?? '') : '', shared: editing ? scenario.shared : false } });
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    const body = { name: v.name, description: v.description || null, changes, shared: v.shared };
    try {
      const saved = editing
        ? await unwrap(api.PATCH('/api/materials/scenarios/{id}', { params: { path: { id: scenario.id } }, body }))
        : await unwrap(api.POST('/api/materials/scenarios', { body: { ...body, datasetId } }));
      await qc.invalidateQueries({ queryKey: scenariosQuery.queryKey });
      notifySuccess(t('whatIf.savedOk'));
      onClose(saved.id);
    } catch (err) {
      applyProblem(form, err, t('whatIf.saveFailed'));
    } finally {
      setBusy(false);
    }
  });
  return (
    <Modal opened onClose={() => onClose()} title={editing ? t('whatIf.update') : t('whatIf.saveNew')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('whatIf.name')} required {...form.getInputProps('name')} />
          <Textarea label={t('whatIf.description')} autosize minRows={2} {...form.getInputProps('description')} />
          {(user.role === 'admin' || user.role === 'staff') && <Switch label={t('whatIf.shared')} description={t('whatIf.sharedHint')} {...form.getInputProps('shared', { type: 'checkbox' })} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose()}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={busy}>{t('common:actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ScenarioList({ scenarios, current, onPick, onNew }: { scenarios: Scenario[]; current: string | undefined; onPick: (s: Scenario) => void; onNew: (changes: Change[]) => void }) {
  const { t } = useTranslation('materials');
  return (
    <Paper p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t('whatIf.saved.title')}</Title>
        <Button size="compact-sm" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => onNew([])}>{t('whatIf.new')}</Button>
      </Group>
      {scenarios.length === 0 && <Text size="sm" c="dimmed">{t('whatIf.saved.none')}</Text>}
      {scenarios.map((s) => (
        <NavLink key={s.id} active={s.id === current} label={s.name} onClick={() => onPick(s)} description={<Group gap={4}>{s.shared && <Badge size="xs" variant="light">{t('whatIf.sharedBadge')}</Badge>}<Text size="xs" c="dimmed">{s.createdBy?.name ?? t('whatIf.system')}</Text></Group>} />
      ))}
      <Text size="xs" c="dimmed" mt="md" mb={4}>{t('whatIf.examples')}</Text>
      <Stack gap={4}>
        {PRESETS.map((p) => <Button key={p.key} size="xs" h="auto" py={6} variant="light" justify="flex-start" styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }} onClick={() => onNew(p.changes)}>{t(`whatIf.preset.${p.key}`)}</Button>)}
      </Stack>
    </Paper>
  );
}

/** The what-if of the drafts, once every change is complete (debounced while typing). */
function useWhatIf(datasetId: string, drafts: Draft[]) {
  const changes = useMemo(() => drafts.map(toChange), [drafts]);
  const complete = changes.length > 0 && changes.every((c) => c !== null) ? (changes as Change[]) : null;
  const [debounced] = useDebouncedValue(complete, 300);
  const result = useQuery({
    queryKey: ['materials', 'what-if', datasetId, JSON.stringify(debounced)],
    queryFn: () => unwrap(api.POST('/api/materials/what-if', { body: { datasetId, changes: debounced ?? [] } })),
    enabled: debounced !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
  return { complete, result };
}

async function deleteScenario(s: Scenario, t: (key: string, params?: Record<string, unknown>) => string, refresh: () => Promise<void>): Promise<boolean> {
  if (!window.confirm(t('whatIf.confirmDelete', { name: s.name }))) return false;
  try {
    await unwrap(api.DELETE('/api/materials/scenarios/{id}', { params: { path: { id: s.id } } }));
    await refresh();
    return true;
  } catch (err) {
    showError(err, t('whatIf.deleteFailed'));
    return false;
  }
}

function Workbench({ datasetId, materialIds }: { datasetId: string; materialIds: string[] }) {
  const { t } = useTranslation('materials');
  const name = useMaterialName();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const search = useSearch({ strict: false }) as { scenario?: string; material?: string };
  const scenarios = useQuery(scenariosQuery).data ?? [];
  const countries = useQuery(governanceQuery(datasetId)).data?.map((g) => g.country) ?? [];
  const options = useChangeOptions(materialIds, countries, name);
  const [drafts, setDrafts] = useState<Draft[]>(() => (search.material && !search.scenario ? [{ key: 0, kind: 'share', materialId: search.material }] : []));
  const [saving, setSaving] = useState(false);
  const current = scenarios.find((s) => s.id === search.scenario) ?? null;
  useEffect(() => {
    if (current) setDrafts(current.changes.map((c, i) => toDraft(c, i)));
  }, [current?.id]);
  const { complete, result } = useWhatIf(datasetId, drafts);
  const pick = (s: Scenario | null, preset: Change[] = []) => {
    void navigate({ to: '/materials/what-if', search: s ? { scenario: s.id } : {} });
    if (!s) setDrafts(preset.map((c, i) => toDraft(c, Date.now() + i)));
  };
  const remove = async () => {
    if (current && (await deleteScenario(current, t, () => qc.invalidateQueries({ queryKey: scenariosQuery.queryKey })))) pick(null);
  };
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 4, xl: 3 }}>
        <ScenarioList scenarios={scenarios} current={current?.id} onPick={(s) => pick(s)} onNew={(c) => pick(null, c)} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8, xl: 9 }}>
        <Stack gap="lg">
          <Paper p="md">
            <Group justify="space-between" mb="sm">
              <div>
                <Title order={4}>{current?.name ?? t('whatIf.unsaved')}</Title>
                {current?.description && <Text size="sm" c="dimmed">{current.description}</Text>}
              </div>
              <Group gap="xs">
                {current?.canEdit && <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => void remove()}>{t('common:actions.delete')}</Button>}
                <Button leftSection={<IconDeviceFloppy size={16} />} disabled={complete === null} onClick={() => setSaving(true)}>{current?.canEdit ? t('whatIf.update') : t('whatIf.saveNew')}</Button>
              </Group>
            </Group>
            <ChangeEditor drafts={drafts} onChange={setDrafts} errors={issuesByChange(result.error)} options={options} />
          </Paper>
          {result.data && complete && !result.error && <WhatIfResults datasetId={datasetId} changes={complete} comparisons={result.data.comparisons} />}
        </Stack>
      </Grid.Col>
      {saving && complete && <SaveModal datasetId={datasetId} changes={complete} scenario={current} onClose={(id) => { setSaving(false); if (id) void navigate({ to: '/materials/what-if', search: { scenario: id } }); }} />}
    </Grid>
  );
}

export function WhatIfPage(): React.JSX.Element {
  const { t } = useTranslation('materials');
  const assessment = useQuery(assessmentQuery);
  return (
    <>
      <PageHeader title={t('whatIf.title')} description={t('whatIf.description')} />
      <QueryView query={assessment}>{(a) => <Workbench datasetId={a.datasetId} materialIds={a.rows.map((r) => r.materialId)} />}</QueryView>
    </>
  );
}
