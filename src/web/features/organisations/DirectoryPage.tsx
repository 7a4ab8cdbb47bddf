/** The internal directory (staff, finance): search with facets, results, export, new organisation, import. */
import { Badge, Button, Grid, Group, Menu, Pagination, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { IconChartDots3, IconDownload, IconPlus, IconReceipt, IconSearch, IconUpload } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FACETS } from '../../../shared/contracts/organisations';
import { api, download, unwrap } from '../../api/client';
import { showError } from '../../api/forms';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useUser } from '../auth/session';
import { FacetFilters } from './FacetFilters';
import { statusColor, useLabels } from './labels';
import { NewOrganisationModal } from './NewOrganisationModal';
import { filterParams, filterQueryString, type DirectorySearch } from './search';

const PAGE = 25;

export function DirectoryPage({ search }: { search: DirectorySearch }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const user = useUser();
  const navigate = useNavigate();
  const [newOpen, newModal] = useDisclosure();
  const [text, setText] = useState(search.q ?? '');
  const page = search.page ?? 1;
  const update = (next: Partial<DirectorySearch>) => void navigate({ to: '/members', search: { ...search, ...next, page: undefined }, replace: true });
  const debounced = useDebouncedCallback((q: string) => update({ q: q || undefined }), 250);
  const query = useQuery({
    queryKey: ['directory', search],
    queryFn: () => unwrap(api.GET('/api/organisations', { params: { query: { ...filterParams(search), sort: search.sort, limit: PAGE, offset: (page - 1) * PAGE } } })),
    placeholderData: keepPreviousData,
  });
  const canWrite = user.role === 'admin' || user.role === 'staff';
  const exportAs = (format: 'csv' | 'xlsx') =>
    download(`/api/organisations/export?format=${format}&${filterQueryString(search)}`, `organisations.${format}`).catch((err: unknown) => showError(err, t('feedback.error')));
  return (
    <>
      <PageHeader
        title={t('orgs:directory.title')}
        description={t('orgs:directory.description')}
        actions={
          <>
            <Button variant="default" component={Link} to="/members/map" search={search as never} leftSection={<IconChartDots3 size={18} />}>{t('orgs:map.title')}</Button>
            <Button variant="default" component={Link} to="/members/fees" leftSection={<IconReceipt size={18} />}>{t('orgs:fees.title')}</Button>
            <Menu>
              <Menu.Target>
                <Button variant="default" leftSection={<IconDownload size={18} />}>{t('actions.export')}</Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => void exportAs('csv')}>{t('orgs:export.csv')}</Menu.Item>
                <Menu.Item onClick={() => void exportAs('xlsx')}>{t('orgs:export.xlsx')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
            {canWrite && <Button variant="default" component={Link} to="/members/import" leftSection={<IconUpload size={18} />}>{t('actions.import')}</Button>}
            {canWrite && <Button leftSection={<IconPlus size={18} />} onClick={newModal.open}>{t('orgs:directory.new')}</Button>}
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper p="md">
            <FacetFilters facets={query.data?.facets ?? {}} shown={FACETS} search={search} onChange={update} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Group mb="md" gap="sm" wrap="nowrap">
            <TextInput
              flex={1}
              placeholder={t('orgs:directory.search')}
              aria-label={t('actions.search')}
              leftSection={<IconSearch size={16} />}
              value={text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                debounced(e.currentTarget.value);
              }}
            />
            <Select
              aria-label={t('orgs:directory.sort')}
              w={170}
              value={search.sort ?? 'relevance'}
              onChange={(v) => update({ sort: (v ?? undefined) as DirectorySearch['sort'] })}
              allowDeselect={false}
              data={(['relevance', 'name', 'recent'] as const).map((v) => ({ value: v, label: t(`orgs:directory.sortBy.${v}`) }))}
            />
          </Group>
          <QueryView query={query}>
            {(data) => (
              <Paper>
                {data.items.length === 0 ? (
                  <Empty>{t('table.noResults')}</Empty>
                ) : (
                  <Table.ScrollContainer minWidth={820}>
                    <Table highlightOnHover verticalSpacing="sm">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('orgs:fields.legalName')}</Table.Th>
                          <Table.Th>{t('orgs:fields.place')}</Table.Th>
                          <Table.Th miw={200}>{t('orgs:fields.stages')}</Table.Th>
                          <Table.Th miw={150}>{t('orgs:fields.membership')}</Table.Th>
                          <Table.Th>{t('orgs:fields.size')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {data.items.map((o) => (
                          <Table.Tr key={o.id} style={{ cursor: 'pointer' }} onClick={() => void navigate({ to: '/members/$id', params: { id: o.id } })}>
                            <Table.Td>
                              <Text fw={600} component={Link} to="/members/$id" params={{ id: o.id } as never} c="inherit">{o.legalName}</Text>
                              <Text size="xs" c="dimmed">{[o.tradeName, o.taxId, labels.kind(o.kind)].filter(Boolean).join(' · ')}</Text>
                            </Table.Td>
                            <Table.Td>
                              <Text size="sm">{o.city ?? '—'}</Text>
                              <Text size="xs" c="dimmed">{o.provinceCodes.map(labels.province).join(', ')}</Text>
                            </Table.Td>
                            <Table.Td>
                              <Group gap={4}>{o.stages.slice(0, 3).map((s) => <Badge key={s} variant="light" size="sm" tt="none">{labels.stageShort(s)}</Badge>)}</Group>
                              <Text size="xs" c="dimmed" mt={2}>{o.materialIds.slice(0, 4).map(labels.material).join(', ')}</Text>
                            </Table.Td>
                            <Table.Td><Badge color={statusColor[o.membershipStatus]} variant="light" tt="none">{labels.status(o.membershipStatus)}</Badge></Table.Td>
                            <Table.Td>{labels.size(o.smeClass)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                <Group justify="space-between" p="sm">
                  <Text size="sm" c="dimmed">{t('table.showing', { shown: data.items.length, total: data.total })}</Text>
                  {data.total > PAGE && <Pagination total={Math.ceil(data.total / PAGE)} value={page} onChange={(p) => void navigate({ to: '/members', search: { ...search, page: p } })} size="sm" />}
                </Group>
              </Paper>
            )}
          </QueryView>
        </Grid.Col>
      </Grid>
      <NewOrganisationModal opened={newOpen} onClose={newModal.close} />
    </>
  );
}
