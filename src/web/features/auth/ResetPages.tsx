import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyProblem } from '../../api/forms';
import { Muted, PasswordFields, passwordValidation, SubmitRow } from './PasswordForm';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useForm({ initialValues: { email: '' } });
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      await unwrap(api.POST('/api/auth/password-reset', { body: v }));
      setSent(true);
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    } finally {
      setBusy(false);
    }
  });
  if (sent) {
    return (
      <Stack>
        <Title order={3}>{t('auth:forgot.sentTitle')}</Title>
        <Text>{t('auth:forgot.sent', { email: form.values.email })}</Text>
        <Anchor component={Link} to="/sign-in">{t('auth:backToSignIn')}</Anchor>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={3}>{t('auth:forgot.title')}</Title>
        <Muted>{t('auth:forgot.intro')}</Muted>
        <TextInput label={t('auth:fields.email')} type="email" required autoComplete="username" {...form.getInputProps('email')} />
        <Button type="submit" loading={busy}>{t('auth:forgot.submit')}</Button>
        <Anchor component={Link} to="/sign-in" size="sm">{t('auth:backToSignIn')}</Anchor>
      </Stack>
    </form>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useSearch({ strict: false }) as { token?: string };
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useForm({ initialValues: { password: '', confirm: '' }, validate: passwordValidation(t) });
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      await unwrap(api.POST('/api/auth/password-reset/confirm', { body: { token, password: v.password } }));
      setDone(true);
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    } finally {
      setBusy(false);
    }
  });
  if (done) {
    return (
      <Stack>
        <Alert color="teal" title={t('auth:reset.doneTitle')}>{t('auth:reset.done')}</Alert>
        <Button component={Link} to="/sign-in">{t('auth:signIn.submit')}</Button>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={3}>{t('auth:reset.title')}</Title>
        <PasswordFields form={form} />
        <SubmitRow busy={busy} label={t('auth:reset.submit')} />
      </Stack>
    </form>
  );
}
