/** Profile (descriptions, value chain, materials), sites, and the people who act for the organisation. */
import { ActionIcon, Anchor, Badge, Button, Card, Group, Modal, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVINCES } from '../../../shared/identifiers/provinces';
import { api, unwrap, type Schemas } from '../../api/client';
import { applyProblem, notifySuccess, showError } from '../../api/forms';
import { useLabels } from './labels';
import { profileBody, ProfileFields, type ProfileValues } from './ProfileFields';
import { useRefresh } from './queries';

type Detail = Schemas['OrganisationDetail'];
type Site = Schemas['Site'];

function EditProfileModal({ detail, onClose }: { detail: Detail; onClose: () => void }) {
  const { t } = useTranslation();
  const o = detail.organisation;
  const refresh = useRefresh(o.id);
  const [busy, setBusy] = useState(false);
  const form = useForm<ProfileValues>({
    initialValues: {
      legalName: o.legalName, tradeName: o.tradeName ?? '', kind: o.kind, country: o.country, taxId: o.taxId ?? '', website: o.website ?? '',
      descriptionEs: o.descriptionEs ?? '', descriptionEn: o.descriptionEn ?? '', officeId: o.officeId, naceCodes: o.naceCodes, stages: o.stages, materialIds: o.materialIds, publicProfile: o.publicProfile,
    },
  });
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      await unwrap(api.PATCH('/api/organisations/{id}', { params: { path: { id: o.id } }, body: profileBody(v, detail.permissions.editAdmin) }));
      notifySuccess(t('feedback.saved'));
      await refresh();
      onClose();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    } finally {
      setBusy(false);
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('orgs:profile.edit')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProfileFields form={form} showOffice={detail.permissions.editAdmin} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={busy}>{t('actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function SiteModal({ orgId, site, country, onClose }: { orgId: string; site: Site | null; country: string; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh(orgId);
  const form = useForm({
    initialValues: {
      name: site?.name ?? '', address: site?.address ?? '', postcode: site?.postcode ?? '', city: site?.city ?? '', country: site?.country ?? country,
      provinceCode: site?.provinceCode ?? null as string | null, nutsCode: site?.nutsCode ?? '', isHeadquarters: site?.isHeadquarters ?? false,
    },
  });
  const submit = form.onSubmit(async (v) => {
    const body = { ...v, nutsCode: v.country === 'ES' ? null : v.nutsCode || null, provinceCode: v.country === 'ES' ? v.provinceCode : null };
    try {
      if (site) await unwrap(api.PATCH('/api/sites/{id}', { params: { path: { id: site.id } }, body }));
      else await unwrap(api.POST('/api/organisations/{id}/sites', { params: { path: { id: orgId } }, body }));
      notifySuccess(t('feedback.saved'));
      await refresh();
      onClose();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  const spain = form.values.country.toUpperCase() === 'ES';
  return (
    <Modal opened onClose={onClose} title={site ? site.name : t('orgs:sites.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('orgs:sites.name')} required data-autofocus {...form.getInputProps('name')} />
            <TextInput label={t('orgs:fields.country')} maxLength={2} {...form.getInputProps('country')} />
            <TextInput label={t('orgs:sites.address')} {...form.getInputProps('address')} />
            <TextInput label={t('orgs:sites.postcode')} {...form.getInputProps('postcode')} />
            <TextInput label={t('orgs:sites.city')} {...form.getInputProps('city')} />
            {spain ? (
              <Select label={t('orgs:sites.province')} description={t('orgs:sites.provinceHint')} data={PROVINCES.map((p) => ({ value: p.ine, label: p.name.es }))} searchable clearable {...form.getInputProps('provinceCode')} />
            ) : (
              <TextInput label={t('orgs:sites.nuts')} description={t('orgs:sites.nutsHint')} {...form.getInputProps('nutsCode')} />
            )}
          </SimpleGrid>
          <Switch label={t('orgs:sites.headquarters')} {...form.getInputProps('isHeadquarters', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit">{t('actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Sites({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const refresh = useRefresh(detail.organisation.id);
  const [editing, setEditing] = useState<Site | 'new' | null>(null);
  const can = detail.permissions.editProfile;
  const remove = async (s: Site) => {
    if (!window.confirm(t('orgs:sites.confirmDelete', { name: s.name }))) return;
    try {
      await unwrap(api.DELETE('/api/sites/{id}', { params: { path: { id: s.id } } }));
      await refresh();
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <Card>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('orgs:sites.title')}</Title>
        {can && <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>{t('orgs:sites.add')}</Button>}
      </Group>
      {detail.sites.length === 0 ? <Text c="dimmed">{t('orgs:sites.none')}</Text> : (
        <Table>
          <Table.Tbody>
            {detail.sites.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Text fw={500}>{s.name} {s.isHeadquarters && <Badge size="xs" variant="light">{t('orgs:sites.headquarters')}</Badge>}</Text>
                  <Text size="sm" c="dimmed">{[s.address, [s.postcode, s.city].filter(Boolean).join(' '), s.provinceCode ? labels.province(s.provinceCode) : null, s.country].filter(Boolean).join(', ')}</Text>
                </Table.Td>
                <Table.Td><Badge variant="outline" title="NUTS 2024">{s.nutsCode ?? '—'}</Badge></Table.Td>
                <Table.Td w={80}>
                  {can && (
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon variant="subtle" aria-label={t('actions.edit')} onClick={() => setEditing(s)}><IconPencil size={16} /></ActionIcon>
                      <ActionIcon variant="subtle" color="red" aria-label={t('actions.delete')} onClick={() => void remove(s)}><IconTrash size={16} /></ActionIcon>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && <SiteModal orgId={detail.organisation.id} site={editing === 'new' ? null : editing} country={detail.organisation.country} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function People({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const id = detail.organisation.id;
  const refresh = useRefresh(id);
  const form = useForm({ initialValues: { email: '', role: 'editor' as 'editor' | 'representative' } });
  const submit = form.onSubmit(async (v) => {
    try {
      await unwrap(api.POST('/api/organisations/{id}/users', { params: { path: { id } }, body: v }));
      form.reset();
      await refresh();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  const unlink = async (userId: string) => {
    await unwrap(api.DELETE('/api/organisations/{id}/users/{userId}', { params: { path: { id, userId } } })).catch((err: unknown) => showError(err, t('feedback.error')));
    await refresh();
  };
  return (
    <Card>
      <Title order={4} mb="xs">{t('orgs:people.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('orgs:people.description')}</Text>
      {detail.users.map((u) => (
        <Group key={u.userId} justify="space-between" py={4}>
          <Text size="sm">{u.name} · <Anchor size="sm" href={`mailto:${u.email}`}>{u.email}</Anchor> · {t(`orgs:orgUserRole.${u.role}`)}</Text>
          <ActionIcon variant="subtle" color="red" aria-label={t('actions.delete')} onClick={() => void unlink(u.userId)}><IconTrash size={16} /></ActionIcon>
        </Group>
      ))}
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" mt="sm">
          <TextInput label={t('orgs:people.email')} flex={1} {...form.getInputProps('email')} />
          <Select label={t('orgs:people.role')} w={180} data={(['editor', 'representative'] as const).map((r) => ({ value: r, label: t(`orgs:orgUserRole.${r}`) }))} allowDeselect={false} {...form.getInputProps('role')} />
          <Button type="submit" variant="light">{t('orgs:people.add')}</Button>
        </Group>
      </form>
    </Card>
  );
}

export function ProfileTab({ detail }: { detail: Detail }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const [editOpen, edit] = useDisclosure();
  const o = detail.organisation;
  const description = i18n.language === 'en' ? (o.descriptionEn ?? o.descriptionEs) : (o.descriptionEs ?? o.descriptionEn);
  return (
    <Stack>
      <Card>
        <Group justify="space-between" align="flex-start">
          <Stack gap="xs" maw={820}>
            <Text>{description ?? <Text span c="dimmed">{t('orgs:profile.noDescription')}</Text>}</Text>
            {o.website && <Anchor href={o.website} target="_blank" rel="noopener noreferrer">{o.website}</Anchor>}
          </Stack>
          {detail.permissions.editProfile && <Button variant="light" leftSection={<IconPencil size={16} />} onClick={edit.open}>{t('orgs:profile.edit')}</Button>}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 3 }} mt="md">
          <div>
            <Text size="xs" tt="uppercase" c="dimmed" fw={700}>{t('orgs:fields.stages')}</Text>
            <Group gap={4} mt={4}>{o.stages.length ? o.stages.map((s) => <Badge key={s} variant="light">{labels.stage(s)}</Badge>) : '—'}</Group>
          </div>
          <div>
            <Text size="xs" tt="uppercase" c="dimmed" fw={700}>{t('orgs:fields.materials')}</Text>
            <Group gap={4} mt={4}>{o.materialIds.length ? o.materialIds.map((m) => <Badge key={m} color="ore" variant="light">{labels.material(m)}</Badge>) : '—'}</Group>
          </div>
          <div>
            <Text size="xs" tt="uppercase" c="dimmed" fw={700}>{t('orgs:fields.naceCodes')}</Text>
            <Text mt={4}>{o.naceCodes.join(', ') || '—'}</Text>
          </div>
        </SimpleGrid>
      </Card>
      <Sites detail={detail} />
      {detail.permissions.manageUsers && <People detail={detail} />}
      {editOpen && <EditProfileModal detail={detail} onClose={edit.close} />}
    </Stack>
  );
}
