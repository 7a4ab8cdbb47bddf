/** The "choose a password" form shared by setup, invitation and reset pages. */
import { Button, PasswordInput, Progress, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

export function strength(password: string): number {
  let score = Math.min(60, password.length * 4);
  if (/[a-z]/.test(password) && /[A-Z]/.test(password)) score += 15;
  if (/\d/.test(password)) score += 10;
  if (/[^\w\s]/.test(password)) score += 15;
  return Math.min(100, score);
}

export function PasswordFields<T extends { password: string; confirm: string }>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  const value = form.values.password;
  const s = strength(value);
  return (
    <Stack gap="xs">
      <PasswordInput label={t('auth:fields.newPassword')} autoComplete="new-password" required description={t('auth:fields.passwordHint')} {...form.getInputProps('password')} />
      <Progress value={s} color={s < 50 ? 'red' : s < 80 ? 'yellow' : 'teal'} size="xs" aria-label={t('auth:fields.strength')} />
      <PasswordInput label={t('auth:fields.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
    </Stack>
  );
}

export function passwordValidation(t: (k: string) => string) {
  return {
    password: (v: string) => (v.length < 10 ? t('auth:fields.passwordTooShort') : null),
    confirm: (v: string, values: { password: string }) => (v !== values.password ? t('auth:fields.passwordsDiffer') : null),
  };
}

export function SubmitRow({ busy, label }: { busy: boolean; label: string }) {
  return (
    <Button type="submit" loading={busy} fullWidth>
      {label}
    </Button>
  );
}

export function Muted({ children }: { children: React.ReactNode }) {
  return <Text size="sm" c="dimmed">{children}</Text>;
}
