/** Award criteria (thresholds, ranking weights, tie-break order), the payment scheme and how the amount is computed. */
import { ActionIcon, Badge, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MIN_COMMENT_LENGTH } from '../../../../shared/contracts/evaluation-scoring';
import type { CallForm, CallValues } from './model';

const DEFAULT_RANKING: NonNullable<CallValues['ranking']> = {
  criteria: [
    { id: 'excellence', labelEs: 'Excelencia', labelEn: 'Excellence', threshold: 3, weight: 1 },
    { id: 'impact', labelEs: 'Impacto', labelEn: 'Impact', threshold: 3, weight: 1 },
    { id: 'implementation', labelEs: 'Calidad y eficiencia de la ejecución', labelEn: 'Quality and efficiency of the implementation', threshold: 3, weight: 1 },
  ],
  totalThreshold: 10,
  tieOrder: ['tie.topics', 'tie.excellence', 'tie.impact', 'tie.gender', 'tie.countries'],
  minCommentLength: MIN_COMMENT_LENGTH,
};
const DEFAULT_SCHEME: NonNullable<CallValues['paymentScheme']> = {
  tranches: [
    { milestone: 'signature', labelEs: 'A la firma', labelEn: 'On signature', percent: 40 },
    { milestone: 'midTermReview', labelEs: 'Revisión intermedia', labelEn: 'Mid-term review', percent: 45 },
    { milestone: 'finalReport', labelEs: 'Aceptación del informe final', labelEn: 'Final report accepted', percent: 15 },
  ],
  rounding: 'largestRemainder',
};

function Criteria({ form, readOnly }: { form: CallForm; readOnly: boolean }) {
  const { t } = useTranslation();
  const ranking = form.values.ranking;
  if (!ranking) return <Button variant="light" w="fit-content" disabled={readOnly} onClick={() => form.setFieldValue('ranking', DEFAULT_RANKING)}>{t('funding:award.useDefault')}</Button>;
  const tieRules = ['tie.topics', ...ranking.criteria.map((c) => `tie.${c.id}`), 'tie.gender', 'tie.countries'];
  const tieLabel = (rule: string) => {
    const c = ranking.criteria.find((x) => `tie.${x.id}` === rule);
    return c ? t('funding:award.tieCriterion', { name: c.labelEn || c.id }) : t(`funding:award.tie.${rule.slice(4)}`);
  };
  return (
    <Stack gap="xs">
      {ranking.criteria.map((_, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput label={i === 0 ? t('funding:editor.id') : undefined} aria-label={t('funding:editor.id')} w={140} readOnly={readOnly} {...form.getInputProps(`ranking.criteria.${i}.id`)} />
          <TextInput label={i === 0 ? t('funding:editor.labelEs') : undefined} aria-label={t('funding:editor.labelEs')} style={{ flex: 1 }} readOnly={readOnly} {...form.getInputProps(`ranking.criteria.${i}.labelEs`)} />
          <TextInput label={i === 0 ? t('funding:editor.labelEn') : undefined} aria-label={t('funding:editor.labelEn')} style={{ flex: 1 }} readOnly={readOnly} {...form.getInputProps(`ranking.criteria.${i}.labelEn`)} />
          <NumberInput label={i === 0 ? t('funding:award.threshold') : undefined} aria-label={t('funding:award.threshold')} w={100} min={0} max={5} step={0.5} decimalScale={1} readOnly={readOnly} {...form.getInputProps(`ranking.criteria.${i}.threshold`)} />
          <NumberInput label={i === 0 ? t('funding:award.weight') : undefined} aria-label={t('funding:award.weight')} w={100} min={0.1} step={0.5} decimalScale={4} readOnly={readOnly} {...form.getInputProps(`ranking.criteria.${i}.weight`)} />
          {!readOnly && <ActionIcon variant="subtle" color="red" mb={6} aria-label={t('actions.delete')} onClick={() => form.removeListItem('ranking.criteria', i)}><IconTrash size={16} /></ActionIcon>}
        </Group>
      ))}
      {!readOnly && <Button variant="default" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('ranking.criteria', { id: `criterion${ranking.criteria.length + 1}`, labelEs: '', labelEn: '', threshold: 3, weight: 1 })}>{t('funding:award.addCriterion')}</Button>}
      <Group align="flex-start">
        <NumberInput w={220} label={t('funding:award.totalThreshold')} description={t('funding:award.totalHint', { max: ranking.criteria.length * 5 })} min={0} step={0.5} readOnly={readOnly} {...form.getInputProps('ranking.totalThreshold')} />
        <NumberInput w={320} label={t('funding:award.minComment')} description={t('funding:award.minCommentHint')} min={0} max={5000} step={50} allowDecimal={false} placeholder={String(MIN_COMMENT_LENGTH)} readOnly={readOnly} {...form.getInputProps('ranking.minCommentLength')} />
      </Group>
      <Text size="sm" fw={500}>{t('funding:award.tieOrder')}</Text>
      {ranking.tieOrder.map((rule, i) => (
        <Group key={rule} gap="xs">
          <Badge variant="light" w={28}>{i + 1}</Badge>
          <Text size="sm" style={{ flex: 1 }}>{tieLabel(rule)}</Text>
          {!readOnly && (
            <>
              <ActionIcon variant="subtle" aria-label={t('funding:editor.up')} disabled={i === 0} onClick={() => form.reorderListItem('ranking.tieOrder', { from: i, to: i - 1 })}><IconArrowUp size={16} /></ActionIcon>
              <ActionIcon variant="subtle" aria-label={t('funding:editor.down')} disabled={i === ranking.tieOrder.length - 1} onClick={() => form.reorderListItem('ranking.tieOrder', { from: i, to: i + 1 })}><IconArrowDown size={16} /></ActionIcon>
              <ActionIcon variant="subtle" color="red" aria-label={t('actions.delete')} onClick={() => form.removeListItem('ranking.tieOrder', i)}><IconTrash size={16} /></ActionIcon>
            </>
          )}
        </Group>
      ))}
      {!readOnly && tieRules.some((r) => !ranking.tieOrder.includes(r)) && (
        <Select w={320} placeholder={t('funding:award.addTie')} aria-label={t('funding:award.addTie')} data={tieRules.filter((r) => !ranking.tieOrder.includes(r)).map((r) => ({ value: r, label: tieLabel(r) }))} value={null} onChange={(v) => v && form.insertListItem('ranking.tieOrder', v)} />
      )}
    </Stack>
  );
}

function Payments({ form, readOnly }: { form: CallForm; readOnly: boolean }) {
  const { t } = useTranslation();
  const scheme = form.values.paymentScheme;
  if (!scheme) return <Button variant="light" w="fit-content" disabled={readOnly} onClick={() => form.setFieldValue('paymentScheme', DEFAULT_SCHEME)}>{t('funding:award.useDefaultScheme')}</Button>;
  const sum = Math.round(scheme.tranches.reduce((s, x) => s + Math.round((Number(x.percent) || 0) * 100), 0)) / 100;
  return (
    <Stack gap="xs">
      {scheme.tranches.map((_, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
          <TextInput aria-label={t('funding:award.milestone')} label={i === 0 ? t('funding:award.milestone') : undefined} w={160} readOnly={readOnly} {...form.getInputProps(`paymentScheme.tranches.${i}.milestone`)} />
          <TextInput aria-label={t('funding:editor.labelEs')} label={i === 0 ? t('funding:editor.labelEs') : undefined} style={{ flex: 1 }} readOnly={readOnly} {...form.getInputProps(`paymentScheme.tranches.${i}.labelEs`)} />
          <TextInput aria-label={t('funding:editor.labelEn')} label={i === 0 ? t('funding:editor.labelEn') : undefined} style={{ flex: 1 }} readOnly={readOnly} {...form.getInputProps(`paymentScheme.tranches.${i}.labelEn`)} />
          <NumberInput aria-label={t('funding:award.percent')} label={i === 0 ? t('funding:award.percent') : undefined} w={100} min={0.01} max={100} decimalScale={2} suffix=" %" readOnly={readOnly} {...form.getInputProps(`paymentScheme.tranches.${i}.percent`)} />
          {!readOnly && <ActionIcon variant="subtle" color="red" mb={6} aria-label={t('actions.delete')} onClick={() => form.removeListItem('paymentScheme.tranches', i)}><IconTrash size={16} /></ActionIcon>}
        </Group>
      ))}
      <Group>
        {!readOnly && <Button variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('paymentScheme.tranches', { milestone: `milestone${scheme.tranches.length + 1}`, labelEs: '', labelEn: '', percent: 0 })}>{t('funding:award.addTranche')}</Button>}
        <Badge color={sum === 100 ? 'teal' : 'red'} variant="light">{t('funding:award.sum', { sum })}</Badge>
      </Group>
      {form.errors['paymentScheme.tranches'] && <Text size="sm" c="red">{form.errors['paymentScheme.tranches']}</Text>}
    </Stack>
  );
}

function AmountRule({ form, readOnly }: { form: CallForm; readOnly: boolean }) {
  const { t } = useTranslation();
  const rule = form.values.amountRule;
  if (!rule) return <Button variant="light" w="fit-content" disabled={readOnly} onClick={() => form.setFieldValue('amountRule', { method: 'lump_sum', textEs: '', textEn: '' })}>{t('funding:award.defineAmount')}</Button>;
  return (
    <Stack gap="xs">
      <Group>
        <Select w={240} label={t('funding:award.method')} allowDeselect={false} readOnly={readOnly} data={['lump_sum', 'cost_share', 'other'].map((m) => ({ value: m, label: t(`funding:award.methods.${m}`) }))} {...form.getInputProps('amountRule.method')} />
        {rule.method === 'cost_share' && <NumberInput w={160} label={t('funding:award.rate')} min={1} max={100} suffix=" %" readOnly={readOnly} {...form.getInputProps('amountRule.fundingRatePercent')} />}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Textarea label={t('funding:editor.textEs')} autosize minRows={2} readOnly={readOnly} {...form.getInputProps('amountRule.textEs')} />
        <Textarea label={t('funding:editor.textEn')} autosize minRows={2} readOnly={readOnly} {...form.getInputProps('amountRule.textEn')} />
      </SimpleGrid>
    </Stack>
  );
}

export function AwardTab({ form, readOnly }: { form: CallForm; readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Card withBorder><Title order={5} mb="xs">{t('funding:award.criteria')}</Title><Text size="xs" c="dimmed" mb="sm">{t('funding:award.criteriaHint')}</Text><Criteria form={form} readOnly={readOnly} /></Card>
      <Card withBorder><Title order={5} mb="xs">{t('funding:award.payments')}</Title><Payments form={form} readOnly={readOnly} /></Card>
      <Card withBorder><Title order={5} mb="xs">{t('funding:award.amount')}</Title><AmountRule form={form} readOnly={readOnly} /></Card>
    </Stack>
  );
}
