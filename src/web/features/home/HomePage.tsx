import { Card, Group, SimpleGrid, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { mainNav, visible } from '../../components/nav';
import { useUser } from '../auth/session';

export function HomePage() {
  const { t } = useTranslation();
  const user = useUser();
  const modules = visible(mainNav, user.role).filter((m) => m.to !== '/');
  return (
    <>
      <Title order={2}>{t('home.welcome', { name: user.name.split(' ')[0] })}</Title>
      <Text c="dimmed" mt={4} mb="xl" maw={720}>{t('home.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {modules.map((m) => (
          <Card key={m.to} component={Link} to={m.to} padding="lg" className="hover-card">
            <Group>
              <ThemeIcon size={42} radius="md" variant="light"><m.icon size={24} /></ThemeIcon>
              <Text fw={600} size="lg">{t(m.label)}</Text>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
