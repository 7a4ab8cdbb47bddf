/** An evaluator's list of evaluation forms (the applications they are cleared to evaluate). */
import { Badge, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../impact/links';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { myFormsQuery } from './queries';

const STATUS_COLOR = { not_started: 'gray', draft: 'yellow', submitted: 'teal' } as const;

export function MyFormsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useQuery(myFormsQuery);
  return (
    <>
      <PageHeader title={t('scoring:my.title')} />
      <QueryView query={query}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty>{t('scoring:my.empty')}</Empty>
          ) : (
            <Table striped withTableBorder>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.applicationId}>
                    <Table.Td>
                      <AnchorLink to="/evaluation/applications/$applicationId/form" params={{ applicationId: r.applicationId }}>{r.reference}</AnchorLink>
                      <Text size="xs" c="dimmed">{r.callCode} · {r.acronym ?? ''} {r.title ?? ''}</Text>
                    </Table.Td>
                    <Table.Td><Badge color={STATUS_COLOR[r.status]} variant="light">{t(`scoring:status.${r.status}`)}</Badge></Table.Td>
                    <Table.Td>{f.dateTime(r.updatedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryView>
    </>
  );
}
