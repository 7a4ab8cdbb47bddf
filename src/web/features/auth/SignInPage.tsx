import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyProblem } from '../../api/forms';
import { useSession, useSetSession } from './session';

export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const setSession = useSetSession();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { redirect?: string };
  const [busy, setBusy] = useState(false);
  const form = useForm({ initialValues: { email: '', password: '' } });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    try {
      const s = await unwrap(api.POST('/api/auth/sign-in', { body: values }));
      await setSession(s);
      const target = search.redirect && search.redirect.startsWith('/') && !search.redirect.startsWith('//') ? search.redirect : '/';
      await navigate({ to: target });
    } catch (err) {
      if (!applyProblem(form, err, t('feedback.error'))) form.setFieldError('password', ' ');
    } finally {
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={3}>{t('auth:signIn.title')}</Title>
        {session?.setupNeeded && (
          <Alert color="ore" title={t('auth:signIn.setupNeededTitle')}>
            {t('auth:signIn.setupNeeded')}
          </Alert>
        )}
        <TextInput label={t('auth:fields.email')} type="email" autoComplete="username" required autoFocus {...form.getInputProps('email')} />
        <PasswordInput label={t('auth:fields.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
        <Button type="submit" loading={busy} fullWidth>{t('auth:signIn.submit')}</Button>
        <Text size="sm" ta="center">
          <Anchor component={Link} to="/forgot-password">{t('auth:signIn.forgot')}</Anchor>
        </Text>
        <Text size="sm" ta="center">
          <Anchor component={Link} to="/register" search={(search.redirect ? { next: search.redirect } : {}) as never}>{t('auth:signInRegister')}</Anchor>
        </Text>
      </Stack>
    </form>
  );
}
