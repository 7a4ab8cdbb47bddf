/** My account: name and language, password, sessions, API tokens. */
import { Alert, Button, Code, CopyButton, Group, Paper, PasswordInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyProblem, showError, notifySuccess } from '../../api/forms';
import { PageHeader } from '../../components/Page';
import { changeLanguage } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { sessionQuery, useSession, useUser } from '../auth/session';

function ProfileCard() {
  const { t } = useTranslation();
  const user = useUser();
  const session = useSession();
  const qc = useQueryClient();
  const form = useForm({ initialValues: { name: user.name, locale: user.locale as string } });
  const submit = form.onSubmit(async (v) => {
    try {
      const updated = await unwrap(api.PATCH('/api/account', { body: { name: v.name, locale: v.locale as 'es' | 'en' } }));
      await changeLanguage(updated.locale);
      qc.setQueryData(sessionQuery.queryKey, { ...session!, user: updated });
      notifySuccess(t('feedback.saved'));
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  return (
    <Paper p="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={4}>{t('admin:account.profile')}</Title>
          <TextInput label={t('auth:fields.email')} value={user.email} readOnly disabled />
          <TextInput label={t('auth:fields.name')} {...form.getInputProps('name')} />
          <Select label={t('language.label')} data={[{ value: 'es', label: t('language.es') }, { value: 'en', label: t('language.en') }]} allowDeselect={false} {...form.getInputProps('locale')} />
          <Group><Button type="submit">{t('actions.save')}</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}

function PasswordCard() {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { currentPassword: '', newPassword: '' } });
  const submit = form.onSubmit(async (v) => {
    try {
      await unwrap(api.POST('/api/account/password', { body: v }));
      form.reset();
      notifySuccess(t('admin:account.passwordChanged'));
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  const signOutOthers = async () => {
    try {
      const r = await unwrap(api.POST('/api/auth/sessions/revoke-others'));
      notifySuccess(t('admin:account.othersSignedOut', { count: r.revoked }));
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <Paper p="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={4}>{t('admin:account.password')}</Title>
          <PasswordInput label={t('admin:account.currentPassword')} autoComplete="current-password" {...form.getInputProps('currentPassword')} />
          <PasswordInput label={t('auth:fields.newPassword')} autoComplete="new-password" description={t('auth:fields.passwordHint')} {...form.getInputProps('newPassword')} />
          <Group justify="space-between">
            <Button type="submit">{t('admin:account.changePassword')}</Button>
            <Button variant="subtle" onClick={() => void signOutOthers()}>{t('admin:account.signOutOthers')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function TokensCard() {
  const { t } = useTranslation();
  const f = useFormat();
  const qc = useQueryClient();
  const tokens = useQuery({ queryKey: ['tokens'], queryFn: () => unwrap(api.GET('/api/account/tokens')) });
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm({ initialValues: { name: '' } });
  const create = form.onSubmit(async (v) => {
    try {
      const created = await unwrap(api.POST('/api/account/tokens', { body: { name: v.name } }));
      setSecret(created.secret);
      form.reset();
      await qc.invalidateQueries({ queryKey: ['tokens'] });
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  const revoke = async (id: string) => {
    await unwrap(api.DELETE('/api/account/tokens/{id}', { params: { path: { id } } })).catch((err: unknown) => showError(err, t('feedback.error')));
    await qc.invalidateQueries({ queryKey: ['tokens'] });
  };
  return (
    <Paper p="lg">
      <Stack>
        <Title order={4}>{t('admin:account.tokens')}</Title>
        <Text size="sm" c="dimmed">{t('admin:account.tokensHint')}</Text>
        {secret && (
          <Alert color="ore" title={t('admin:account.tokenOnce')}>
            <Group wrap="nowrap">
              <Code style={{ wordBreak: 'break-all' }}>{secret}</Code>
              <CopyButton value={secret}>{({ copied, copy }) => <Button size="xs" onClick={copy}>{copied ? t('actions.copied') : t('actions.copy')}</Button>}</CopyButton>
            </Group>
          </Alert>
        )}
        <form onSubmit={create} noValidate>
          <Group align="flex-end">
            <TextInput label={t('admin:account.tokenName')} placeholder="CLI" {...form.getInputProps('name')} />
            <Button type="submit">{t('actions.create')}</Button>
          </Group>
        </form>
        {(tokens.data ?? []).length > 0 && (
          <Table>
            <Table.Tbody>
              {(tokens.data ?? []).map((tk) => (
                <Table.Tr key={tk.id}>
                  <Table.Td><Text fw={500}>{tk.name}</Text><Text size="xs" c="dimmed">{tk.prefix}…</Text></Table.Td>
                  <Table.Td><Text size="xs">{t('admin:account.lastUsed')}: {f.dateTime(tk.lastUsedAt)}</Text></Table.Td>
                  <Table.Td>{tk.revokedAt ? <Text size="xs" c="dimmed">{t('admin:account.revoked')}</Text> : <Button size="xs" color="red" variant="subtle" onClick={() => void revoke(tk.id)}>{t('admin:account.revoke')}</Button>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.account')} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ProfileCard />
        <PasswordCard />
        <TokensCard />
      </SimpleGrid>
    </>
  );
}
