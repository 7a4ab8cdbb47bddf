/** Invite a person, and change a person's role, offices and status. */
import { Button, Group, Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/roles';
import { api, unwrap, type Schemas } from '../../api/client';
import { applyProblem, showError, notifySuccess } from '../../api/forms';
import { officesQuery } from './queries';

function useRoleOptions() {
  const { t } = useTranslation();
  return ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
}

function useOfficeOptions() {
  const offices = useQuery(officesQuery).data ?? [];
  return offices.map((o) => ({ value: o.id, label: o.name }));
}

export function InviteModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const form = useForm({ initialValues: { email: '', name: '', role: 'member' as Role, officeIds: [] as string[], locale: 'es' as 'es' | 'en' } });
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      await unwrap(api.POST('/api/users/invitations', { body: v }));
      notifySuccess(t('admin:users.invited', { email: v.email }));
      await qc.invalidateQueries({ queryKey: ['users'] });
      form.reset();
      onClose();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    } finally {
      setBusy(false);
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('admin:users.inviteTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('auth:fields.email')} type="email" required data-autofocus {...form.getInputProps('email')} />
          <TextInput label={t('auth:fields.name')} required {...form.getInputProps('name')} />
          <Select label={t('admin:users.role')} data={useRoleOptions()} allowDeselect={false} {...form.getInputProps('role')} />
          {form.values.role === 'staff' && (
            <MultiSelect label={t('admin:users.offices')} description={t('admin:users.officesHint')} data={useOfficeOptions()} required {...form.getInputProps('officeIds')} />
          )}
          <Select label={t('admin:users.mailLanguage')} data={[{ value: 'es', label: t('language.es') }, { value: 'en', label: t('language.en') }]} allowDeselect={false} {...form.getInputProps('locale')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={busy}>{t('admin:users.sendInvite')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function EditUserModal({ user, onClose }: { user: Schemas['User'] | null; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const roles = useRoleOptions();
  const offices = useOfficeOptions();
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { name: user?.name ?? '', role: (user?.role ?? 'member') as Role, officeIds: user?.officeIds ?? [], status: user?.status === 'disabled' ? 'disabled' : 'active' },
  });
  if (!user) return null;
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      await unwrap(api.PATCH('/api/users/{id}', { params: { path: { id: user.id } }, body: { ...v, status: user.status === 'invited' ? undefined : (v.status as 'active' | 'disabled') } }));
      notifySuccess(t('feedback.saved'));
      await qc.invalidateQueries({ queryKey: ['users'] });
      onClose();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    } finally {
      setBusy(false);
    }
  });
  const resend = async () => {
    try {
      await unwrap(api.POST('/api/users/{id}/invitation', { params: { path: { id: user.id } } }));
      notifySuccess(t('admin:users.invited', { email: user.email }));
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <Modal opened onClose={onClose} title={user.email} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('auth:fields.name')} {...form.getInputProps('name')} />
          <Select label={t('admin:users.role')} data={roles} allowDeselect={false} {...form.getInputProps('role')} />
          {form.values.role === 'staff' && <MultiSelect label={t('admin:users.offices')} data={offices} {...form.getInputProps('officeIds')} />}
          {user.status !== 'invited' && (
            <Select
              label={t('admin:users.status')}
              data={[{ value: 'active', label: t('status.active') }, { value: 'disabled', label: t('status.disabled') }]}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
          )}
          <Group justify="space-between">
            {user.status === 'invited' ? <Button variant="subtle" onClick={() => void resend()}>{t('admin:users.resend')}</Button> : <span />}
            <Group>
              <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
              <Button type="submit" loading={busy}>{t('actions.save')}</Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
