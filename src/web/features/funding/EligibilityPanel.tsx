/**
 * The live eligibility panel: every rule of the call with its outcome in words (failures first),
 * and what is still missing before the application can be submitted.
 */
import { Alert, Badge, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFundingLabels } from './labels';
import type { ApplicationDto } from './queries';

export function EligibilityPanel({ app, compact = false }: { app: ApplicationDto; compact?: boolean }) {
  const { t } = useTranslation();
  const labels = useFundingLabels();
  const names = Object.fromEntries(app.partners.filter((p) => p.organisationId).map((p) => [p.organisationId!, p.organisationName ?? '']));
  const ctx = { names, roles: app.call.partnerRoles, instruments: app.call.rules.instruments };
  const questions = new Map(app.call.form.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
  const results = [...app.eligibility.results].sort((a, b) => Number(a.pass) - Number(b.pass));
  const shown = compact ? results.filter((r) => !r.pass) : results;
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t('funding:eligibility.title')}</Title>
        <Badge color={app.eligibility.eligible ? 'teal' : 'red'} variant="light">{app.eligibility.eligible ? t('funding:eligibility.eligible') : t('funding:eligibility.failing', { count: app.eligibility.failures.length })}</Badge>
      </Group>
      <Stack gap={6} aria-live="polite">
        {shown.map((r, i) => (
          <Group key={`${r.code}-${r.partnerId ?? ''}-${i}`} gap={8} wrap="nowrap" align="flex-start">
            <ThemeIcon size={20} radius="xl" color={r.pass ? 'teal' : 'red'} variant="light" aria-label={r.pass ? t('funding:eligibility.pass') : t('funding:eligibility.fail')}>
              {r.pass ? <IconCheck size={13} /> : <IconX size={13} />}
            </ThemeIcon>
            <Text size="sm">{labels.rule(r, ctx)}</Text>
          </Group>
        ))}
        {compact && shown.length === 0 && <Text size="sm" c="dimmed">{t('funding:eligibility.allPass', { count: results.length })}</Text>}
      </Stack>
      {app.completeness.length > 0 && (
        <Alert mt="md" color="yellow" icon={<IconAlertTriangle size={18} />} title={t('funding:completeness.title', { count: app.completeness.length })}>
          <List size="sm" spacing={2}>
            {app.completeness.map((c, i) => {
              const q = questions.get(c.path.split('.')[1] ?? '');
              const text = t(c.code, c.params);
              return <List.Item key={`${c.path}-${i}`}>{c.path.startsWith('answers.') && q ? <><Text span fw={600} size="sm">{labels.label(q)}</Text>: {text}</> : text}</List.Item>;
            })}
          </List>
        </Alert>
      )}
    </Card>
  );
}
