/** The public call pages (no sign-in): the list of calls and one call with everything an applicant must know. */
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconLogin, IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useSession } from '../auth/session';
import { ApplyModal } from './ApplicantHome';
import { CallDetails } from './CallDetails';
import { Countdown, DeadlineText } from './Deadline';
import { useFundingLabels } from './labels';
import { publicCallQuery, publicCallsQuery } from './queries';

export function PublicCallsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useFundingLabels();
  const query = useQuery(publicCallsQuery);
  return (
    <>
      <Title order={2} mb={4}>{t('funding:public.title')}</Title>
      <Text c="dimmed" mb="lg">{t('funding:public.description')}</Text>
      <QueryView query={query}>
        {(data) => (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {data.items.length === 0 && <Empty>{t('funding:public.none')}</Empty>}
            {data.items.map((c) => (
              <Card key={c.code} padding="lg" withBorder style={{ opacity: c.open ? 1 : 0.8 }}>
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Text size="xs" c="dimmed" fw={600}>{c.programmeName}</Text>
                  <Badge color={c.open ? 'teal' : 'gray'} variant="light">{c.open ? t('funding:public.open') : t('funding:public.closed')}</Badge>
                </Group>
                <Title order={4} my={6}><Anchor component={Link} to="/calls/$code" params={{ code: c.code } as never} c="inherit">{labels.title(c)}</Anchor></Title>
                <Text size="sm" lineClamp={3} mb="sm">{labels.text(c.summaryEs, c.summaryEn)}</Text>
                <Group gap="xs" mb="sm">{c.instruments.map((i) => <Badge key={i.id} variant="outline">{labels.name(i)}{i.maxPerRecipientCents !== null ? ` · ${f.money(i.maxPerRecipientCents)}` : ''}</Badge>)}</Group>
                <Group justify="space-between" align="flex-end">
                  <DeadlineText deadlineAt={c.deadlineAt} zone={c.deadlineZone} />
                  {c.open && <Countdown deadlineAt={c.deadlineAt} serverNow={data.serverNow} size="sm" />}
                </Group>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </QueryView>
    </>
  );
}

export function PublicCallPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const labels = useFundingLabels();
  const session = useSession();
  const query = useQuery(publicCallQuery(code));
  const [applying, setApplying] = useState(false);
  const role = session?.user?.role;
  return (
    <QueryView query={query}>
      {(c) => {
        const open = c.status === 'published' && c.deadlineAt !== null && new Date(c.deadlineAt).getTime() > new Date(c.serverNow).getTime();
        return (
          <>
            <Anchor component={Link} to="/calls" size="sm">← {t('funding:public.title')}</Anchor>
            <Group justify="space-between" align="flex-start" mt="xs" mb="lg">
              <div>
                <Text size="sm" c="dimmed" fw={600}>{c.programmeName} · {c.code}</Text>
                <Title order={2}>{labels.title(c)}</Title>
                <Text c="dimmed" maw={820} mt={4}>{labels.text(c.summaryEs, c.summaryEn)}</Text>
              </div>
              <Card withBorder miw={300}>
                <Stack gap="xs">
                  <Text size="xs" c="dimmed" tt="uppercase" fw={700}>{t('funding:call.deadline')}</Text>
                  <DeadlineText deadlineAt={c.deadlineAt} zone={c.deadlineZone} />
                  <Countdown deadlineAt={c.deadlineAt} serverNow={c.serverNow} />
                  {open && !session?.user && (
                    <Group gap="xs" mt="xs">
                      <Button component={Link} to="/register" search={{ next: `/calls/${c.code}` } as never} leftSection={<IconUserPlus size={16} />}>{t('funding:public.registerToApply')}</Button>
                      <Button component={Link} to="/sign-in" search={{ redirect: `/calls/${c.code}` } as never} variant="default" leftSection={<IconLogin size={16} />}>{t('orgs:public.signIn')}</Button>
                    </Group>
                  )}
                  {open && (role === 'applicant' || role === 'member') && <Button mt="xs" onClick={() => setApplying(true)}>{t('funding:apply.button')}</Button>}
                </Stack>
              </Card>
            </Group>
            <CallDetails call={c} />
            {applying && <ApplyModal code={c.code} onClose={() => setApplying(false)} />}
          </>
        );
      }}
    </QueryView>
  );
}
