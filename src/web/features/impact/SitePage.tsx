/**
 * A site's readings: its meters, the ingestion tokens of its digital twin or data logger, how to
 * send readings (MQTT topic and payload, HTTP batch), and file uploads with their history.
 */
import { Alert, Badge, Button, Code, CopyButton, Group, Modal, Paper, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCopy, IconKey, IconPlus, IconUpload } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useImpactFormat } from './format';
import { ImpactTabs } from './ImpactTabs';
import { MeterForm, MetersTable } from './MetersPage';
import { metersQuery, useSites, type Meter } from './queries';
import { UploadWizard } from './UploadWizard';

const wrap = { whiteSpace: 'pre-wrap', wordBreak: 'break-all' } as const;

function Tokens({ siteId }: { siteId: string }) {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const key = ['impact', 'tokens', siteId];
  const query = useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/impact/sites/{siteId}/tokens', { params: { path: { siteId } } })) });
  const create = async () => {
    try {
      const created = await unwrap(api.POST('/api/impact/sites/{siteId}/tokens', { params: { path: { siteId } }, body: { name } }));
      setSecret(created.secret);
      setName('');
      await qc.invalidateQueries({ queryKey: key });
    } catch (err) {
      showError(err, t('common:feedback.error'));
    }
  };
  const revoke = async (tokenId: string) => {
    if (!window.confirm(t('sites.confirmRevoke'))) return;
    try {
      await unwrap(api.DELETE('/api/impact/sites/{siteId}/tokens/{tokenId}', { params: { path: { siteId, tokenId } } }));
      await qc.invalidateQueries({ queryKey: key });
      notifySuccess(t('sites.revoked'));
    } catch (err) {
      showError(err, t('common:feedback.error'));
    }
  };
  return (
    <Paper p="md">
      <Title order={5} mb="xs">{t('sites.tokens')}</Title>
      <Group align="flex-end" mb="sm">
        <TextInput label={t('sites.tokenName')} placeholder={t('sites.tokenNamePlaceholder')} value={name} onChange={(e) => setName(e.currentTarget.value)} style={{ flex: 1 }} />
        <Button leftSection={<IconKey size={16} />} disabled={name.trim().length < 2} onClick={() => void create()}>{t('sites.createToken')}</Button>
      </Group>
      <QueryView query={query}>
        {(tokens) =>
          tokens.length === 0 ? (
            <Empty>{t('sites.noTokens')}</Empty>
          ) : (
            <Table>
              <Table.Tbody>
                {tokens.map((tk) => (
                  <Table.Tr key={tk.id}>
                    <Table.Td><Text size="sm" fw={500}>{tk.name}</Text><Text size="xs" c="dimmed" ff="monospace">{tk.prefix}…</Text></Table.Td>
                    <Table.Td><Text size="xs" c="dimmed">{tk.lastUsedAt ? t('sites.lastUsed', { when: f.dateTime(tk.lastUsedAt) }) : t('sites.neverUsed')}</Text></Table.Td>
                    <Table.Td ta="right">{tk.revokedAt ? <Badge color="gray">{t('sites.revokedBadge')}</Badge> : <Button size="xs" variant="subtle" color="red" onClick={() => void revoke(tk.id)}>{t('sites.revoke')}</Button>}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryView>
      <Modal opened={secret !== null} onClose={() => setSecret(null)} title={t('sites.secretTitle')}>
        <Stack>
          <Alert color="orange">{t('sites.secretOnce')}</Alert>
          <Code block style={wrap}>{secret}</Code>
          <CopyButton value={secret ?? ''}>{({ copied, copy }) => <Button leftSection={<IconCopy size={16} />} onClick={copy}>{copied ? t('common:actions.copied') : t('common:actions.copy')}</Button>}</CopyButton>
        </Stack>
      </Modal>
    </Paper>
  );
}

function Instructions({ siteId, meters }: { siteId: string; meters: Meter[] }) {
  const { t } = useTranslation('impact');
  const code = meters.find((m) => m.carrier !== 'temperature')?.code ?? 'meter-code';
  const topic = `veta/sites/${siteId}/meters/${code}/readings`;
  const payload = `{"readings": [\n  {"start": "2025-03-01T10:00:00+01:00", "value": 42.7},\n  {"start": "2025-03-01T10:15:00+01:00", "value": 41.9}\n]}`;
  const curl = `curl -X POST ${window.location.origin}/api/impact/ingest \\\n  -H 'content-type: application/json' -H 'x-site-token: vst_…' \\\n  -d '{"readings":[{"meter":"${code}","start":"2025-03-01T10:00:00+01:00","value":42.7}]}'`;
  return (
    <Paper p="md">
      <Title order={5} mb="xs">{t('sites.howTo')}</Title>
      <Tabs defaultValue="mqtt">
        <Tabs.List>
          <Tabs.Tab value="mqtt">MQTT</Tabs.Tab>
          <Tabs.Tab value="http">HTTP</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="mqtt" pt="sm">
          <Stack gap="xs">
            <Text size="sm">{t('sites.mqttAuth', { siteId })}</Text>
            <Text size="sm">{t('sites.mqttTopic')}</Text>
            <Code block style={wrap}>{topic}</Code>
            <Text size="sm">{t('sites.mqttPayload')}</Text>
            <Code block style={wrap}>{payload}</Code>
            <Text size="xs" c="dimmed">{t('sites.rules')}</Text>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="http" pt="sm">
          <Stack gap="xs">
            <Text size="sm">{t('sites.httpHelp')}</Text>
            <Code block style={wrap}>{curl}</Code>
            <Text size="xs" c="dimmed">{t('sites.rules')}</Text>
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}

function Uploads({ siteId }: { siteId: string }) {
  const { t } = useTranslation('impact');
  const f = useImpactFormat();
  const query = useQuery({ queryKey: ['impact', 'uploads', siteId], queryFn: () => unwrap(api.GET('/api/impact/sites/{siteId}/uploads', { params: { path: { siteId } } })) });
  return (
    <QueryView query={query}>
      {(uploads) =>
        uploads.length === 0 ? (
          <Empty>{t('uploads.none')}</Empty>
        ) : (
          <Table>
            <Table.Tbody>
              {uploads.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>{u.filename}</Table.Td>
                  <Table.Td>{f.dateTime(u.createdAt)}</Table.Td>
                  <Table.Td>{u.status === 'committed' ? <Badge color="teal" variant="light">{t('uploads.stored', { count: u.stored ?? 0 })}</Badge> : <Badge color="gray" variant="light">{t('uploads.notImported')}</Badge>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      }
    </QueryView>
  );
}

export function SitePage() {
  const { t } = useTranslation('impact');
  const { siteId } = useParams({ strict: false }) as { siteId: string };
  const { sites } = useSites();
  const site = sites.get(siteId);
  const query = useQuery(metersQuery({ siteId }));
  const [uploading, upload] = useDisclosure();
  const [creating, create] = useDisclosure();
  return (
    <>
      <PageHeader
        title={site ? site.name : t('sites.site')}
        description={site ? `${site.organisationName}${site.city ? ` · ${site.city}` : ''}${site.nutsCode ? ` · ${site.nutsCode}` : ''}` : undefined}
        actions={
          <>
            <Button variant="default" leftSection={<IconPlus size={16} />} onClick={create.open}>{t('meters.new')}</Button>
            <Button leftSection={<IconUpload size={16} />} onClick={upload.open}>{t('uploads.new')}</Button>
          </>
        }
      />
      <ImpactTabs />
      <QueryView query={query}>
        {(meters) => (
          <Stack>
            <Paper><MetersTable meters={meters} showSite={false} /></Paper>
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <Instructions siteId={siteId} meters={meters} />
              <Stack>
                <Tokens siteId={siteId} />
                <Paper p="md">
                  <Title order={5} mb="xs">{t('uploads.history')}</Title>
                  <Uploads siteId={siteId} />
                </Paper>
              </Stack>
            </SimpleGrid>
            {uploading && <UploadWizard siteId={siteId} meters={meters} onClose={upload.close} />}
          </Stack>
        )}
      </QueryView>
      {creating && <MeterForm siteId={siteId} onClose={create.close} />}
    </>
  );
}
