/** Import organisations: upload CSV/XLSX, map the columns, check every row, then import all or nothing. */
import { Alert, Badge, Button, Card, FileInput, Group, Pagination, ScrollArea, Select, SimpleGrid, Stack, Stepper, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconFileSpreadsheet } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField } from '../../../shared/contracts/organisation-records';
import { api, unwrap, type Schemas } from '../../api/client';
import { showError } from '../../api/forms';
import { PageHeader } from '../../components/Page';

const REQUIRED: ImportField[] = ['legalName', 'taxId'];
const PER_PAGE = 50;

function Report({ report }: { report: Schemas['OrganisationImportReport'] }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const ok = report.problems.length === 0;
  return (
    <Card>
      <Alert color={ok ? 'teal' : 'red'} icon={ok ? <IconCheck size={18} /> : <IconAlertTriangle size={18} />} mb="md"
        title={report.committed ? t('orgs:import.committed', { count: report.created }) : ok ? t('orgs:import.dryRunOk', { count: report.rows }) : t('orgs:import.hasProblems', { count: report.badRows })}>
        {t('orgs:import.summary', { rows: report.rows, valid: report.valid, bad: report.badRows })}
        {!ok && <Text size="sm" mt={4}>{t('orgs:import.nothingWritten')}</Text>}
      </Alert>
      {!ok && (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead><Table.Tr><Table.Th>{t('orgs:import.row')}</Table.Th><Table.Th>{t('orgs:import.field')}</Table.Th><Table.Th>{t('orgs:import.problem')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {report.problems.slice((page - 1) * PER_PAGE, page * PER_PAGE).map((p, i) => (
                  <Table.Tr key={`${p.row}-${p.field}-${i}`}><Table.Td>{p.row}</Table.Td><Table.Td>{t(`orgs:import.fields.${p.field}`, { defaultValue: p.field })}</Table.Td><Table.Td>{p.message}</Table.Td></Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {report.problems.length > PER_PAGE && <Pagination mt="sm" total={Math.ceil(report.problems.length / PER_PAGE)} value={page} onChange={setPage} size="sm" />}
        </>
      )}
    </Card>
  );
}

export function ImportPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<Schemas['ImportUpload'] | null>(null);
  const [mapping, setMapping] = useState<Partial<Record<ImportField, string>>>({});
  const [report, setReport] = useState<Schemas['OrganisationImportReport'] | null>(null);
  const [busy, setBusy] = useState(false);
  const step = report?.committed ? 3 : report ? 2 : upload ? 1 : 0;

  const send = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const body = new FormData();
      body.append('file', file);
      const res = await unwrap(api.POST('/api/organisations/imports', { body: body as never, bodySerializer: (b: unknown) => b as FormData }));
      setUpload(res);
      setMapping(res.mapping);
      setReport(null);
    } catch (err) {
      showError(err, t('feedback.error'));
    } finally {
      setBusy(false);
    }
  };
  const run = async (dryRun: boolean) => {
    if (!upload) return;
    setBusy(true);
    try {
      const res = await unwrap(api.POST('/api/organisations/imports/{fileId}/run', { params: { path: { fileId: upload.fileId } }, body: { mapping, dryRun } }));
      setReport(res);
      if (res.committed) await qc.invalidateQueries({ queryKey: ['directory'] });
    } catch (err) {
      showError(err, t('feedback.error'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageHeader title={t('orgs:import.title')} description={t('orgs:import.description')} />
      <Stepper active={step} mb="lg" size="sm">
        <Stepper.Step label={t('orgs:import.stepFile')} />
        <Stepper.Step label={t('orgs:import.stepMap')} />
        <Stepper.Step label={t('orgs:import.stepCheck')} />
        <Stepper.Step label={t('orgs:import.stepDone')} />
      </Stepper>
      <Stack>
        <Card>
          <Group align="flex-end">
            <FileInput flex={1} label={t('orgs:import.file')} description={t('orgs:import.fileHint')} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" leftSection={<IconFileSpreadsheet size={18} />} value={file} onChange={setFile} clearable />
            <Button onClick={() => void send()} disabled={!file} loading={busy && !upload}>{t('orgs:import.upload')}</Button>
          </Group>
        </Card>
        {upload && (
          <Card>
            <Title order={4} mb="xs">{t('orgs:import.mapping')}</Title>
            <Text size="sm" c="dimmed" mb="md">{t('orgs:import.mappingHint', { format: upload.format.toUpperCase(), columns: upload.headers.length })}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {IMPORT_FIELDS.map((field) => (
                <Select
                  key={field}
                  label={<>{t(`orgs:import.fields.${field}`)} {REQUIRED.includes(field) && <Badge size="xs" variant="light">{t('orgs:import.required')}</Badge>}</>}
                  data={upload.headers}
                  value={mapping[field] ?? null}
                  onChange={(v) => setMapping((m) => ({ ...m, [field]: v ?? undefined }))}
                  clearable
                  placeholder={t('orgs:import.notMapped')}
                />
              ))}
            </SimpleGrid>
            {upload.sample.length > 0 && (
              <ScrollArea mt="md">
                <Text size="sm" fw={600} mb={4}>{t('orgs:import.sample')}</Text>
                <Table withTableBorder fz="xs">
                  <Table.Thead><Table.Tr>{upload.headers.map((h) => <Table.Th key={h}>{h}</Table.Th>)}</Table.Tr></Table.Thead>
                  <Table.Tbody>{upload.sample.map((row, i) => <Table.Tr key={i}>{upload.headers.map((h) => <Table.Td key={h}>{row[h]}</Table.Td>)}</Table.Tr>)}</Table.Tbody>
                </Table>
              </ScrollArea>
            )}
            <Group justify="flex-end" mt="md">
              <Button variant="default" onClick={() => void run(true)} loading={busy}>{t('orgs:import.check')}</Button>
              <Button onClick={() => void run(false)} loading={busy} disabled={!report || report.problems.length > 0 || report.committed}>{t('orgs:import.commit')}</Button>
            </Group>
          </Card>
        )}
        {report && <Report report={report} />}
        {report?.committed && <Button component={Link} to="/members" variant="light" w="fit-content">{t('orgs:directory.title')}</Button>}
      </Stack>
    </>
  );
}
