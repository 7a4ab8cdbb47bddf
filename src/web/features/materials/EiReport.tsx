/** EI recomputed from end-use shares and value added, against the published EI: the SI_EI it implies. */
import { Anchor, Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { eiReportQuery, useMaterialName } from './queries';

export function EiReport() {
  const { t } = useTranslation('materials');
  const f = useFormat();
  const name = useMaterialName();
  const query = useQuery(eiReportQuery);
  return (
    <Paper p="md">
      <Title order={4}>{t('eiReport.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm" maw={820}>{t('eiReport.description')}</Text>
      <QueryView query={query}>
        {(rows) => (
          <Table.ScrollContainer minWidth={640} mah={480}>
            <Table verticalSpacing={4} striped stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('table.material')}</Table.Th>
                  <Table.Th ta="right">{t('eiReport.scaled')}</Table.Th>
                  <Table.Th ta="right">{t('eiReport.published')}</Table.Th>
                  <Table.Th ta="right">{t('eiReport.implied')}</Table.Th>
                  <Table.Th>{t('eiReport.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.materialId}>
                    <Table.Td><Anchor component={Link} to={`/materials/${r.materialId}`} size="sm">{name(r.materialId)}</Anchor></Table.Td>
                    <Table.Td ta="right" ff="monospace">{f.number(r.scaled, 2)}</Table.Td>
                    <Table.Td ta="right" ff="monospace">{f.number(r.published, 1)}</Table.Td>
                    <Table.Td ta="right" ff="monospace" c={r.impliedSiEi !== null && r.impliedSiEi > 1 ? 'orange.8' : undefined}>{f.number(r.impliedSiEi, 3)}</Table.Td>
                    <Table.Td>{r.status === 'compared' ? null : <Badge size="xs" variant="light" color={r.status === 'no-end-use' ? 'yellow' : 'gray'}>{t(`eiReport.statuses.${r.status}`)}</Badge>}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
    </Paper>
  );
}
