/** One company's impact: its verified savings and CO2e, its measures and sites. */
import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { PageHeader, QueryView } from '../../components/Page';
import { DashboardView } from './DashboardPage';
import { ImpactTabs } from './ImpactTabs';
import { AnchorLink } from './links';
import { MeasureForm } from './MeasureForm';
import { MeasuresTable } from './MeasuresPage';
import { dashboardQuery, useSites } from './queries';


export function OrganisationPage() {
  const { t } = useTranslation('impact');
  const { organisationId } = useParams({ strict: false }) as { organisationId: string };
  const { orgs } = useSites();
  const org = orgs.find((o) => o.id === organisationId);
  const [creating, create] = useDisclosure();
  const dashboard = useQuery(dashboardQuery({ organisationId }));
  const measures = useQuery({
    queryKey: ['impact', 'measures', { organisationId }],
    queryFn: () => unwrap(api.GET('/api/impact/measures', { params: { query: { organisationId, limit: 200 } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title={org?.name ?? t('organisation.heading')}
        description={org && <Group gap="md">{org.sites.map((s) => <AnchorLink key={s.id} to="/impact/sites/$siteId" params={{ siteId: s.id }} size="sm">{s.name}</AnchorLink>)}</Group>}
        actions={<Button leftSection={<IconPlus size={18} />} onClick={create.open}>{t('measures.new')}</Button>}
      />
      <ImpactTabs />
      <Stack>
        <QueryView query={dashboard}>{(d) => <DashboardView d={d} />}</QueryView>
        <Paper>
          <Title order={4} p="md" pb={0}>{t('measures.heading')}</Title>
          <QueryView query={measures}>{(page) => <MeasuresTable items={page.items} showOrganisation={false} />}</QueryView>
        </Paper>
      </Stack>
      {creating && <MeasureForm measure={null} organisationId={organisationId} onClose={create.close} />}
    </>
  );
}
