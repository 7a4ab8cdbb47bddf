/** Governance scores per country and parameters per material of a dataset: tables, edits, templates, imports. */
import { ActionIcon, Badge, Button, Group, Modal, Paper, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDownload, IconPencil, IconUpload } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, unwrap, type Schemas } from '../../api/client';
import { applyProblem, showError } from '../../api/forms';
import { QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { DecimalInput } from './DecimalInput';
import { CsvImportModal, type CsvKind } from './CsvImport';
import { ParametersModal } from './ParametersCard';
import { ASSESSMENT_KEY, governanceQuery, parametersQuery, useCountryName, useMaterialName } from './queries';

type Governance = Schemas['GovernanceEntry'];
type Params = Schemas['MaterialParameters'];

function Toolbar({ kind, datasetId, canEdit }: { kind: CsvKind; datasetId: string; canEdit: boolean }) {
  const { t } = useTranslation('materials');
  const [importing, setImporting] = useState(false);
  const template = () => download(`/api/materials/datasets/${datasetId}/${kind}.csv`, `${kind}.csv`).catch((err: unknown) => showError(err, t('report.failed')));
  return (
    <Group justify="space-between" p="sm">
      <Text size="sm" c="dimmed" maw={760}>{t(`datasets.${kind}.description`)}</Text>
      <Group gap="xs">
        <Button variant="default" size="xs" leftSection={<IconDownload size={14} />} onClick={() => void template()}>{t('datasets.template')}</Button>
        {canEdit && <Button size="xs" leftSection={<IconUpload size={14} />} onClick={() => setImporting(true)}>{t('datasets.importCsv')}</Button>}
      </Group>
      {importing && <CsvImportModal kind={kind} datasetId={datasetId} onClose={() => setImporting(false)} />}
    </Group>
  );
}

function GovernanceModal({ datasetId, entry, onClose }: { datasetId: string; entry: Governance; onClose: () => void }) {
  const { t } = useTranslation('materials');
  const country = useCountryName();
  const qc = useQueryClient();
  const form = useForm({ initialValues: { wgiScaled: entry.wgiScaled ?? ('' as number | ''), source: entry.source ?? '', illustrative: entry.illustrative } });
  const path = { datasetId, country: entry.country };
  const done = async () => {
    await qc.invalidateQueries({ queryKey: ASSESSMENT_KEY });
    onClose();
  };
  const submit = form.onSubmit(async (v) => {
    try {
      await unwrap(api.PUT('/api/materials/datasets/{datasetId}/governance/{country}', { params: { path }, body: { wgiScaled: Number(v.wgiScaled), source: v.source, illustrative: v.illustrative } }));
      await done();
    } catch (err) {
      applyProblem(form, err, t('parameters.saveFailed'));
    }
  });
  const clear = async () => {
    try {
      await unwrap(api.DELETE('/api/materials/datasets/{datasetId}/governance/{country}', { params: { path } }));
      await done();
    } catch (err) {
      showError(err, t('parameters.saveFailed'));
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('datasets.governance.editTitle', { country: country(entry.country) })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <DecimalInput label={t('datasets.governance.score')} description={t('datasets.governance.scoreHint')} min={0} max={10} step={0.1} decimalScale={3} required {...form.getInputProps('wgiScaled')} />
          <TextInput label={t('parameters.source')} description={t('parameters.sourceHint')} required {...form.getInputProps('source')} />
          <Switch label={t('parameters.illustrative')} {...form.getInputProps('illustrative', { type: 'checkbox' })} />
          <Group justify="space-between">
            {entry.wgiScaled !== null ? <Button variant="subtle" color="red" onClick={() => void clear()}>{t('datasets.governance.clear')}</Button> : <span />}
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
              <Button type="submit">{t('common:actions.save')}</Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function GovernanceTable({ datasetId, canEdit }: { datasetId: string; canEdit: boolean }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const country = useCountryName();
  const query = useQuery(governanceQuery(datasetId));
  const [editing, setEditing] = useState<Governance | null>(null);
  return (
    <Paper>
      <Toolbar kind="governance" datasetId={datasetId} canEdit={canEdit} />
      <QueryView query={query}>
        {(rows) => (
          <Table.ScrollContainer minWidth={720} mah={620}>
            <Table verticalSpacing={4} stickyHeader highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('datasets.governance.country')}</Table.Th>
                  <Table.Th ta="right">{t('datasets.governance.materials')}</Table.Th>
                  <Table.Th ta="right">{t('datasets.governance.score')}</Table.Th>
                  <Table.Th>{t('parameters.source')}</Table.Th>
                  {canEdit && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...rows].sort((a, b) => b.materialCount - a.materialCount).map((g) => (
                  <Table.Tr key={g.country}>
                    <Table.Td>{country(g.country)} <Text span size="xs" c="dimmed">{g.country}</Text></Table.Td>
                    <Table.Td ta="right">{g.materialCount}</Table.Td>
                    <Table.Td ta="right" ff="monospace">{f.number(g.wgiScaled, 2)}</Table.Td>
                    <Table.Td><Group gap={4}>{g.illustrative && <Badge size="xs" color="grape" variant="light">{t('illustrative.label')}</Badge>}<Text size="xs" c="dimmed" lineClamp={1}>{g.source ?? t('parameters.notEntered')}</Text></Group></Table.Td>
                    {canEdit && <Table.Td w={40}><ActionIcon variant="subtle" aria-label={t('common:actions.edit')} onClick={() => setEditing(g)}><IconPencil size={16} /></ActionIcon></Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
      {editing && <GovernanceModal datasetId={datasetId} entry={editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
}

const NAMES = ['importReliance', 'eolRir', 'siSr', 'siEi'] as const;

export function ParametersTable({ datasetId, canEdit }: { datasetId: string; canEdit: boolean }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const name = useMaterialName();
  const query = useQuery(parametersQuery(datasetId));
  const [editing, setEditing] = useState<Params | null>(null);
  return (
    <Paper>
      <Toolbar kind="parameters" datasetId={datasetId} canEdit={canEdit} />
      <QueryView query={query}>
        {(rows) => (
          <Table.ScrollContainer minWidth={820} mah={620}>
            <Table verticalSpacing={4} stickyHeader highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('table.material')}</Table.Th>
                  {NAMES.map((n) => <Table.Th key={n} ta="right">{t(`parameters.short.${n}`)}</Table.Th>)}
                  <Table.Th>{t('parameters.source')}</Table.Th>
                  {canEdit && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...rows].sort((a, b) => name(a.materialId).localeCompare(name(b.materialId))).map((p) => {
                  const first = NAMES.map((n) => p[n]).find((x) => x !== null);
                  return (
                    <Table.Tr key={p.materialId}>
                      <Table.Td>{name(p.materialId)}</Table.Td>
                      {NAMES.map((n) => <Table.Td key={n} ta="right" ff="monospace">{f.number(p[n]?.value ?? null, 2)}</Table.Td>)}
                      <Table.Td><Group gap={4}>{first?.illustrative && <Badge size="xs" color="grape" variant="light">{t('illustrative.label')}</Badge>}<Text size="xs" c="dimmed" lineClamp={1}>{first?.source ?? t('parameters.notEntered')}</Text></Group></Table.Td>
                      {canEdit && <Table.Td w={40}><ActionIcon variant="subtle" aria-label={t('common:actions.edit')} onClick={() => setEditing(p)}><IconPencil size={16} /></ActionIcon></Table.Td>}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
      {editing && <ParametersModal datasetId={datasetId} parameters={editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
}
