/** The expert pool for staff: search, invite, edit, CSV import (all or nothing) and CSV export. */
import { Alert, Anchor, Badge, Button, Card, FileButton, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconSearch, IconUpload, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postForm, type Schemas } from '../../api/client';
import { showError } from '../../api/forms';
import { Empty, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useUser } from '../auth/session';
import { downloadCsv } from '../materials/csv';
import { ExpertModal } from './ExpertModal';
import { expertsQuery, useEvaluationRefresh, type Expert } from './queries';

type ImportReport = Schemas['EvalExpertImportReport'];

function exportPool(list: Expert[]) {
  downloadCsv('experts.csv', [
    ['email', 'name', 'organisation', 'tax_id', 'country', 'languages', 'topics', 'keywords', 'min_load', 'max_load', 'terms_accepted_at'],
    ...list.map((e) => [e.email, e.name, e.organisationName, e.taxId, e.country, e.languages.join('|'), e.topics.join('|'), e.keywords.join('|'), e.minLoad, e.maxLoad, e.termsAcceptedAt]),
  ]);
}

function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const bad = report.rows.filter((r) => !r.ok);
  return (
    <Alert color={report.imported > 0 ? 'teal' : 'red'} title={report.imported > 0 ? t('evaluation:import.done', { count: report.imported }) : t('evaluation:import.rejected', { count: bad.length })}>
      {bad.map((r) => (
        <Text key={r.row} size="sm">{t('evaluation:import.row', { row: r.row, email: r.email })}: {r.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}</Text>
      ))}
    </Alert>
  );
}

export function ExpertsPanel() {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const manager = user.role === 'admin' || user.role === 'staff';
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const experts = useQuery({ ...expertsQuery(debounced), enabled: manager });
  const [editing, setEditing] = useState<Expert | 'new' | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const refresh = useEvaluationRefresh();
  const importer = useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file);
      return postForm<ImportReport>('/api/evaluation/experts/import', body);
    },
    onSuccess: (r) => {
      setReport(r);
      void refresh();
    },
    onError: (err) => showError(err, t('evaluation:import.failed')),
  });
  if (!manager) return <Empty>{t('evaluation:experts.staffOnly')}</Empty>;
  return (
    <Stack>
      <Group justify="space-between">
        <TextInput leftSection={<IconSearch size={16} />} placeholder={t('evaluation:experts.search')} aria-label={t('evaluation:experts.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={360} />
        <Group>
          <FileButton accept=".csv,text/csv" onChange={(file) => file && importer.mutate(file)}>
            {(props) => <Button {...props} variant="default" loading={importer.isPending} leftSection={<IconUpload size={16} />}>{t('evaluation:import.button')}</Button>}
          </FileButton>
          <Button variant="default" leftSection={<IconDownload size={16} />} disabled={!experts.data?.length} onClick={() => experts.data && exportPool(experts.data)}>{t('common:actions.export')}</Button>
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setEditing('new')}>{t('evaluation:experts.invite')}</Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">{t('evaluation:import.help')}</Text>
      {report && <ImportReportView report={report} />}
      <QueryView query={experts}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('evaluation:experts.none')}</Empty>
          ) : (
            <Card withBorder p={0}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('evaluation:fields.name')}</Table.Th>
                    <Table.Th>{t('evaluation:fields.organisationName')}</Table.Th>
                    <Table.Th>{t('evaluation:fields.topics')}</Table.Th>
                    <Table.Th>{t('evaluation:fields.languages')}</Table.Th>
                    <Table.Th>{t('evaluation:experts.load')}</Table.Th>
                    <Table.Th>{t('evaluation:experts.state')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td>
                        <Anchor component="button" type="button" onClick={() => setEditing(e)} fw={600}>{e.name}</Anchor>
                        <Text size="xs" c="dimmed">{e.email}</Text>
                      </Table.Td>
                      <Table.Td>{e.organisationName ?? '—'}{e.country ? ` · ${e.country}` : ''}</Table.Td>
                      <Table.Td><Group gap={4}>{e.topics.map((tp) => <Badge key={tp} variant="light" size="sm">{tp}</Badge>)}</Group></Table.Td>
                      <Table.Td>{e.languages.join(', ').toUpperCase()}</Table.Td>
                      <Table.Td>{e.minLoad}–{e.maxLoad}</Table.Td>
                      <Table.Td>
                        {e.userStatus === 'invited' ? (
                          <Badge color="gray" variant="light">{t('evaluation:experts.invitedState')}</Badge>
                        ) : e.termsAcceptedAt ? (
                          <Badge color="teal" variant="light" title={f.dateTime(e.termsAcceptedAt)}>{t('evaluation:experts.termsAccepted')}</Badge>
                        ) : (
                          <Badge color="yellow" variant="light">{t('evaluation:experts.termsPending')}</Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          )
        }
      </QueryView>
      {editing && <ExpertModal expert={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
