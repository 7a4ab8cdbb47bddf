/** Self-service registration of applicants: ask for a link, then choose a password on the page it opens. */
import { Alert, Anchor, Button, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { applyProblem } from '../../api/forms';
import { Muted, PasswordFields, passwordValidation, SubmitRow } from './PasswordForm';
import { useSetSession } from './session';

const safe = (next: string | undefined) => (next && next.startsWith('/') && !next.startsWith('//') ? next : undefined);

export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const { next } = useSearch({ strict: false }) as { next?: string };
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({ initialValues: { name: '', email: '', locale: i18n.language === 'en' ? 'en' : 'es' } });
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      await unwrap(api.POST('/api/auth/register', { body: { ...v, locale: v.locale as 'es' | 'en', ...(safe(next) ? { next: safe(next) } : {}) } }));
      setSent(v.email);
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    } finally {
      setBusy(false);
    }
  });
  if (sent) {
    return (
      <Stack>
        <Title order={3}>{t('auth:register.sentTitle')}</Title>
        <Alert icon={<IconMailCheck size={18} />} color="teal">{t('auth:register.sent', { email: sent })}</Alert>
        <Muted>{t('auth:register.sentHint')}</Muted>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={3}>{t('auth:register.title')}</Title>
        <Muted>{t('auth:register.intro')}</Muted>
        <TextInput label={t('auth:fields.name')} autoComplete="name" required {...form.getInputProps('name')} />
        <TextInput label={t('auth:fields.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
        <Select label={t('language.label')} data={[{ value: 'es', label: t('language.es') }, { value: 'en', label: t('language.en') }]} allowDeselect={false} {...form.getInputProps('locale')} />
        <Button type="submit" loading={busy} fullWidth>{t('auth:register.submit')}</Button>
        <Text size="sm" ta="center">{t('auth:register.haveAccount')} <Anchor component={Link} to="/sign-in" search={(safe(next) ? { redirect: safe(next) } : {}) as never}>{t('auth:signIn.submit')}</Anchor></Text>
      </Stack>
    </form>
  );
}

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const { token = '', next } = useSearch({ strict: false }) as { token?: string; next?: string };
  const setSession = useSetSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const who = useQuery({ queryKey: ['verification', token], queryFn: () => unwrap(api.GET('/api/auth/verifications/{token}', { params: { path: { token } } })), enabled: token.length >= 20, retry: false });
  const form = useForm({ initialValues: { password: '', confirm: '' }, validate: passwordValidation(t) });
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    try {
      const s = await unwrap(api.POST('/api/auth/verifications/confirm', { body: { token, password: v.password } }));
      await setSession(s);
      await navigate({ to: safe(next) ?? '/funding' });
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    } finally {
      setBusy(false);
    }
  });
  if (who.isLoading) return <Loader />;
  if (who.error || token.length < 20) {
    return <Alert color="red" title={t('auth:register.invalidTitle')}>{who.error instanceof ApiError ? who.error.message : t('errors:identity.token_invalid')}</Alert>;
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={3}>{t('auth:register.verifyTitle')}</Title>
        <Muted>{t('auth:register.verifyIntro', { email: who.data?.email ?? '', name: who.data?.name ?? '' })}</Muted>
        <PasswordFields form={form} />
        <SubmitRow busy={busy} label={t('auth:register.verifySubmit')} />
      </Stack>
    </form>
  );
}
