/**
 * /funding/organisations: the organisations an applicant acts for, with their SME declarations;
 * registering a new one (tax id checked first) or claiming one already in the registry.
 */
import { Alert, Anchor, Badge, Button, Card, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBuildingPlus, IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VALUE_CHAIN_STAGES } from '../../../shared/value-chain';
import { api, unwrap, type Schemas } from '../../api/client';
import { applyProblem, notifySuccess, showError } from '../../api/forms';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { myOrganisationsQuery } from './queries';
import { SmeWizard } from './SmeWizard';

type Check = Schemas['TaxIdCheck'];

function RegisterModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [check, setCheck] = useState<Check | null>(null);
  const [message, setMessage] = useState('');
  const form = useForm({
    initialValues: { taxId: '', country: 'ES', legalName: '', tradeName: '', kind: 'company', website: '', naceCodes: [] as string[], stages: [] as string[], site: { name: '', address: '', postcode: '', city: '', country: 'ES', nutsCode: '' } },
  });
  const done = async (text: string) => {
    notifySuccess(text);
    await qc.invalidateQueries({ queryKey: ['funding', 'my'] });
    onClose();
  };
  const verify = async () => {
    try {
      setCheck(await unwrap(api.POST('/api/funding/my/organisations/check', { body: { taxId: form.values.taxId, country: form.values.country } })));
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  };
  const claim = async () => {
    try {
      const c = await unwrap(api.POST('/api/funding/my/claims', { body: { taxId: form.values.taxId, country: form.values.country, message: message || undefined } }));
      await done(c.status === 'approved' ? t('funding:organisations.claimApproved') : t('funding:organisations.claimSent'));
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  const register = form.onSubmit(async (v) => {
    try {
      const site = { ...v.site, country: v.country, nutsCode: v.site.nutsCode || null, isHeadquarters: true };
      await unwrap(api.POST('/api/funding/my/organisations', { body: { ...v, kind: v.kind as 'company', stages: v.stages as never, site, tradeName: v.tradeName || null, website: v.website || null } }));
      await done(t('funding:organisations.registered'));
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  const spain = form.values.country === 'ES';
  return (
    <Modal opened onClose={onClose} size="lg" title={t('funding:organisations.add')}>
      <Stack>
        <Group align="flex-end">
          <TextInput label={t('funding:organisations.taxId')} description={t('funding:organisations.taxIdHint')} style={{ flex: 1 }} {...form.getInputProps('taxId')} onChange={(e) => { form.setFieldValue('taxId', e.currentTarget.value); setCheck(null); }} />
          <TextInput label={t('funding:consortium.country')} w={90} maxLength={2} {...form.getInputProps('country')} onChange={(e) => { form.setFieldValue('country', e.currentTarget.value.toUpperCase()); setCheck(null); }} />
          <Button variant="default" onClick={() => void verify()} disabled={form.values.taxId.trim().length < 2}>{t('funding:organisations.check')}</Button>
        </Group>
        {check && !check.valid && <Alert color="red">{check.issue?.message}</Alert>}
        {check?.existing && (
          <Alert icon={<IconInfoCircle size={18} />} title={t('funding:organisations.exists', { name: check.existing.legalName })}>
            {check.existing.actsFor ? t('funding:organisations.alreadyYours') : check.existing.claimPending ? t('funding:organisations.claimPending') : (
              <Stack gap="xs">
                <Text size="sm">{t('funding:organisations.claimHint')}</Text>
                <Textarea label={t('funding:organisations.claimMessage')} autosize minRows={2} value={message} onChange={(e) => setMessage(e.currentTarget.value)} />
                <Button w="fit-content" onClick={() => void claim()}>{t('funding:organisations.claim')}</Button>
              </Stack>
            )}
          </Alert>
        )}
        {check?.valid && !check.existing && (
          <form onSubmit={register} noValidate>
            <Stack>
              <Alert color="teal" icon={<IconCheck size={18} />}>{t('funding:organisations.newOne', { taxId: check.normalised ?? '' })}</Alert>
              <TextInput label={t('orgs:fields.legalName')} required {...form.getInputProps('legalName')} />
              <SimpleGrid cols={2}>
                <TextInput label={t('orgs:fields.tradeName')} {...form.getInputProps('tradeName')} />
                <Select label={t('orgs:fields.kind')} allowDeselect={false} data={['company', 'university', 'research_centre', 'association'].map((k) => ({ value: k, label: t(`orgs:kind.${k}`) }))} {...form.getInputProps('kind')} />
              </SimpleGrid>
              <TextInput label={t('orgs:fields.website')} {...form.getInputProps('website')} />
              <SimpleGrid cols={2}>
                <TagsInput label={t('orgs:fields.naceCodes')} placeholder="08.11" {...form.getInputProps('naceCodes')} />
                <MultiSelect label={t('orgs:fields.stages')} data={VALUE_CHAIN_STAGES.map((s) => ({ value: s, label: t(`orgs:stage.${s}`) }))} {...form.getInputProps('stages')} />
              </SimpleGrid>
              <Title order={6}>{t('funding:organisations.headquarters')}</Title>
              <SimpleGrid cols={2}>
                <TextInput label={t('funding:organisations.siteName')} required {...form.getInputProps('site.name')} />
                <TextInput label={t('funding:organisations.address')} {...form.getInputProps('site.address')} />
                <TextInput label={t('funding:organisations.postcode')} {...form.getInputProps('site.postcode')} />
                <TextInput label={t('funding:organisations.city')} {...form.getInputProps('site.city')} />
                {!spain && <TextInput label={t('funding:organisations.nuts')} description={t('funding:organisations.nutsHint')} {...form.getInputProps('site.nutsCode')} />}
              </SimpleGrid>
              <Group justify="flex-end"><Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button><Button type="submit">{t('funding:organisations.register')}</Button></Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Modal>
  );
}

export function OrganisationsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useQuery(myOrganisationsQuery);
  const [adding, setAdding] = useState(false);
  const [declaring, setDeclaring] = useState<Schemas['MyOrganisation'] | null>(null);
  return (
    <>
      <Anchor component={Link} to="/funding" size="sm" mb="xs" display="inline-block">← {t('nav.funding')}</Anchor>
      <PageHeader title={t('funding:organisations.title')} description={t('funding:organisations.description')} actions={<Button leftSection={<IconBuildingPlus size={16} />} onClick={() => setAdding(true)}>{t('funding:organisations.add')}</Button>} />
      <QueryView query={query}>
        {(data) => (
          <Stack>
            {data.organisations.length === 0 && <Empty>{t('funding:organisations.none')}</Empty>}
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {data.organisations.map((o) => (
                <Card key={o.organisation.id} withBorder>
                  <Group justify="space-between" align="flex-start">
                    <div>
                      <Title order={4}>{o.organisation.legalName}</Title>
                      <Text size="sm" c="dimmed">{[o.organisation.taxId, o.headquarters?.city, o.headquarters?.nutsCode, o.organisation.country].filter(Boolean).join(' · ')}</Text>
                    </div>
                    <Badge variant="light" color={o.organisation.membershipStatus === 'active' ? 'teal' : 'gray'}>{t(`orgs:status.${o.organisation.membershipStatus}`)}</Badge>
                  </Group>
                  <Group mt="sm" gap="xs">
                    <Text size="sm">{t('funding:organisations.sme')}:</Text>
                    {o.declaration ? <Badge color={o.declaration.effectiveClass === 'large' ? 'red' : 'teal'}>{o.declaration.effectiveClass ? t(`orgs:size.${o.declaration.effectiveClass}`) : '—'}</Badge> : <Badge color="yellow" variant="light">{t('funding:organisations.notDeclared')}</Badge>}
                    {o.declaration && <Text size="xs" c="dimmed">{t('funding:organisations.declaredOn', { date: f.date(o.declaration.declaredAt), year: o.declaration.latestYear ?? '—' })}</Text>}
                  </Group>
                  <Group mt="md" gap="xs">
                    <Button size="xs" onClick={() => setDeclaring(o)}>{o.declaration ? t('funding:organisations.redeclare') : t('funding:organisations.declare')}</Button>
                    <Button size="xs" variant="default" component={Link} to="/members/$id" params={{ id: o.organisation.id } as never}>{t('funding:organisations.record')}</Button>
                  </Group>
                </Card>
              ))}
            </SimpleGrid>
            {data.claims.length > 0 && (
              <Card withBorder>
                <Title order={5} mb="xs">{t('funding:organisations.claims')}</Title>
                {data.claims.map((c) => (
                  <Group key={c.id} gap="xs"><Badge variant="light" color={c.status === 'approved' ? 'teal' : c.status === 'rejected' ? 'red' : 'yellow'}>{t(`funding:claims.status.${c.status}`)}</Badge><Text size="sm">{c.organisationName}</Text>{c.reason && <Text size="xs" c="dimmed">{c.reason}</Text>}</Group>
                ))}
              </Card>
            )}
          </Stack>
        )}
      </QueryView>
      {adding && <RegisterModal onClose={() => setAdding(false)} />}
      {declaring && <SmeWizard organisation={declaring.organisation} previous={declaring.declaration} onClose={() => setDeclaring(null)} />}
    </>
  );
}
