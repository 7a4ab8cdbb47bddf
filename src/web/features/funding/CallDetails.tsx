/** Everything a published call says: text, who may apply, vouchers, criteria, amounts and payments, form, documents. */
import { Accordion, Anchor, Badge, Card, Grid, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileDescription } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { FormSections } from './FormSections';
import { useFundingLabels } from './labels';
import type { PublicCall } from './queries';

const lower = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);

function Who({ call }: { call: PublicCall }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useFundingLabels();
  const r = call.rules;
  const names = new Intl.DisplayNames([f.tag], { type: 'region' });
  const q = (x: 'every' | { atLeast: number } | undefined) => (x === undefined || x === 'every' ? t('funding:who.every') : t('funding:who.atLeast', { count: x.atLeast }));
  const items: string[] = [];
  if (r.minPartners !== undefined || r.maxPartners !== undefined) items.push(t('funding:who.partners', { min: r.minPartners ?? 1, max: r.maxPartners ?? '∞' }));
  if (r.minDistinctCountries) items.push(t('funding:who.countriesMin', { count: r.minDistinctCountries }));
  if (r.eligibleCountries?.length) items.push(t('funding:who.countries', { list: r.eligibleCountries.map((c) => names.of(c) ?? c).join(', ') }));
  for (const rr of r.requiredRoles ?? []) items.push(t('funding:who.role', { count: rr.min, role: lower(labels.of(call.partnerRoles, rr.role)) }));
  if (r.smeOnly) items.push(t('funding:who.sme'));
  if (r.allowedSmeClasses?.length) items.push(t('funding:who.smeClasses', { list: r.allowedSmeClasses.map((c) => t(`orgs:size.${c}`)).join(', ') }));
  for (const reg of r.regions ?? []) items.push(t('funding:who.region', { who: q(reg.quantifier), list: reg.nutsPrefixes.join(', ') }));
  if (r.membershipRequired) items.push(t('funding:who.membership', { who: q(r.membershipRequired) }));
  if (r.nace) items.push(t('funding:who.nace', { who: q(r.nace.quantifier), list: r.nace.prefixes.join(', ') }));
  if (r.stages) items.push(t('funding:who.stages', { who: q(r.stages.quantifier), list: r.stages.allowed.map((s) => t(`orgs:stage.${s}`)).join(', ') }));
  items.push(t('funding:who.cap', { amount: f.money(call.recipientCapCents) }));
  if (call.deMinimis) items.push(t('funding:who.deMinimis'));
  return <List spacing={4} size="sm">{items.map((i) => <List.Item key={i}>{i}</List.Item>)}</List>;
}

export function CallDetails({ call }: { call: PublicCall }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useFundingLabels();
  const text = labels.text(call.textEs, call.textEn);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack>
          <Card withBorder>
            {text.split(/\n{2,}/).map((p, i) => <Text key={i} mb="sm">{p}</Text>)}
            {call.activities.length > 0 && (<><Title order={5} mt="sm">{t('funding:call.activities')}</Title><List size="sm" mt={4}>{call.activities.map((a) => <List.Item key={a.id}>{labels.label(a)}</List.Item>)}</List></>)}
            {call.topics.length > 0 && <Group gap={6} mt="md">{call.topics.map((tp) => <Badge key={tp.id} variant="light">{labels.label(tp)}</Badge>)}</Group>}
          </Card>
          <Card withBorder>
            <Title order={4} mb="sm">{t('funding:call.vouchers')}</Title>
            <Table>
              <Table.Thead><Table.Tr><Table.Th>{t('funding:call.voucher')}</Table.Th><Table.Th ta="right">{t('funding:rulesEditor.maxPerRecipient')}</Table.Th><Table.Th ta="right">{t('funding:rulesEditor.maxPerProject')}</Table.Th><Table.Th>TRL</Table.Th><Table.Th>{t('funding:rulesEditor.duration')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {call.rules.instruments.map((i) => (
                  <Table.Tr key={i.id}><Table.Td>{labels.name(i)}</Table.Td><Table.Td ta="right">{f.money(i.maxPerRecipientCents ?? null)}</Table.Td><Table.Td ta="right">{f.money(i.maxPerProjectCents ?? null)}</Table.Td><Table.Td>{i.trl ? `${i.trl.min}-${i.trl.max}` : '—'}</Table.Td><Table.Td>{i.durationMonths ? t('funding:call.months', { count: i.durationMonths }) : '—'}</Table.Td></Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <Card withBorder><Title order={4} mb="sm">{t('funding:call.who')}</Title><Who call={call} /></Card>
          {call.ranking && (
            <Card withBorder>
              <Title order={4} mb="sm">{t('funding:call.criteria')}</Title>
              <Table>
                <Table.Thead><Table.Tr><Table.Th>{t('funding:call.criterion')}</Table.Th><Table.Th ta="right">{t('funding:award.threshold')}</Table.Th><Table.Th ta="right">{t('funding:award.weight')}</Table.Th></Table.Tr></Table.Thead>
                <Table.Tbody>{call.ranking.criteria.map((c) => <Table.Tr key={c.id}><Table.Td>{labels.label(c)}</Table.Td><Table.Td ta="right">≥ {f.number(c.threshold)}</Table.Td><Table.Td ta="right">×{f.number(c.weight)}</Table.Td></Table.Tr>)}</Table.Tbody>
              </Table>
              <Text size="sm" mt="sm">{t('funding:call.totalThreshold', { total: call.ranking.totalThreshold, max: call.ranking.criteria.length * 5 })}</Text>
            </Card>
          )}
          <Accordion variant="separated">
            <Accordion.Item value="form">
              <Accordion.Control>{t('funding:call.formPreview')}</Accordion.Control>
              <Accordion.Panel><FormSections form={call.form} answers={{}} readOnly /></Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack>
          <Card withBorder>
            <Title order={5} mb="xs">{t('funding:call.keyFacts')}</Title>
            <Stack gap={4}>
              <Text size="sm">{t('funding:call.budget')}: <b>{f.money(call.budgetCents)}</b></Text>
              {call.maxAwards && <Text size="sm">{t('funding:call.maxAwards', { count: call.maxAwards })}</Text>}
              <Text size="sm">{t('funding:programme.cap')}: <b>{f.money(call.recipientCapCents)}</b></Text>
              <Group gap={4}>{call.fstp && <Badge variant="light">FSTP</Badge>}{call.deMinimis && <Badge variant="light" color="grape">de minimis</Badge>}</Group>
            </Stack>
          </Card>
          {call.amountRule && <Card withBorder><Title order={5} mb="xs">{t('funding:award.amount')}</Title><Text size="sm">{labels.text(call.amountRule.textEs, call.amountRule.textEn)}</Text></Card>}
          {call.paymentScheme && (
            <Card withBorder>
              <Title order={5} mb="xs">{t('funding:award.payments')}</Title>
              <List size="sm">{call.paymentScheme.tranches.map((tr) => <List.Item key={tr.milestone}>{f.number(tr.percent)} % · {labels.label({ ...tr, id: tr.milestone })}</List.Item>)}</List>
            </Card>
          )}
          {call.documents.length > 0 && (
            <Card withBorder>
              <Title order={5} mb="xs">{t('funding:call.documents')}</Title>
              <Stack gap={4}>{call.documents.map((d) => <Group key={d.id} gap={6} wrap="nowrap"><IconFileDescription size={16} /><Anchor href={`/api/public/documents/${d.id}`} size="sm">{d.title}</Anchor>{d.language && <Badge size="xs" variant="outline">{d.language}</Badge>}</Group>)}</Stack>
            </Card>
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
