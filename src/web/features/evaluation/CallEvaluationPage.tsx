/** /funding/calls/$id/evaluation: experts, conflicts of interest, affinity and the assignment of one call. */
import { Anchor, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { PageHeader, QueryView } from '../../components/Page';
import { AffinityPanel } from './AffinityPanel';
import { AssignmentPanel } from './AssignmentPanel';
import { ConflictsPanel } from './ConflictsPanel';
import { ExpertsPanel } from './ExpertsPanel';

export function CallEvaluationPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const call = useQuery({ queryKey: ['funding', 'call', id], queryFn: () => unwrap(api.GET('/api/funding/calls/{id}', { params: { path: { id } } })) });
  return (
    <QueryView query={call}>
      {(c) => (
        <>
          <PageHeader
            title={t('evaluation:call.title', { code: c.code })}
            description={<>{i18n.language === 'es' ? c.titleEs : c.titleEn} · <Anchor component={Link} to="/funding/calls/$id" params={{ id } as never}>{t('evaluation:call.back')}</Anchor></>}
          />
          <Tabs defaultValue="assignment" keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="experts">{t('evaluation:tabs.experts')}</Tabs.Tab>
              <Tabs.Tab value="conflicts">{t('evaluation:tabs.conflicts')}</Tabs.Tab>
              <Tabs.Tab value="affinity">{t('evaluation:tabs.affinity')}</Tabs.Tab>
              <Tabs.Tab value="assignment">{t('evaluation:tabs.assignment')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="experts"><ExpertsPanel /></Tabs.Panel>
            <Tabs.Panel value="conflicts"><ConflictsPanel callId={id} /></Tabs.Panel>
            <Tabs.Panel value="affinity"><AffinityPanel callId={id} /></Tabs.Panel>
            <Tabs.Panel value="assignment"><AssignmentPanel callId={id} /></Tabs.Panel>
          </Tabs>
        </>
      )}
    </QueryView>
  );
}
