/** Upload readings: file -> mapping (columns to meters, date format) -> dry run -> commit, all or nothing. */
import { Alert, Badge, Button, FileInput, Group, Modal, ScrollArea, Select, SimpleGrid, Stack, Stepper, Table, Text, TextInput } from '@mantine/core';
import { IconCircleCheck, IconFileSpreadsheet } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMapping } from '../../../shared/contracts/impact';
import { api, postForm, unwrap, type Schemas } from '../../api/client';
import { showError } from '../../api/forms';
import type { Meter } from './queries';

type Upload = Schemas['ReadingUpload'];
type Report = Schemas['ImportReport'];

function guessTimestamp(columns: string[]): string {
  return columns.find((c) => /fecha|date|time|hora|inicio|start|timestamp/i.test(c)) ?? columns[0] ?? '';
}

function Preview({ upload }: { upload: Upload }) {
  return (
    <ScrollArea h={180}>
      <Table striped fz="xs">
        <Table.Thead>
          <Table.Tr>{upload.columns.map((c) => <Table.Th key={c}>{c}</Table.Th>)}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {upload.preview.map((row, i) => <Table.Tr key={i}>{upload.columns.map((c, j) => <Table.Td key={c}>{row[j] ?? ''}</Table.Td>)}</Table.Tr>)}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

function MappingStep({ upload, meters, mapping, setMapping }: { upload: Upload; meters: Meter[]; mapping: ImportMapping; setMapping: (m: ImportMapping) => void }) {
  const { t } = useTranslation('impact');
  const columns = upload.columns.map((c) => ({ value: c, label: c }));
  const columnOf = (meterId: string) => mapping.columns.find((c) => c.meterId === meterId)?.column ?? null;
  const setColumn = (meterId: string, column: string | null) => setMapping({ ...mapping, columns: [...mapping.columns.filter((c) => c.meterId !== meterId), ...(column ? [{ column, meterId }] : [])] });
  return (
    <Stack>
      <Preview upload={upload} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select label={t('uploads.timestampColumn')} data={columns} value={mapping.timestampColumn} onChange={(v) => setMapping({ ...mapping, timestampColumn: v ?? '' })} />
        <Select label={t('uploads.format')} data={(['iso', 'dmy', 'ymd', 'mdy'] as const).map((f) => ({ value: f, label: t(`uploads.formats.${f}`) }))} value={mapping.timestampFormat} onChange={(v) => setMapping({ ...mapping, timestampFormat: (v ?? 'iso') as ImportMapping['timestampFormat'] })} />
        <Select label={t('uploads.marks')} data={[{ value: 'start', label: t('uploads.marksStart') }, { value: 'end', label: t('uploads.marksEnd') }]} value={mapping.timestampMarks} onChange={(v) => setMapping({ ...mapping, timestampMarks: (v ?? 'start') as 'start' | 'end' })} />
        <Select label={t('uploads.decimal')} data={[{ value: ',', label: t('uploads.comma') }, { value: '.', label: t('uploads.point') }]} value={mapping.decimalSeparator} onChange={(v) => setMapping({ ...mapping, decimalSeparator: (v ?? '.') as '.' | ',' })} />
        <Select label={t('uploads.endColumn')} description={t('uploads.endColumnHint')} clearable data={columns} value={mapping.endColumn ?? null} onChange={(v) => setMapping({ ...mapping, endColumn: v ?? undefined })} />
        <TextInput label={t('uploads.timeZone')} description={t('uploads.timeZoneHint')} value={mapping.timeZone ?? ''} onChange={(e) => setMapping({ ...mapping, timeZone: e.currentTarget.value || undefined })} />
      </SimpleGrid>
      <Text fw={600} size="sm">{t('uploads.columnsForMeters')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {meters.map((m) => <Select key={m.id} label={`${m.code} · ${m.name}`} placeholder={t('uploads.notInFile')} clearable data={columns} value={columnOf(m.id)} onChange={(v) => setColumn(m.id, v)} />)}
      </SimpleGrid>
    </Stack>
  );
}

function ReportView({ report }: { report: Report }) {
  const { t } = useTranslation('impact');
  return (
    <Stack>
      <Group gap="xs">
        <Badge variant="light">{t('uploads.rows', { count: report.rows })}</Badge>
        <Badge variant="light" color="teal">{t('uploads.newReadings', { count: report.newReadings })}</Badge>
        <Badge variant="light" color="gray">{t('uploads.duplicates', { count: report.duplicates })}</Badge>
        <Badge variant="light" color={report.conflicts ? 'orange' : 'gray'}>{t('uploads.conflicts', { count: report.conflicts })}</Badge>
        <Badge variant="light" color={report.errors ? 'red' : 'teal'}>{t('uploads.errors', { count: report.errors })}</Badge>
      </Group>
      {report.problems.length > 0 && (
        <ScrollArea h={240}>
          <Table fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('uploads.row')}</Table.Th>
                <Table.Th>{t('uploads.problem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.problems.map((p, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{p.row}</Table.Td>
                  <Table.Td c={p.severity === 'error' ? 'red' : 'orange'}>{p.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      {report.truncated && <Text size="sm" c="dimmed">{t('uploads.truncated')}</Text>}
    </Stack>
  );
}

export function UploadWizard({ siteId, meters, onClose }: { siteId: string; meters: Meter[]; onClose: () => void }) {
  const { t } = useTranslation('impact');
  const qc = useQueryClient();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } catch (err) {
      showError(err, t('common:feedback.error'));
    } finally {
      setBusy(false);
    }
  };
  const send = () => act(async () => {
    const form = new FormData();
    form.append('file', file as File);
    const u = await postForm<Upload>(`/api/impact/sites/${siteId}/uploads`, form);
    setUpload(u);
    setMapping({ timestampColumn: guessTimestamp(u.columns), timestampFormat: /\d{1,2}\/\d{1,2}\/\d{4}/.test(u.preview[0]?.[0] ?? '') ? 'dmy' : 'iso', timestampMarks: 'start', decimalSeparator: u.preview.some((r) => r.some((c) => /^-?\d+,\d+$/.test(c))) ? ',' : '.', columns: [] });
    setStep(1);
  });
  const check = () => act(async () => {
    setReport(await unwrap(api.POST('/api/impact/uploads/{id}/dry-run', { params: { path: { id: upload?.id ?? '' } }, body: mapping as ImportMapping })));
    setStep(2);
  });
  const commit = () => act(async () => {
    setReport(await unwrap(api.POST('/api/impact/uploads/{id}/commit', { params: { path: { id: upload?.id ?? '' } }, body: mapping as ImportMapping })));
    await qc.invalidateQueries({ queryKey: ['impact'] });
    setStep(3);
  });
  return (
    <Modal opened onClose={onClose} title={t('uploads.new')} size="xl">
      <Stepper active={step} size="sm" mb="md">
        <Stepper.Step label={t('uploads.stepFile')} />
        <Stepper.Step label={t('uploads.stepMapping')} />
        <Stepper.Step label={t('uploads.stepCheck')} />
        <Stepper.Completed>{null}</Stepper.Completed>
      </Stepper>
      {step === 0 && (
        <Stack>
          <FileInput label={t('uploads.file')} description={t('uploads.fileHint')} accept=".csv,.txt,.xlsx" leftSection={<IconFileSpreadsheet size={16} />} value={file} onChange={setFile} clearable />
          <Group justify="flex-end"><Button disabled={!file} loading={busy} onClick={() => void send()}>{t('common:actions.next')}</Button></Group>
        </Stack>
      )}
      {step === 1 && upload && mapping && (
        <Stack>
          <MappingStep upload={upload} meters={meters} mapping={mapping} setMapping={setMapping} />
          <Group justify="flex-end"><Button disabled={!mapping.columns.length} loading={busy} onClick={() => void check()}>{t('uploads.check')}</Button></Group>
        </Stack>
      )}
      {step === 2 && report && (
        <Stack>
          <ReportView report={report} />
          {report.errors > 0 ? <Alert color="red">{t('uploads.fixFirst')}</Alert> : <Alert color="blue">{t('uploads.readyToStore', { count: report.newReadings })}</Alert>}
          <Group justify="space-between">
            <Button variant="default" onClick={() => setStep(1)}>{t('common:actions.back')}</Button>
            <Button disabled={report.errors > 0} loading={busy} onClick={() => void commit()}>{t('uploads.commit')}</Button>
          </Group>
        </Stack>
      )}
      {step === 3 && report && (
        <Stack>
          <Alert color="teal" icon={<IconCircleCheck size={18} />}>{t('uploads.done', { count: report.stored })}</Alert>
          <Group justify="flex-end"><Button onClick={onClose}>{t('common:actions.close')}</Button></Group>
        </Stack>
      )}
    </Modal>
  );
}
