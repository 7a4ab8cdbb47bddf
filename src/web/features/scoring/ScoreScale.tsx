/** The scoring scale (0 to 5) and the threshold hints of a set of scores. */
import { Alert, Badge, Card, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SCORE_LEVELS } from '../../../shared/contracts/evaluation-scoring';
import { failureText } from '../../../shared/scoring-rules';
import { useFormat } from '../../i18n/format';
import { SCORE_OPTIONS, type CriterionDto, type HintsDto } from './queries';

export function ScaleCard() {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={5} mb="xs">{t('scoring:form.scaleTitle')}</Title>
      <Stack gap={4}>
        {SCORE_LEVELS.map((l) => (
          <Group key={l} gap="xs" wrap="nowrap">
            <Badge variant="light" w={32}>{l}</Badge>
            <Text size="sm">{t(`scoring:scale.${l}`)}</Text>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

export function ScoreSelect({ value, onChange, label, disabled, error }: { value: number | undefined; onChange: (v: number | undefined) => void; label: string; disabled?: boolean; error?: string | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const data = SCORE_OPTIONS.map((v) => ({ value: v, label: `${f.number(Number(v))}${Number.isInteger(Number(v)) ? ` · ${t(`scoring:scale.${v}`)}` : ''}` }));
  return <Select label={label} data={data} value={value === undefined ? null : String(value)} onChange={(v) => onChange(v === null ? undefined : Number(v))} disabled={disabled} error={error} clearable w={220} allowDeselect={false} />;
}

export function HintsCard({ hints, criteria, totalThreshold, advisory }: { hints: HintsDto; criteria: CriterionDto[]; totalThreshold: number; advisory?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder>
      <Title order={5} mb="xs">{t('scoring:form.hintsTitle')}</Title>
      <Text size="sm" mb="xs">{t('scoring:form.hintTotal', { total: hints.total, threshold: totalThreshold })}</Text>
      {!hints.complete && <Text size="sm" c="dimmed">{t('scoring:form.hintIncomplete')}</Text>}
      {hints.complete && hints.passes && <Alert color="teal" icon={<IconCircleCheck size={18} />}>{t('scoring:form.hintPasses')}</Alert>}
      {hints.complete && hints.passes === false && (
        <Alert color="orange" icon={<IconInfoCircle size={18} />} title={t('scoring:form.hintFails')}>
          <List size="sm">{hints.failures.map((x, i) => <List.Item key={i}>{failureText(x, criteria, t, i18n.language)}</List.Item>)}</List>
        </Alert>
      )}
      {advisory && <Text size="xs" c="dimmed" mt="xs">{t('scoring:form.advisory')}</Text>}
    </Card>
  );
}
