/** Applicants: the outcome of their application and its letter (read only), once the letters are sent. */
import { Badge, Card, Group, Spoiler, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { outcomeQuery } from './queries';

const COLOR = { selected: 'teal', reserve: 'yellow', rejected: 'red', declined: 'gray' } as const;

export function OutcomePanel({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useQuery(outcomeQuery(applicationId));
  const o = query.data;
  if (!o?.published || !o.outcome) return null;
  return (
    <Card withBorder mb="md" aria-label={t('awards:outcome.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('awards:outcome.title')}</Title>
        <Badge color={COLOR[o.outcome]} variant="light" size="lg">{o.outcome === 'reserve' ? t('awards:decision.reservePosition', { position: o.reservePosition ?? 0 }) : t(`awards:decision.${o.outcome}`)}</Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">{t('awards:outcome.decided', { date: f.date(o.decisionDate) })}</Text>
      {o.letter && (
        <>
          <Text fw={600} size="sm">{o.letter.subject}</Text>
          <Spoiler maxHeight={160} showLabel={t('awards:outcome.more')} hideLabel={t('awards:outcome.less')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{o.letter.body}</Text>
          </Spoiler>
        </>
      )}
    </Card>
  );
}
