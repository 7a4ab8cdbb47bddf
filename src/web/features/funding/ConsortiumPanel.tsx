/**
 * The consortium of an application: partners with their country, SME status, roles and requested
 * amounts; the lead invites partners by email and sets amounts; each partner declares its roles and,
 * in de minimis programmes, the aid it received in the last three years.
 */
import { ActionIcon, Badge, Button, Card, Group, Menu, MultiSelect, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconDots, IconMailForward, IconPlus, IconShieldCheck, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { MoneyInput } from '../../components/MoneyInput';
import { useFormat } from '../../i18n/format';
import { DeMinimisModal, InviteModal } from './ConsortiumModals';
import { useFundingLabels } from './labels';
import { applicationQuery, type ApplicationDto } from './queries';

type Partner = ApplicationDto['partners'][number];

export function ConsortiumPanel({ app }: { app: ApplicationDto }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useFundingLabels();
  const qc = useQueryClient();
  const [inviting, setInviting] = useState(false);
  const [declaring, setDeclaring] = useState<Partner | null>(null);
  const lead = app.standing === 'lead' && app.editable;
  const open = app.editable || (app.standing === 'partner' && app.status !== 'withdrawn' && app.status !== 'ineligible' && new Date(app.call.deadlineAt ?? 0).getTime() > Date.now());
  const refresh = () => qc.invalidateQueries({ queryKey: applicationQuery(app.id).queryKey });
  const patch = async (p: Partner, body: { roles?: string[]; requestedCents?: number }) => {
    try {
      await unwrap(api.PATCH('/api/funding/partners/{id}', { params: { path: { id: p.id } }, body }));
      await refresh();
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      notifySuccess(done);
      await refresh();
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  const roles = app.call.partnerRoles.map((r) => ({ value: r.id, label: labels.label(r) }));
  const total = app.partners.filter((p) => p.status === 'confirmed').reduce((s, p) => s + p.requestedCents, 0);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('funding:consortium.title')}</Title>
        {lead && <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setInviting(true)}>{t('funding:consortium.invite')}</Button>}
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('funding:consortium.organisation')}</Table.Th>
              <Table.Th>{t('funding:consortium.country')}</Table.Th>
              <Table.Th>{t('funding:consortium.sme')}</Table.Th>
              <Table.Th>{t('funding:consortium.roles')}</Table.Th>
              <Table.Th ta="right" w={140}>{t('funding:consortium.requested')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {app.partners.map((p) => {
              const mayRoles = open && (lead || p.mine) && p.status === 'confirmed';
              return (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>{p.organisationName ?? p.invitedName ?? p.invitedEmail}</Text>
                    <Group gap={4}>
                      {p.lead && <Badge size="xs" variant="light">{t('funding:consortium.lead')}</Badge>}
                      {p.status === 'invited' && <Badge size="xs" color="yellow" variant="light">{t('funding:consortium.invitedAs', { email: p.invitedEmail ?? '' })}</Badge>}
                      {p.mine && <Badge size="xs" color="grape" variant="light">{t('funding:consortium.mine')}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>{p.country ?? '—'}{p.nuts ? <Text span size="xs" c="dimmed"> · {p.nuts}</Text> : null}</Table.Td>
                  <Table.Td>
                    <Tooltip label={t(`funding:consortium.smeSource.${p.smeSource}`)}>
                      <Badge variant={p.smeSource === 'declaration' ? 'light' : 'outline'} color={p.smeClass === 'large' ? 'red' : p.smeClass ? 'teal' : 'gray'}>{p.smeClass ? t(`orgs:size.${p.smeClass}`) : t('funding:rules.unknownSize')}</Badge>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>
                    {mayRoles ? (
                      <MultiSelect size="xs" data={roles} value={p.roles} aria-label={t('funding:consortium.roles')} onChange={(v) => void patch(p, { roles: v })} />
                    ) : (
                      <Group gap={4}>{p.roles.map((r) => <Badge key={r} variant="outline" size="sm">{labels.of(app.call.partnerRoles, r)}</Badge>)}</Group>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {lead ? <MoneyInput size="xs" aria-label={t('funding:consortium.requested')} value={p.requestedCents} onChange={(v) => v !== null && v !== p.requestedCents && void patch(p, { requestedCents: v })} /> : f.money(p.requestedCents)}
                  </Table.Td>
                  <Table.Td>
                    <PartnerMenu p={p} app={app} lead={lead} open={open} onDeclare={() => setDeclaring(p)} act={act} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
            <Table.Tr>
              <Table.Td colSpan={4}><Text size="sm" fw={600}>{t('funding:consortium.total')}</Text></Table.Td>
              <Table.Td ta="right"><Text size="sm" fw={700}>{f.money(total)}</Text></Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {inviting && <InviteModal app={app} onClose={() => setInviting(false)} onDone={refresh} />}
      {declaring && <DeMinimisModal partner={declaring} readOnly={!open || !declaring.mine} onClose={() => setDeclaring(null)} onDone={refresh} />}
    </Card>
  );
}

function PartnerMenu({ p, app, lead, open, onDeclare, act }: { p: Partner; app: ApplicationDto; lead: boolean; open: boolean; onDeclare: () => void; act: (fn: () => Promise<unknown>, done: string) => Promise<void> }) {
  const { t } = useTranslation();
  const showDeMinimis = app.call.deMinimis && p.status === 'confirmed';
  if (!showDeMinimis && !(lead && !p.lead)) return null;
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <ActionIcon variant="subtle" aria-label={t('funding:consortium.actions')}><IconDots size={16} /></ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {showDeMinimis && (
          <Menu.Item leftSection={<IconShieldCheck size={14} />} onClick={onDeclare}>
            {p.deMinimis ? t('funding:deMinimis.view') : p.mine && open ? t('funding:deMinimis.declare') : t('funding:deMinimis.missing')}
          </Menu.Item>
        )}
        {lead && p.status === 'invited' && (
          <Menu.Item leftSection={<IconMailForward size={14} />} onClick={() => void act(() => unwrap(api.POST('/api/funding/partners/{id}/invitation', { params: { path: { id: p.id } } })), t('funding:consortium.resent'))}>
            {t('funding:consortium.resend')}
          </Menu.Item>
        )}
        {lead && !p.lead && (
          <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => void act(() => unwrap(api.DELETE('/api/funding/partners/{id}', { params: { path: { id: p.id } } })), t('funding:consortium.removed'))}>
            {t('funding:consortium.remove')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
