/** The raw-materials section: its own tab bar over the pages, then the page. */
import { ScrollArea, Tabs } from '@mantine/core';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

const TABS = [
  { to: '/materials', key: 'catalogue' },
  { to: '/materials/criticality', key: 'criticality' },
  { to: '/materials/what-if', key: 'whatIf' },
  { to: '/materials/benchmarks', key: 'benchmarks' },
  { to: '/materials/coverage', key: 'coverage' },
  { to: '/materials/battery', key: 'battery' },
  { to: '/materials/datasets', key: 'datasets' },
] as const;

function activeTab(path: string): string {
  const found = TABS.slice(1).find((t) => path === t.to || path.startsWith(`${t.to}/`));
  return found?.to ?? '/materials';
}

export function MaterialsLayout(): React.JSX.Element {
  const { t } = useTranslation('materials');
  const path = useRouterState({ select: (s) => s.location.pathname });
  return (
    <>
      <ScrollArea type="never" mb="lg">
        <Tabs value={activeTab(path)} variant="outline" aria-label={t('title')}>
          <Tabs.List style={{ flexWrap: 'nowrap' }}>
            {TABS.map((tab) => (
              <Tabs.Tab key={tab.to} value={tab.to} renderRoot={(props) => <Link to={tab.to} {...props} />}>
                {t(`tabs.${tab.key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      </ScrollArea>
      <Outlet />
    </>
  );
}
