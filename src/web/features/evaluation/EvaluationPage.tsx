/** /evaluation: the evaluator's own evaluations, or for staff the calls to evaluate and the expert pool. */
import { Anchor, Badge, Card, Stack, Table, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useUser } from '../auth/session';
import { EvaluatorHome } from './EvaluatorHome';
import { ExpertsPanel } from './ExpertsPanel';

export function EvaluationPage() {
  const user = useUser();
  return user.role === 'evaluator' ? <EvaluatorHome /> : <StaffHome />;
}

function StaffHome() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const calls = useQuery({ queryKey: ['funding', 'calls', 'all'], queryFn: () => unwrap(api.GET('/api/funding/calls', { params: { query: {} } })) });
  return (
    <>
      <PageHeader title={t('evaluation:staff.title')} description={t('evaluation:staff.description')} />
      <Tabs defaultValue="calls" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="calls">{t('evaluation:staff.calls')}</Tabs.Tab>
          <Tabs.Tab value="experts">{t('evaluation:tabs.experts')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="calls">
          <QueryView query={calls}>
            {(list) => {
              const ready = list.filter((c) => c.status === 'closed' || c.status === 'published');
              if (ready.length === 0) return <Empty>{t('evaluation:staff.noCalls')}</Empty>;
              return (
                <Card withBorder p={0}>
                  <Table striped highlightOnHover>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('evaluation:staff.call')}</Table.Th>
                        <Table.Th>{t('evaluation:staff.status')}</Table.Th>
                        <Table.Th>{t('evaluation:staff.deadline')}</Table.Th>
                        <Table.Th ta="right">{t('evaluation:staff.submitted')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {ready.map((c) => (
                        <Table.Tr key={c.id}>
                          <Table.Td>
                            <Stack gap={0}>
                              <Anchor component={Link} to="/funding/calls/$id/evaluation" params={{ id: c.id } as never} fw={600}>{c.code}</Anchor>
                              <Text size="sm">{i18n.language === 'es' ? c.titleEs : c.titleEn}</Text>
                            </Stack>
                          </Table.Td>
                          <Table.Td><Badge variant="light">{t(`evaluation:staff.callStatus.${c.status === 'closed' ? 'closed' : 'open'}`)}</Badge></Table.Td>
                          <Table.Td>{f.dateTime(c.deadlineAt)}</Table.Td>
                          <Table.Td ta="right">{f.number(c.submitted)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Card>
              );
            }}
          </QueryView>
        </Tabs.Panel>
        <Tabs.Panel value="experts">
          <ExpertsPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
