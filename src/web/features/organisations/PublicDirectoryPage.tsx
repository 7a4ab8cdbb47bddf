/** The public directory: organisations that opted in, public fields only, no sign-in. */
import { Anchor, Badge, Box, Card, Container, Grid, Group, Pagination, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch, IconWorld } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Logo } from '../../components/Logo';
import { Empty, QueryView } from '../../components/Page';
import { FacetFilters } from './FacetFilters';
import { useLabels } from './labels';
import { filterParams, type DirectorySearch } from './search';

const PAGE = 24;
const FACETS = ['stage', 'material', 'region', 'province', 'kind'] as const;

export function PublicShell() {
  const { t } = useTranslation();
  return (
    <Box className="public-bg" mih="100vh">
      <Container size="xl" py="md">
        <Group justify="space-between" mb="lg">
          <Anchor component={Link} to="/directory" underline="never" c="inherit">
            <Group gap="sm">
              <Logo size={36} />
              <div>
                <Title order={3}>{t('app.cluster')}</Title>
                <Text size="sm" c="dimmed">{t('orgs:public.tagline')}</Text>
              </div>
            </Group>
          </Anchor>
          <Group><LanguageSwitch /><Anchor component={Link} to="/sign-in" size="sm">{t('orgs:public.signIn')}</Anchor></Group>
        </Group>
        <main id="main"><Outlet /></main>
      </Container>
    </Box>
  );
}

export function PublicDirectoryPage({ search }: { search: DirectorySearch }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const [text, setText] = useState(search.q ?? '');
  const page = search.page ?? 1;
  const update = (next: Partial<DirectorySearch>) => void navigate({ to: '/directory', search: { ...search, ...next, page: undefined }, replace: true });
  const debounced = useDebouncedCallback((q: string) => update({ q: q || undefined }), 250);
  const query = useQuery({
    queryKey: ['public-directory', search],
    queryFn: () => unwrap(api.GET('/api/public/organisations', { params: { query: { ...filterParams(search, FACETS), limit: PAGE, offset: (page - 1) * PAGE } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <Title order={2} mb={4}>{t('orgs:public.title')}</Title>
      <Text c="dimmed" mb="lg">{t('orgs:public.description')}</Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper p="md"><FacetFilters facets={query.data?.facets ?? {}} shown={FACETS} search={search} onChange={update} /></Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <TextInput mb="md" placeholder={t('orgs:directory.search')} aria-label={t('actions.search')} leftSection={<IconSearch size={16} />} value={text} onChange={(e) => { setText(e.currentTarget.value); debounced(e.currentTarget.value); }} />
          <QueryView query={query}>
            {(data) => (
              <>
                {data.items.length === 0 && <Empty>{t('table.noResults')}</Empty>}
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                  {data.items.map((o) => (
                    <Card key={o.id} padding="lg">
                      <Stack gap={6}>
                        <Group justify="space-between" align="flex-start" wrap="nowrap">
                          <Title order={5}>{o.tradeName ?? o.legalName}</Title>
                          {o.isMember && <Badge size="xs" variant="light" style={{ flexShrink: 0 }}>{t('orgs:public.member')}</Badge>}
                        </Group>
                        {o.tradeName && <Text size="xs" c="dimmed">{o.legalName}</Text>}
                        <Text size="sm" c="dimmed">{[labels.kind(o.kind), ...o.places.map((p) => p.city ?? (p.provinceCode ? labels.province(p.provinceCode) : p.country))].filter(Boolean).join(' · ')}</Text>
                        <Text size="sm" lineClamp={3}>{(i18n.language === 'en' ? o.descriptionEn ?? o.descriptionEs : o.descriptionEs ?? o.descriptionEn) ?? ''}</Text>
                        <Group gap={4}>{o.stages.map((s) => <Badge key={s} size="xs" variant="light">{labels.stageShort(s)}</Badge>)}</Group>
                        <Group gap={4}>{o.materialIds.map((m) => <Badge key={m} size="xs" color="ore" variant="light">{labels.material(m)}</Badge>)}</Group>
                        {o.website && <Anchor size="sm" href={o.website} target="_blank" rel="noopener noreferrer"><IconWorld size={14} /> {o.website.replace(/^https?:\/\//, '')}</Anchor>}
                      </Stack>
                    </Card>
                  ))}
                </SimpleGrid>
                <Group justify="space-between" mt="md">
                  <Text size="sm" c="dimmed">{t('table.showing', { shown: data.items.length, total: data.total })}</Text>
                  {data.total > PAGE && <Pagination total={Math.ceil(data.total / PAGE)} value={page} onChange={(p) => void navigate({ to: '/directory', search: { ...search, page: p } })} size="sm" />}
                </Group>
              </>
            )}
          </QueryView>
        </Grid.Col>
      </Grid>
    </>
  );
}
