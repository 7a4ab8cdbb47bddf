/** Contacts with their consents; export everything held about a person; erase a person. */
import { ActionIcon, Badge, Button, Card, Group, Menu, Modal, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDots, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_PURPOSES, CONTACT_ROLES } from '../../../shared/organisations';
import { api, unwrap, type Schemas } from '../../api/client';
import { applyProblem, notifySuccess, showError } from '../../api/forms';
import { useFormat } from '../../i18n/format';
import { useRefresh } from './queries';

type Detail = Schemas['OrganisationDetail'];
type Contact = Schemas['Contact'];

function ContactModal({ orgId, contact, onClose }: { orgId: string; contact: Contact | null; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh(orgId);
  const form = useForm({ initialValues: { name: contact?.name ?? '', position: contact?.position ?? '', role: contact?.role ?? 'other', email: contact?.email ?? '', phone: contact?.phone ?? '', locale: contact?.locale ?? 'es', isPrimary: contact?.isPrimary ?? false } });
  const submit = form.onSubmit(async (v) => {
    const body = { ...v, position: v.position || null, email: v.email || null, phone: v.phone || null };
    try {
      if (contact) await unwrap(api.PATCH('/api/contacts/{id}', { params: { path: { id: contact.id } }, body }));
      else await unwrap(api.POST('/api/organisations/{id}/contacts', { params: { path: { id: orgId } }, body }));
      await refresh();
      onClose();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  return (
    <Modal opened onClose={onClose} title={contact ? contact.name : t('orgs:contacts.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('orgs:contacts.name')} required data-autofocus {...form.getInputProps('name')} />
            <TextInput label={t('orgs:contacts.position')} {...form.getInputProps('position')} />
            <TextInput label={t('orgs:contacts.email')} type="email" {...form.getInputProps('email')} />
            <TextInput label={t('orgs:contacts.phone')} {...form.getInputProps('phone')} />
            <Select label={t('orgs:contacts.role')} data={CONTACT_ROLES.map((r) => ({ value: r, label: t(`orgs:contactRole.${r}`) }))} allowDeselect={false} {...form.getInputProps('role')} />
            <Select label={t('orgs:contacts.language')} data={[{ value: 'es', label: t('language.es') }, { value: 'en', label: t('language.en') }]} allowDeselect={false} {...form.getInputProps('locale')} />
          </SimpleGrid>
          <Switch label={t('orgs:contacts.primary')} {...form.getInputProps('isPrimary', { type: 'checkbox' })} />
          <Group justify="flex-end"><Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button><Button type="submit">{t('actions.save')}</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ConsentModal({ orgId, contact, onClose }: { orgId: string; contact: Contact; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh(orgId);
  const form = useForm({ initialValues: { purpose: 'newsletter' as (typeof CONSENT_PURPOSES)[number], granted: true, givenOn: new Date().toISOString().slice(0, 10), source: '' } });
  const submit = form.onSubmit(async (v) => {
    try {
      await unwrap(api.POST('/api/contacts/{id}/consents', { params: { path: { id: contact.id } }, body: v }));
      await refresh();
      onClose();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('orgs:consents.record', { name: contact.name })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select label={t('orgs:consents.purpose')} data={CONSENT_PURPOSES.map((p) => ({ value: p, label: t(`orgs:consentPurpose.${p}`) }))} allowDeselect={false} {...form.getInputProps('purpose')} />
          <Switch label={t('orgs:consents.granted')} {...form.getInputProps('granted', { type: 'checkbox' })} />
          <TextInput type="date" label={t('orgs:consents.date')} {...form.getInputProps('givenOn')} />
          <TextInput label={t('orgs:consents.source')} placeholder={t('orgs:consents.sourceHint')} {...form.getInputProps('source')} />
          <Group justify="flex-end"><Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button><Button type="submit">{t('actions.save')}</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function ContactsTab({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const orgId = detail.organisation.id;
  const refresh = useRefresh(orgId);
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [consent, setConsent] = useState<Contact | null>(null);
  const can = detail.permissions.manageContacts;
  const exportPerson = async (c: Contact) => {
    try {
      const data = await unwrap(api.GET('/api/contacts/{id}/export', { params: { path: { id: c.id } } }));
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      a.download = `contact-${c.id}.json`;
      a.click();
      URL.revokeObjectURL(a.href);
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  const erase = async (c: Contact) => {
    if (!window.confirm(t('orgs:contacts.confirmErase', { name: c.name }))) return;
    try {
      await unwrap(api.POST('/api/contacts/{id}/erase', { params: { path: { id: c.id } } }));
      notifySuccess(t('orgs:contacts.erased'));
      await refresh();
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <Stack>
      <Group justify="flex-end">{can && <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setEditing('new')}>{t('orgs:contacts.add')}</Button>}</Group>
      {detail.contacts.length === 0 && <Text c="dimmed">{t('orgs:contacts.none')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {detail.contacts.map((c) => (
          <Card key={c.id} opacity={c.erasedAt ? 0.6 : 1}>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={5}>{c.erasedAt ? t('orgs:contacts.erasedName') : c.name} {c.isPrimary && <Badge size="xs" variant="light">{t('orgs:contacts.primaryShort')}</Badge>}</Title>
                <Text size="sm" c="dimmed">{[c.position, t(`orgs:contactRole.${c.role}`)].filter(Boolean).join(' · ')}</Text>
                {c.email && <Text size="sm">{c.email}</Text>}
                {c.phone && <Text size="sm">{c.phone}</Text>}
                {c.erasedAt && <Text size="xs" c="dimmed">{t('orgs:contacts.erasedOn', { date: f.date(c.erasedAt) })}</Text>}
              </div>
              {can && !c.erasedAt && (
                <Menu position="bottom-end">
                  <Menu.Target><ActionIcon variant="subtle" aria-label={t('orgs:contacts.actions', { name: c.name })}><IconDots size={18} /></ActionIcon></Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => setEditing(c)}>{t('actions.edit')}</Menu.Item>
                    <Menu.Item onClick={() => setConsent(c)}>{t('orgs:consents.add')}</Menu.Item>
                    <Menu.Item onClick={() => void exportPerson(c)}>{t('orgs:contacts.export')}</Menu.Item>
                    <Menu.Divider />
                    <Menu.Item color="red" onClick={() => void erase(c)}>{t('orgs:contacts.erase')}</Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              )}
            </Group>
            {c.consents.length > 0 && (
              <Stack gap={2} mt="sm">
                {c.consents.map((k) => (
                  <Text key={k.id} size="xs">
                    <Badge size="xs" color={k.granted ? 'teal' : 'red'} variant="light" mr={6}>{k.granted ? t('orgs:consents.yes') : t('orgs:consents.no')}</Badge>
                    {t(`orgs:consentPurpose.${k.purpose}`)} · {f.date(k.givenOn)} · {k.source}
                  </Text>
                ))}
              </Stack>
            )}
          </Card>
        ))}
      </SimpleGrid>
      {editing && <ContactModal orgId={orgId} contact={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {consent && <ConsentModal orgId={orgId} contact={consent} onClose={() => setConsent(null)} />}
    </Stack>
  );
}
