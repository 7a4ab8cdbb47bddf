/** Register an organisation: profile and its main site. */
import { Button, Divider, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVINCES } from '../../../shared/identifiers/provinces';
import { api, unwrap } from '../../api/client';
import { applyProblem, notifySuccess } from '../../api/forms';
import { useUser } from '../auth/session';
import { emptyProfile, profileBody, ProfileFields, type ProfileValues } from './ProfileFields';

type Values = ProfileValues & { site: { name: string; address: string; postcode: string; city: string; provinceCode: string | null } };

export function NewOrganisationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({ initialValues: { ...emptyProfile(), officeId: user.officeIds[0] ?? null, site: { name: '', address: '', postcode: '', city: '', provinceCode: null } } });
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      const hasSite = v.site.city || v.site.postcode || v.site.address;
      const site = { ...v.site, name: v.site.name || t('orgs:sites.headquarters'), country: v.country, isHeadquarters: true };
      const created = await unwrap(api.POST('/api/organisations', { body: { ...profileBody(v, true), sites: hasSite ? [site] : [] } }));
      notifySuccess(t('orgs:directory.created', { name: created.legalName }));
      await qc.invalidateQueries({ queryKey: ['directory'] });
      form.reset();
      onClose();
      await navigate({ to: '/members/$id', params: { id: created.id } });
    } catch (err) {
      applyProblem({ setFieldError: (path, msg) => form.setFieldError(path.replace(/^sites\.0\./, 'site.'), msg) }, err, t('feedback.error'));
    } finally {
      setBusy(false);
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('orgs:directory.new')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProfileFields form={form as never} showOffice />
          <Divider label={t('orgs:sites.headquarters')} labelPosition="left" />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('orgs:sites.address')} {...form.getInputProps('site.address')} />
            <TextInput label={t('orgs:sites.postcode')} {...form.getInputProps('site.postcode')} />
            <TextInput label={t('orgs:sites.city')} {...form.getInputProps('site.city')} />
            <Select label={t('orgs:sites.province')} description={t('orgs:sites.provinceHint')} data={PROVINCES.map((p) => ({ value: p.ine, label: p.name.es }))} searchable clearable {...form.getInputProps('site.provinceCode')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={busy}>{t('actions.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
