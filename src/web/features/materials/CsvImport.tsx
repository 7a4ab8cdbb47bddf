/** Importing a parameter file: choose it, see the dry run, then store it (all or nothing). */
import { Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { showError, notifySuccess } from '../../api/forms';
import { ImportReportView } from './ImportReport';
import { ASSESSMENT_KEY } from './queries';

type Report = Schemas['DatasetImportReport'];
export type CsvKind = 'governance' | 'parameters';

async function send(kind: CsvKind, datasetId: string, csv: string, dryRun: boolean): Promise<Report> {
  const params = { path: { datasetId } };
  return kind === 'governance'
    ? unwrap(api.POST('/api/materials/datasets/{datasetId}/governance/import', { params, body: { csv, dryRun } }))
    : unwrap(api.POST('/api/materials/datasets/{datasetId}/parameters/import', { params, body: { csv, dryRun } }));
}

export function CsvImportModal({ kind, datasetId, onClose }: { kind: CsvKind; datasetId: string; onClose: () => void }) {
  const { t } = useTranslation('materials');
  const qc = useQueryClient();
  const [text, setText] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = async (file: File | null) => {
    setReport(null);
    if (!file) return setText(null);
    const csv = await file.text();
    setText(csv);
    setBusy(true);
    try {
      setReport(await send(kind, datasetId, csv, true));
    } catch (err) {
      showError(err, t('report.failed'));
    } finally {
      setBusy(false);
    }
  };
  const commit = async () => {
    if (text === null) return;
    setBusy(true);
    try {
      const r = await send(kind, datasetId, text, false);
      await qc.invalidateQueries({ queryKey: ASSESSMENT_KEY });
      notifySuccess(t('report.committed'));
      setReport(r);
      onClose();
    } catch (err) {
      showError(err, t('report.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} size="xl" title={t(`datasets.import.${kind}`)}>
      <Stack>
        <Text size="sm" c="dimmed">{t(`datasets.import.${kind}Hint`)}</Text>
        <FileInput label={t('datasets.import.file')} accept=".csv,text/csv" leftSection={<IconFileTypeCsv size={16} />} onChange={(f) => void choose(f)} clearable />
        {report && <ImportReportView report={report} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button onClick={() => void commit()} loading={busy} disabled={!report || report.errors.length > 0}>{t('datasets.import.commit')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
