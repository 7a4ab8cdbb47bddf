/** The expert's own profile: keywords, languages and known relations (the rest is kept by staff). */
import { Button, Card, Group, Stack, TagsInput, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyProblem, notifySuccess } from '../../api/forms';
import { QueryView } from '../../components/Page';
import { myProfileQuery, useEvaluationRefresh, type Expert } from './queries';
import { RelationsEditor, type RelationRow } from './RelationsEditor';

export function OwnProfileCard() {
  const { t } = useTranslation();
  const me = useQuery(myProfileQuery);
  return (
    <Card withBorder>
      <Title order={4}>{t('evaluation:profile.title')}</Title>
      <QueryView query={me}>{(p) => <ProfileForm profile={p} />}</QueryView>
    </Card>
  );
}

function ProfileForm({ profile: p }: { profile: Expert }) {
  const { t } = useTranslation();
  const refresh = useEvaluationRefresh();
  const form = useForm({ initialValues: { keywords: p.keywords, languages: p.languages, relations: p.relations as RelationRow[] } });
  const save = useMutation({
    mutationFn: (v: typeof form.values) => unwrap(api.PATCH('/api/evaluation/me', { body: v })),
    onSuccess: () => {
      notifySuccess(t('evaluation:profile.saved'));
      void refresh();
    },
    onError: (err) => applyProblem(form, err, t('evaluation:profile.failed')),
  });
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))}>
      <Text size="sm" c="dimmed" mb="sm">{t('evaluation:profile.byStaff', { topics: p.topics.join(', ') || '—', min: p.minLoad, max: p.maxLoad })}</Text>
      <Stack>
        <TagsInput label={t('evaluation:fields.keywords')} description={t('evaluation:fields.keywordsHelp')} {...form.getInputProps('keywords')} />
        <TagsInput label={t('evaluation:fields.languages')} description={t('evaluation:fields.languagesHelp')} {...form.getInputProps('languages')} />
        <RelationsEditor value={form.values.relations} onChange={(v) => form.setFieldValue('relations', v)} errors={form.errors} />
        <Group justify="flex-end"><Button type="submit" loading={save.isPending}>{t('common:actions.save')}</Button></Group>
      </Stack>
    </form>
  );
}
