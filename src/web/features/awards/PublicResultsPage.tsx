/** The public results of a call (no sign-in): the recipients and amounts, with a CSV download. */
import { Anchor, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { download } from '../../api/client';
import { showError } from '../../api/forms';
import { Empty, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useFundingLabels } from '../funding/labels';
import { publicResultsQuery } from './queries';

export function PublicResultsPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useFundingLabels();
  const query = useQuery(publicResultsQuery(code));
  const csv = () => download(`/api/public/calls/${encodeURIComponent(code)}/results.csv`, `${code}-results.csv`).catch((err: unknown) => showError(err, t('feedback.error')));
  return (
    <>
      <Anchor component={Link} to="/calls/$code" params={{ code } as never} size="sm">← {t('awards:results.backToCall')}</Anchor>
      <QueryView query={query}>
        {(r) => (
          <>
            <Group justify="space-between" align="flex-end" my="md">
              <div>
                <Title order={2}>{t('awards:results.title')}</Title>
                <Text c="dimmed">{labels.title(r)} · {t('awards:results.decided', { date: f.date(r.decisionDate) })}</Text>
              </div>
              <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void csv()}>{t('awards:results.csv')}</Button>
            </Group>
            <Text mb="sm">{t('awards:results.summary', { count: r.recipients.length, total: f.money(r.totalCents, r.currency) })}</Text>
            {r.recipients.length === 0 ? <Empty>{t('awards:results.none')}</Empty> : (
              <Card withBorder p={0}>
                <Table.ScrollContainer minWidth={640}>
                  <Table>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('awards:results.columns.legalName')}</Table.Th>
                        <Table.Th>{t('awards:results.columns.country')}</Table.Th>
                        <Table.Th>{t('awards:results.columns.title')}</Table.Th>
                        <Table.Th ta="right">{t('awards:results.columns.amount')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {r.recipients.map((x, i) => (
                        <Table.Tr key={i}>
                          <Table.Td fw={600}>{x.legalName}</Table.Td>
                          <Table.Td>{x.country}</Table.Td>
                          <Table.Td>{x.acronym ? <Text span size="sm" fw={600}>{x.acronym}</Text> : null}{x.acronym && x.title ? ' · ' : ''}{x.title}</Table.Td>
                          <Table.Td ta="right">{f.money(x.amountCents, r.currency)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Card>
            )}
          </>
        )}
      </QueryView>
    </>
  );
}
