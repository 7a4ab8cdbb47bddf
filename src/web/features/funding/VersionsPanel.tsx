/** Submitted versions of an application, each viewable as it was submitted, with its fingerprint. */
import { Badge, Button, Card, Code, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { FormSections } from './FormSections';
import { useFundingLabels } from './labels';
import type { ApplicationDto } from './queries';

function VersionModal({ app, version, onClose }: { app: ApplicationDto; version: number; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useFundingLabels();
  const query = useQuery({ queryKey: ['funding', 'application', app.id, 'version', version], queryFn: () => unwrap(api.GET('/api/funding/applications/{id}/versions/{version}', { params: { path: { id: app.id, version } } })) });
  return (
    <Modal opened onClose={onClose} size="70rem" title={t('funding:versions.title', { version, reference: app.reference })}>
      <QueryView query={query}>
        {(v) => {
          const s = v.snapshot;
          const partners = s.consortium.map((p) => ({ id: p.partnerId, name: p.legalName }));
          return (
            <Stack>
              <Text size="sm">{t('funding:versions.submittedBy', { at: f.dateTime(v.submittedAt), name: s.submittedBy?.name ?? '—' })}</Text>
              <Group gap={6}><Text size="sm" c="dimmed">SHA-256</Text><Code>{v.snapshotHash}</Code></Group>
              <Card withBorder>
                <Title order={5} mb={6}>{s.application.acronym} · {s.application.title}</Title>
                <Text size="sm">{t('funding:application.instrument')}: {s.application.instrumentId ?? '—'}{s.application.trl ? ` · TRL ${s.application.trl}` : ''}</Text>
                <Text size="sm">{t('funding:application.activities')}: {s.application.activities.map((a) => labels.of(app.call.activities, a)).join(', ')}</Text>
                {(s.application.teamWomen != null || s.application.teamMen != null) && <Text size="sm">{t('funding:application.teamShort', { women: s.application.teamWomen ?? 0, men: s.application.teamMen ?? 0 })}</Text>}
                <Table mt="sm">
                  <Table.Thead><Table.Tr><Table.Th>{t('funding:consortium.organisation')}</Table.Th><Table.Th>{t('funding:consortium.country')}</Table.Th><Table.Th>{t('funding:consortium.sme')}</Table.Th><Table.Th>{t('funding:consortium.roles')}</Table.Th><Table.Th ta="right">{t('funding:consortium.requested')}</Table.Th></Table.Tr></Table.Thead>
                  <Table.Tbody>
                    {s.consortium.map((p) => (
                      <Table.Tr key={p.partnerId}>
                        <Table.Td>{p.legalName} {p.lead && <Badge size="xs" variant="light">{t('funding:consortium.lead')}</Badge>}</Table.Td>
                        <Table.Td>{p.country}{p.nuts ? ` · ${p.nuts}` : ''}</Table.Td>
                        <Table.Td>{p.smeClass ? t(`orgs:size.${p.smeClass}`) : '—'} <Text span size="xs" c="dimmed">({t(`funding:consortium.smeSourceShort.${p.smeSource}`)})</Text></Table.Td>
                        <Table.Td>{p.roles.map((r) => labels.of(app.call.partnerRoles, r)).join(', ')}</Table.Td>
                        <Table.Td ta="right">{f.money(p.requestedCents)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Card>
              <FormSections form={s.form} answers={s.answers} partners={partners} files={s.attachments} readOnly />
            </Stack>
          );
        }}
      </QueryView>
    </Modal>
  );
}

export function VersionsPanel({ app }: { app: ApplicationDto }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [open, setOpen] = useState<number | null>(null);
  if (app.versions.length === 0) return null;
  return (
    <Card withBorder>
      <Title order={5} mb="xs">{t('funding:versions.list')}</Title>
      <Stack gap={6}>
        {[...app.versions].reverse().map((v) => (
          <Group key={v.version} justify="space-between" wrap="nowrap" gap="xs">
            <Group gap={6} wrap="nowrap">
              <Badge variant={v.version === app.currentVersion ? 'filled' : 'light'}>v{v.version}</Badge>
              <div>
                <Text size="sm">{f.dateTime(v.submittedAt)}</Text>
                <Text size="xs" c="dimmed" ff="monospace" title={v.snapshotHash}>{v.snapshotHash.slice(0, 16)}…</Text>
              </div>
            </Group>
            <Group gap={6} wrap="nowrap">
              <Badge size="xs" color={v.eligible ? 'teal' : 'red'} variant="light">{v.eligible ? t('funding:eligibility.eligible') : t('funding:eligibility.notEligible')}</Badge>
              <Button size="xs" variant="subtle" onClick={() => setOpen(v.version)}>{t('actions.view')}</Button>
            </Group>
          </Group>
        ))}
      </Stack>
      {app.versions.length > 1 && <Text size="xs" c="dimmed" mt={6}>{t('funding:versions.lastCounts')}</Text>}
      {open !== null && <VersionModal app={app} version={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}
