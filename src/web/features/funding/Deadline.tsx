/**
 * A deadline in the call's time zone and in the visitor's, and a countdown that follows the
 * server's clock (the offset to the browser's clock is measured when the call was fetched).
 */
import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

export function formatInZone(tag: string, iso: string, zone: string): string {
  return new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: zone, timeZoneName: 'short' }).format(new Date(iso));
}

const visitorZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function DeadlineText({ deadlineAt, zone }: { deadlineAt: string | null; zone: string | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!deadlineAt || !zone) return <Text c="dimmed">{t('funding:deadline.none')}</Text>;
  const mine = visitorZone();
  return (
    <Stack gap={2}>
      <Text fw={600}>{formatInZone(f.tag, deadlineAt, zone)} <Text span c="dimmed" size="sm">({zone.replace(/_/g, ' ')})</Text></Text>
      {mine !== zone && <Text size="sm" c="dimmed">{t('funding:deadline.yourTime', { time: formatInZone(f.tag, deadlineAt, mine) })}</Text>}
    </Stack>
  );
}

function parts(ms: number) {
  const s = Math.max(0, Math.floor(ms / 1000));
  return { days: Math.floor(s / 86_400), hours: Math.floor((s % 86_400) / 3600), minutes: Math.floor((s % 3600) / 60), seconds: s % 60 };
}

/** Time left until the deadline by the server's clock; "closed" once it has passed. */
export function Countdown({ deadlineAt, serverNow, size = 'md' }: { deadlineAt: string | null; serverNow: string; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  const offset = useMemo(() => new Date(serverNow).getTime() - Date.now(), [serverNow]);
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now() + offset), 1000);
    return () => window.clearInterval(timer);
  }, [offset]);
  if (!deadlineAt) return null;
  const left = new Date(deadlineAt).getTime() - now;
  if (left <= 0) return <Badge color="gray" size={size === 'sm' ? 'sm' : 'lg'} variant="light">{t('funding:deadline.closed')}</Badge>;
  const p = parts(left);
  const urgent = left < 86_400_000;
  return (
    <Group gap={6} wrap="nowrap" role="timer" aria-live="off" aria-label={t('funding:deadline.left', p)}>
      <IconClockHour4 size={size === 'sm' ? 14 : 18} aria-hidden color={urgent ? 'var(--mantine-color-red-6)' : undefined} />
      <Text size={size} fw={600} c={urgent ? 'red' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {t('funding:deadline.left', p)}
      </Text>
    </Group>
  );
}
