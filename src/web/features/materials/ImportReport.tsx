/** The report of an import or a dry run: what would be stored, every error and every warning with file, line and column. */
import { Alert, Badge, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

type Report = Schemas['DatasetImportReport'];
type Issue = Schemas['FileIssue'];

export function IssueTable({ issues, color }: { issues: Issue[]; color: string }) {
  const { t } = useTranslation('materials');
  return (
    <ScrollArea.Autosize mah={320}>
      <Table fz="xs" verticalSpacing={2} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('report.where')}</Table.Th>
            <Table.Th>{t('report.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((i, n) => (
            <Table.Tr key={`${i.file}-${i.line}-${i.column}-${n}`}>
              <Table.Td ff="monospace" c={color} style={{ whiteSpace: 'nowrap' }}>{i.file}{i.line !== null ? `:${i.line}` : ''}{i.column ? ` [${i.column}]` : ''}</Table.Td>
              <Table.Td>{i.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

export function ImportReportView({ report }: { report: Report }) {
  const { t } = useTranslation('materials');
  const ok = report.errors.length === 0;
  return (
    <Stack gap="sm">
      <Alert color={ok ? 'teal' : 'red'} icon={ok ? <IconCircleCheck size={18} /> : <IconAlertTriangle size={18} />} title={ok ? (report.committed ? t('report.committed') : t('report.valid')) : t('report.invalid', { count: report.errors.length })}>
        <Group gap={6}>
          {Object.entries(report.counts).map(([k, v]) => <Badge key={k} variant="light" color="gray">{t(`report.counts.${k}`, { count: v })}</Badge>)}
          {report.unchanged.length > 0 && <Badge variant="light" color="gray">{t('report.unchanged', { count: report.unchanged.length })}</Badge>}
        </Group>
      </Alert>
      {report.errors.length > 0 && <IssueTable issues={report.errors} color="red.8" />}
      {report.warnings.length > 0 && (
        <>
          <Text size="sm" fw={600}>{t('report.warnings', { count: report.warnings.length })}</Text>
          <IssueTable issues={report.warnings} color="orange.8" />
        </>
      )}
    </Stack>
  );
}
