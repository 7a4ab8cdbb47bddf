/** `/members`: the internal directory for the cluster's staff; members see their own organisation(s). */
import { Anchor, Badge, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useUser } from '../auth/session';
import { DirectoryPage } from './DirectoryPage';
import { statusColor, useLabels } from './labels';
import type { DirectorySearch } from './search';

function MyOrganisations() {
  const { t } = useTranslation();
  const labels = useLabels();
  const query = useQuery({ queryKey: ['organisations', 'mine'], queryFn: () => unwrap(api.GET('/api/organisations/mine')) });
  return (
    <>
      <PageHeader title={t('orgs:mine.title')} description={t('orgs:mine.description')} />
      <QueryView query={query}>
        {(orgs) =>
          orgs.length === 0 ? <Empty>{t('orgs:mine.none')}</Empty> : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {orgs.map((o) => (
                <Card key={o.id} component={Link} to="/members/$id" params={{ id: o.id } as never} className="hover-card" padding="lg">
                  <Stack gap={4}>
                    <Title order={4}>{o.legalName}</Title>
                    <Text size="sm" c="dimmed">{[o.taxId, labels.kind(o.kind)].filter(Boolean).join(' · ')}</Text>
                    <Badge color={statusColor[o.membershipStatus]} variant="light">{labels.status(o.membershipStatus)}</Badge>
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          )
        }
      </QueryView>
      <Text mt="xl">
        <Anchor component={Link} to="/directory">{t('orgs:public.open')}</Anchor>
      </Text>
    </>
  );
}

export function MembersPage({ search }: { search: DirectorySearch }) {
  const user = useUser();
  return user.role === 'member' ? <MyOrganisations /> : <DirectoryPage search={search} />;
}
