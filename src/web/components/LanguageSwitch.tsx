import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../shared/i18n/locales';
import { api, unwrap } from '../api/client';
import { changeLanguage, currentLocale } from '../i18n';
import { sessionQuery, useSession } from '../features/auth/session';

/** Switches the interface language; when signed in, the choice is saved in the profile. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const session = useSession();
  const qc = useQueryClient();
  const onChange = async (value: string) => {
    const locale = value as Locale;
    await changeLanguage(locale);
    if (session?.user) {
      const user = await unwrap(api.PATCH('/api/account', { body: { locale } }));
      qc.setQueryData(sessionQuery.queryKey, { ...session, user });
    }
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={currentLocale()}
      onChange={(v) => void onChange(v)}
      data={LOCALES.map((l) => ({ value: l, label: l.toUpperCase() }))}
    />
  );
}
