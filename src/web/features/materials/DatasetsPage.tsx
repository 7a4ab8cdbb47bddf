/**
 * Assessment datasets: version, source, licence and the quirks their import reported; loading the EU
 * 2023 tables (shipped or corrected files, dry run first); the governance scores and material
 * parameters staff enter for a dataset.
 */
import { Anchor, Badge, Button, Collapse, FileInput, Group, Modal, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDatabaseImport, IconFileUpload } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useUser } from '../auth/session';
import { GovernanceTable, ParametersTable } from './DatasetParameters';
import { ImportReportView, IssueTable } from './ImportReport';
import { datasetQuery, datasetsQuery } from './queries';

type Dataset = Schemas['CrmDataset'];
type Report = Schemas['DatasetImportReport'];

function ImportModal({ exists, onClose }: { exists: boolean; onClose: () => void }) {
  const { t } = useTranslation('materials');
  const qc = useQueryClient();
  const [files, setFiles] = useState<Record<string, string> | undefined>(undefined);
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState<'check' | 'commit' | null>(null);
  const run = async (dryRun: boolean, chosen = files) => {
    setBusy(dryRun ? 'check' : 'commit');
    try {
      const r = await unwrap(api.POST('/api/materials/datasets/eu-2023', { body: { dryRun, replace: exists, ...(chosen ? { files: chosen } : {}) } }));
      setReport(r);
      if (!dryRun) {
        await qc.invalidateQueries({ queryKey: ['materials'] });
        notifySuccess(t('report.committed'));
        onClose();
      }
    } catch (err) {
      showError(err, t('report.failed'));
    } finally {
      setBusy(null);
    }
  };
  const choose = async (list: File[]) => {
    const read = list.length === 0 ? undefined : Object.fromEntries(await Promise.all(list.map(async (f) => [f.name, await f.text()] as const)));
    setFiles(read);
    await run(true, read);
  };
  return (
    <Modal opened onClose={onClose} size="xl" title={t('datasets.importTitle')}>
      <Stack>
        <Text size="sm" c="dimmed">{t('datasets.importHint')}</Text>
        {exists && <Text size="sm" c="orange.8">{t('datasets.replaceHint')}</Text>}
        <Group align="flex-end">
          <Button variant="light" leftSection={<IconDatabaseImport size={16} />} loading={busy === 'check' && files === undefined} onClick={() => { setFiles(undefined); void run(true, undefined); }}>{t('datasets.checkShipped')}</Button>
          <FileInput multiple accept=".csv,text/csv" label={t('datasets.orUpload')} placeholder={t('datasets.uploadPlaceholder')} leftSection={<IconFileUpload size={16} />} onChange={(f) => void choose(f)} clearable w={360} />
        </Group>
        {report && <ImportReportView report={report} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button onClick={() => void run(false)} loading={busy === 'commit'} disabled={busy !== null || !report || report.errors.length > 0}>{exists ? t('datasets.replace') : t('datasets.import.commit')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Warnings({ id }: { id: string }) {
  const query = useQuery(datasetQuery(id));
  return <QueryView query={query}>{(d) => <IssueTable issues={d.warnings} color="orange.8" />}</QueryView>;
}

function DatasetCard({ d, isAdmin }: { d: Dataset; isAdmin: boolean }) {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const qc = useQueryClient();
  const [open, { toggle }] = useDisclosure(false);
  const makeCurrent = async () => {
    try {
      await unwrap(api.PATCH('/api/materials/datasets/{datasetId}', { params: { path: { datasetId: d.id } }, body: { isCurrent: true } }));
      await qc.invalidateQueries({ queryKey: ['materials'] });
    } catch (err) {
      showError(err, t('report.failed'));
    }
  };
  return (
    <Paper p="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs"><Title order={4}>{d.title}</Title>{d.isCurrent && <Badge>{t('datasets.current')}</Badge>}</Group>
          <Text size="sm" c="dimmed">{d.code} · {t('datasets.year', { year: d.assessmentYear })} · {t('datasets.licence', { licence: d.licence })} · {t('datasets.updated', { date: f.dateTime(d.updatedAt) })}</Text>
        </div>
        {isAdmin && !d.isCurrent && <Button size="xs" variant="light" onClick={() => void makeCurrent()}>{t('datasets.makeCurrent')}</Button>}
      </Group>
      <Text size="sm" mt="sm">{d.source}</Text>
      <Text size="xs" c="dimmed" mt={4}>{d.attribution}</Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} mt="md">
        {Object.entries(d.counts).map(([k, v]) => (
          <div key={k}><Text size="xs" c="dimmed">{t(`datasets.counts.${k}`)}</Text><Text fw={600}>{f.number(v)}</Text></div>
        ))}
      </SimpleGrid>
      {d.warningCount > 0 && (
        <>
          <Anchor component="button" type="button" size="sm" mt="sm" onClick={toggle} aria-expanded={open}>{t('datasets.warnings', { count: d.warningCount })}</Anchor>
          <Collapse expanded={open}>{open && <Warnings id={d.id} />}</Collapse>
        </>
      )}
    </Paper>
  );
}

export function DatasetsPage(): React.JSX.Element {
  const { t } = useTranslation('materials');
  const user = useUser();
  const isAdmin = user.role === 'admin';
  const canEdit = isAdmin || user.role === 'staff';
  const query = useQuery(datasetsQuery);
  const [importing, setImporting] = useState(false);
  const current = query.data?.find((d) => d.isCurrent);
  return (
    <>
      <PageHeader
        title={t('datasets.title')}
        description={t('datasets.description')}
        actions={isAdmin && <Button leftSection={<IconDatabaseImport size={16} />} onClick={() => setImporting(true)}>{current ? t('datasets.reimport') : t('datasets.importShipped')}</Button>}
      />
      <Tabs defaultValue="datasets" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="datasets">{t('datasets.tabs.datasets')}</Tabs.Tab>
          <Tabs.Tab value="governance" disabled={!current}>{t('datasets.tabs.governance')}</Tabs.Tab>
          <Tabs.Tab value="parameters" disabled={!current}>{t('datasets.tabs.parameters')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="datasets">
          <QueryView query={query}>
            {(list) => (list.length === 0 ? <Paper><Empty>{isAdmin ? t('datasets.noneAdmin') : t('datasets.none')}</Empty></Paper> : <Stack>{list.map((d) => <DatasetCard key={d.id} d={d} isAdmin={isAdmin} />)}</Stack>)}
          </QueryView>
        </Tabs.Panel>
        <Tabs.Panel value="governance">{current && <GovernanceTable datasetId={current.id} canEdit={canEdit} />}</Tabs.Panel>
        <Tabs.Panel value="parameters">{current && <ParametersTable datasetId={current.id} canEdit={canEdit} />}</Tabs.Panel>
      </Tabs>
      {importing && <ImportModal exists={current !== undefined} onClose={() => setImporting(false)} />}
    </>
  );
}
