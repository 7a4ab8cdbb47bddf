/** Fees of every organisation: overdue first; send the reminders now. */
import { Button, Card, Group, Pagination, SegmentedControl, Text } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEE_STATES, type FeeState } from '../../../shared/organisations';
import { api, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { PageHeader, QueryView } from '../../components/Page';
import { useUser } from '../auth/session';
import { FeesTable } from './MembershipTab';

const PAGE = 50;

export function FeesPage() {
  const { t } = useTranslation();
  const user = useUser();
  const qc = useQueryClient();
  const [state, setState] = useState<FeeState>('overdue');
  const [page, setPage] = useState(1);
  const query = useQuery({ queryKey: ['fees', state, page], queryFn: () => unwrap(api.GET('/api/fees', { params: { query: { state, limit: PAGE, offset: (page - 1) * PAGE } } })), placeholderData: keepPreviousData });
  const remind = async () => {
    try {
      const { sent } = await unwrap(api.POST('/api/fees/reminders'));
      notifySuccess(t('orgs:fees.remindersSent', { count: sent }));
      await qc.invalidateQueries({ queryKey: ['fees'] });
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <>
      <PageHeader
        title={t('orgs:fees.title')}
        description={t('orgs:fees.description')}
        actions={(user.role === 'admin' || user.role === 'finance') && <Button leftSection={<IconMailForward size={18} />} onClick={() => void remind()}>{t('orgs:fees.remindNow')}</Button>}
      />
      <SegmentedControl mb="md" value={state} onChange={(v) => { setState(v as FeeState); setPage(1); }} data={FEE_STATES.map((s) => ({ value: s, label: t(`orgs:feeState.${s}`) }))} />
      <QueryView query={query}>
        {(data) => (
          <Card>
            <FeesTable fees={data.items} canManage showOrganisation onChanged={() => qc.invalidateQueries({ queryKey: ['fees'] })} />
            <Group justify="space-between" mt="sm">
              <Text size="sm" c="dimmed">{t('table.showing', { shown: data.items.length, total: data.total })}</Text>
              {data.total > PAGE && <Pagination total={Math.ceil(data.total / PAGE)} value={page} onChange={setPage} size="sm" />}
            </Group>
          </Card>
        )}
      </QueryView>
    </>
  );
}
