/** The impact section's own navigation: dashboard, measures, meters, emission factors. */
import { Tabs } from '@mantine/core';
import { IconBolt, IconChartBar, IconGauge, IconLeaf } from '@tabler/icons-react';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useImpactRights } from './queries';

const TABS = [
  { to: '/impact', key: 'dashboard', icon: IconChartBar, records: false },
  { to: '/impact/measures', key: 'measures', icon: IconLeaf, records: true },
  { to: '/impact/meters', key: 'meters', icon: IconGauge, records: true },
  { to: '/impact/factors', key: 'factors', icon: IconBolt, records: false },
] as const;

export function ImpactTabs() {
  const { t } = useTranslation('impact');
  const rights = useImpactRights();
  const navigate = useNavigate();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const tabs = TABS.filter((tab) => !tab.records || rights.records);
  const active = [...tabs].reverse().find((tab) => (tab.to === '/impact' ? path === '/impact' : path.startsWith(tab.to)))?.to ?? (path.startsWith('/impact/sites') ? '/impact/meters' : '/impact/measures');
  return (
    <Tabs value={active} onChange={(v) => v && void navigate({ to: v })} mb="lg" keepMounted={false}>
      <Tabs.List aria-label={t('tabs.label')}>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.to} value={tab.to} leftSection={<tab.icon size={16} aria-hidden />}>
            {t(`tabs.${tab.key}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
