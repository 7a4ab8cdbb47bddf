import { Alert, Loader, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { applyProblem } from '../../api/forms';
import { Muted, PasswordFields, passwordValidation, SubmitRow } from './PasswordForm';
import { useSetSession } from './session';

export function AcceptInvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useSearch({ strict: false }) as { token?: string };
  const setSession = useSetSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => unwrap(api.GET('/api/auth/invitations/{token}', { params: { path: { token } } })),
    enabled: token.length >= 20,
    retry: false,
  });
  const form = useForm({ initialValues: { name: '', password: '', confirm: '' }, validate: passwordValidation(t) });
  const { setFieldValue } = form;
  useEffect(() => {
    if (invitation.data) setFieldValue('name', invitation.data.name);
  }, [invitation.data, setFieldValue]);

  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      const s = await unwrap(api.POST('/api/auth/invitations/accept', { body: { token, password: v.password, name: v.name } }));
      await setSession(s);
      await navigate({ to: '/' });
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    } finally {
      setBusy(false);
    }
  });

  if (invitation.isLoading) return <Loader />;
  if (invitation.error || token.length < 20) {
    return <Alert color="red" title={t('auth:invite.invalidTitle')}>{invitation.error instanceof ApiError ? invitation.error.message : t('errors:identity.token_invalid')}</Alert>;
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={3}>{t('auth:invite.title')}</Title>
        <Muted>{t('auth:invite.intro', { email: invitation.data?.email ?? '' })}</Muted>
        <TextInput label={t('auth:fields.name')} required {...form.getInputProps('name')} />
        <PasswordFields form={form} />
        <SubmitRow busy={busy} label={t('auth:invite.submit')} />
      </Stack>
    </form>
  );
}
