/** Vouchers (instruments) and the eligibility rules over consortium and organisation data. */
import { ActionIcon, Button, Card, Checkbox, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EU_COUNTRIES } from '../../../../shared/identifiers/countries';
import { VALUE_CHAIN_STAGES } from '../../../../shared/value-chain';
import { MoneyInput } from '../../../components/MoneyInput';
import { useFormat } from '../../../i18n/format';
import { useFundingLabels } from '../labels';
import type { CallForm } from './model';
import { slug } from './model';

const MORE_COUNTRIES = ['IS', 'LI', 'NO', 'CH', 'GB', 'UA', 'RS', 'TR', 'MA', 'US'];
type Quantifier = 'every' | { atLeast: number } | undefined;

function QuantifierInput({ value, onChange, readOnly }: { value: Quantifier; onChange: (q: Quantifier) => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const atLeast = typeof value === 'object' ? value.atLeast : null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Select w={170} aria-label={t('funding:rulesEditor.quantifier')} readOnly={readOnly} allowDeselect={false} value={atLeast === null ? 'every' : 'atLeast'} data={[{ value: 'every', label: t('funding:rulesEditor.every') }, { value: 'atLeast', label: t('funding:rulesEditor.atLeast') }]} onChange={(v) => onChange(v === 'every' ? 'every' : { atLeast: atLeast ?? 1 })} />
      {atLeast !== null && <NumberInput w={80} aria-label={t('funding:rulesEditor.atLeast')} min={1} allowDecimal={false} readOnly={readOnly} value={atLeast} onChange={(n) => onChange({ atLeast: typeof n === 'number' ? n : 1 })} />}
    </Group>
  );
}

function Instruments({ form, readOnly }: { form: CallForm; readOnly: boolean }) {
  const { t } = useTranslation();
  const list = form.values.rules.instruments;
  const p = (i: number, field: string) => `rules.instruments.${i}.${field}`;
  return (
    <Card withBorder>
      <Title order={5} mb="xs">{t('funding:rulesEditor.instruments')}</Title>
      <Stack gap="md">
        {list.map((inst, i) => (
          <Card key={i} withBorder bg="var(--mantine-color-gray-0)">
            <Group align="flex-end" wrap="wrap" gap="xs">
              <TextInput label={t('funding:editor.id')} w={130} readOnly={readOnly} {...form.getInputProps(p(i, 'id'))} />
              <TextInput label={t('funding:editor.nameEs')} style={{ flex: 1, minWidth: 180 }} readOnly={readOnly} {...form.getInputProps(p(i, 'nameEs'))} />
              <TextInput label={t('funding:editor.nameEn')} style={{ flex: 1, minWidth: 180 }} readOnly={readOnly} {...form.getInputProps(p(i, 'nameEn'))} />
              {!readOnly && <ActionIcon mb={6} variant="subtle" color="red" aria-label={t('actions.delete')} onClick={() => form.removeListItem('rules.instruments', i)}><IconTrash size={16} /></ActionIcon>}
            </Group>
            <SimpleGrid cols={{ base: 2, md: 5 }} mt="xs">
              <MoneyInput label={t('funding:rulesEditor.maxPerRecipient')} readOnly={readOnly} value={inst.maxPerRecipientCents ?? null} onChange={(c) => form.setFieldValue(p(i, 'maxPerRecipientCents'), c ?? undefined)} error={form.errors[p(i, 'maxPerRecipientCents')] as string | undefined} />
              <MoneyInput label={t('funding:rulesEditor.maxPerProject')} readOnly={readOnly} value={inst.maxPerProjectCents ?? null} onChange={(c) => form.setFieldValue(p(i, 'maxPerProjectCents'), c ?? undefined)} />
              <NumberInput label={t('funding:rulesEditor.trlMin')} min={1} max={9} allowDecimal={false} readOnly={readOnly} value={inst.trl?.min ?? ''} error={form.errors[p(i, 'trl')] as string | undefined} onChange={(n) => form.setFieldValue(p(i, 'trl'), typeof n === 'number' ? { min: n, max: inst.trl?.max ?? n } : undefined)} />
              <NumberInput label={t('funding:rulesEditor.trlMax')} min={1} max={9} allowDecimal={false} readOnly={readOnly} value={inst.trl?.max ?? ''} onChange={(n) => form.setFieldValue(p(i, 'trl'), typeof n === 'number' ? { min: inst.trl?.min ?? n, max: n } : undefined)} />
              <NumberInput label={t('funding:rulesEditor.duration')} min={1} max={120} allowDecimal={false} readOnly={readOnly} {...form.getInputProps(p(i, 'durationMonths'))} />
            </SimpleGrid>
          </Card>
        ))}
        {!readOnly && (
          <Button variant="default" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('rules.instruments', { id: slug(`voucher ${list.length + 1}`, list.map((x) => x.id)).toUpperCase(), nameEs: '', nameEn: '' })}>
            {t('funding:rulesEditor.addInstrument')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}

export function RulesTab({ form, readOnly }: { form: CallForm; readOnly: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useFundingLabels();
  const r = form.values.rules;
  const regionName = new Intl.DisplayNames([f.tag], { type: 'region' });
  const countries = [...EU_COUNTRIES, ...MORE_COUNTRIES].map((c) => ({ value: c, label: `${regionName.of(c) ?? c} (${c})` }));
  const roles = form.values.partnerRoles.map((x) => ({ value: x.id, label: labels.label(x) || x.id }));
  const set = (field: string, value: unknown) => form.setFieldValue(`rules.${field}`, value as never);
  return (
    <Stack>
      <Instruments form={form} readOnly={readOnly} />
      <Card withBorder>
        <Title order={5} mb="xs">{t('funding:rulesEditor.consortium')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput label={t('funding:rulesEditor.minPartners')} min={1} allowDecimal={false} readOnly={readOnly} {...form.getInputProps('rules.minPartners')} />
          <NumberInput label={t('funding:rulesEditor.maxPartners')} min={1} allowDecimal={false} readOnly={readOnly} {...form.getInputProps('rules.maxPartners')} />
          <NumberInput label={t('funding:rulesEditor.minCountries')} min={1} allowDecimal={false} readOnly={readOnly} {...form.getInputProps('rules.minDistinctCountries')} />
        </SimpleGrid>
        <Text size="sm" fw={500} mt="md">{t('funding:rulesEditor.requiredRoles')}</Text>
        {(r.requiredRoles ?? []).map((rr, i) => (
          <Group key={i} mt={4} gap="xs">
            <Select w={240} aria-label={t('funding:consortium.roles')} data={roles} readOnly={readOnly} {...form.getInputProps(`rules.requiredRoles.${i}.role`)} />
            <NumberInput w={90} aria-label={t('funding:rulesEditor.atLeast')} min={1} allowDecimal={false} readOnly={readOnly} value={rr.min} onChange={(n) => set(`requiredRoles.${i}.min`, typeof n === 'number' ? n : 1)} />
            {!readOnly && <ActionIcon variant="subtle" color="red" aria-label={t('actions.delete')} onClick={() => form.removeListItem('rules.requiredRoles', i)}><IconTrash size={16} /></ActionIcon>}
          </Group>
        ))}
        {!readOnly && <Button mt={6} variant="default" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} disabled={roles.length === 0} onClick={() => set('requiredRoles', [...(r.requiredRoles ?? []), { role: roles[0]?.value ?? '', min: 1 }])}>{t('funding:rulesEditor.addRole')}</Button>}
      </Card>
      <Card withBorder>
        <Title order={5} mb="xs">{t('funding:rulesEditor.who')}</Title>
        <Stack>
          <MultiSelect label={t('funding:rulesEditor.countries')} description={t('funding:rulesEditor.countriesHint')} searchable data={countries} readOnly={readOnly} value={r.eligibleCountries ?? []} onChange={(v) => set('eligibleCountries', v)} />
          <Group>
            <Checkbox label={t('funding:rulesEditor.smeOnly')} disabled={readOnly} checked={r.smeOnly ?? false} onChange={(e) => set('smeOnly', e.currentTarget.checked)} />
            <MultiSelect w={360} aria-label={t('funding:rulesEditor.smeClasses')} placeholder={t('funding:rulesEditor.smeClasses')} readOnly={readOnly} data={['micro', 'small', 'medium', 'large'].map((c) => ({ value: c, label: t(`orgs:size.${c}`) }))} value={r.allowedSmeClasses ?? []} onChange={(v) => set('allowedSmeClasses', v)} />
          </Group>
          <Text size="sm" fw={500}>{t('funding:rulesEditor.regions')}</Text>
          {(r.regions ?? []).map((reg, i) => (
            <Group key={i} gap="xs" align="flex-start">
              <TagsInput w={360} aria-label={t('funding:rulesEditor.nutsPrefixes')} placeholder="ES41, ES61…" readOnly={readOnly} value={reg.nutsPrefixes} onChange={(v) => set(`regions.${i}.nutsPrefixes`, v.map((x) => x.toUpperCase()))} error={form.errors[`rules.regions.${i}.nutsPrefixes`] as string | undefined} />
              <QuantifierInput value={reg.quantifier} readOnly={readOnly} onChange={(q) => set(`regions.${i}.quantifier`, q)} />
              {!readOnly && <ActionIcon variant="subtle" color="red" aria-label={t('actions.delete')} onClick={() => form.removeListItem('rules.regions', i)}><IconTrash size={16} /></ActionIcon>}
            </Group>
          ))}
          {!readOnly && <Button variant="default" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => set('regions', [...(r.regions ?? []), { nutsPrefixes: [], quantifier: 'every' }])}>{t('funding:rulesEditor.addRegion')}</Button>}
          <Group align="flex-end" gap="xs">
            <Checkbox label={t('funding:rulesEditor.membership')} disabled={readOnly} checked={Boolean(r.membershipRequired)} onChange={(e) => set('membershipRequired', e.currentTarget.checked ? 'every' : undefined)} />
            {r.membershipRequired && <QuantifierInput value={r.membershipRequired} readOnly={readOnly} onChange={(q) => set('membershipRequired', q)} />}
            {r.membershipRequired && <MultiSelect w={300} aria-label={t('funding:rulesEditor.membershipStatuses')} readOnly={readOnly} data={['active', 'pending', 'lapsed', 'none'].map((s) => ({ value: s, label: t(`funding:membership.${s}`) }))} value={r.membershipStatuses ?? ['active']} onChange={(v) => set('membershipStatuses', v)} />}
          </Group>
          <Group align="flex-end" gap="xs">
            <TagsInput w={360} label={t('funding:rulesEditor.nace')} placeholder="08, 23.7…" readOnly={readOnly} value={r.nace?.prefixes ?? []} onChange={(v) => set('nace', v.length ? { prefixes: v, quantifier: r.nace?.quantifier ?? 'every' } : undefined)} />
            {r.nace && <QuantifierInput value={r.nace.quantifier} readOnly={readOnly} onChange={(q) => set('nace.quantifier', q)} />}
          </Group>
          <Group align="flex-end" gap="xs">
            <MultiSelect w={360} label={t('funding:rulesEditor.stages')} readOnly={readOnly} data={VALUE_CHAIN_STAGES.map((s) => ({ value: s, label: t(`orgs:stage.${s}`) }))} value={r.stages?.allowed ?? []} onChange={(v) => set('stages', v.length ? { allowed: v, quantifier: r.stages?.quantifier ?? 'every' } : undefined)} />
            {r.stages && <QuantifierInput value={r.stages.quantifier} readOnly={readOnly} onChange={(q) => set('stages.quantifier', q)} />}
          </Group>
          <Text size="sm" c="dimmed">{t('funding:rulesEditor.capFromProgramme', { cap: f.money(r.perRecipientCapCents ?? 6_000_000) })}</Text>
        </Stack>
      </Card>
    </Stack>
  );
}
