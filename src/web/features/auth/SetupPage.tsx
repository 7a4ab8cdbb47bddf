import { Alert, Select, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyProblem } from '../../api/forms';
import { currentLocale } from '../../i18n';
import { Muted, PasswordFields, passwordValidation, SubmitRow } from './PasswordForm';
import { useSetSession } from './session';

/** First run: create the first administrator with the token printed in the server log. */
export function SetupPage() {
  const { t } = useTranslation();
  const search = useSearch({ strict: false }) as { token?: string };
  const setSession = useSetSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { name: '', email: '', password: '', confirm: '', locale: currentLocale() as string },
    validate: passwordValidation(t),
  });
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      const s = await unwrap(
        api.POST('/api/auth/setup', { body: { token: search.token ?? '', name: v.name, email: v.email, password: v.password, locale: v.locale as 'es' | 'en' } }),
      );
      await setSession(s);
      await navigate({ to: '/' });
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    } finally {
      setBusy(false);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={3}>{t('auth:setup.title')}</Title>
        <Muted>{t('auth:setup.intro')}</Muted>
        {!search.token && <Alert color="red">{t('auth:setup.noToken')}</Alert>}
        <TextInput label={t('auth:fields.name')} required autoComplete="name" {...form.getInputProps('name')} />
        <TextInput label={t('auth:fields.email')} type="email" required autoComplete="username" {...form.getInputProps('email')} />
        <Select label={t('language.label')} data={[{ value: 'es', label: t('language.es') }, { value: 'en', label: t('language.en') }]} allowDeselect={false} {...form.getInputProps('locale')} />
        <PasswordFields form={form} />
        <SubmitRow busy={busy} label={t('auth:setup.submit')} />
      </Stack>
    </form>
  );
}
