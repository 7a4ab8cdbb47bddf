/**
 * The SME self-declaration wizard (Recommendation 2003/361/EC, the registry's SME rules): the
 * organisation's closed years, its partner and linked enterprises, public-body control, and a
 * declaration on honour; the result is the class with the reasons that decided it.
 */
import { ActionIcon, Alert, Badge, Button, Card, Checkbox, Group, List, Modal, NumberInput, Select, SimpleGrid, Stack, Stepper, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { showError } from '../../api/forms';
import { MoneyInput } from '../../components/MoneyInput';
import { useExplain } from '../organisations/SizeTab';
import { myOrganisationsQuery } from './queries';

type Year = { year: number; awu: number; turnoverCents: number; balanceSheetCents: number };
type Enterprise = { name: string; relation: 'partner' | 'linked'; direction: 'holds_us' | 'held_by_us'; capitalPct: number; votingPct: number; years: Year[] };
type Declaration = Schemas['SmeDeclaration'];

function YearsTable({ years, onChange }: { years: Year[]; onChange: (y: Year[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, y: Partial<Year>) => onChange(years.map((x, k) => (k === i ? { ...x, ...y } : x)));
  return (
    <Table>
      <Table.Thead><Table.Tr><Table.Th>{t('orgs:size.year')}</Table.Th><Table.Th>{t('orgs:size.awu')}</Table.Th><Table.Th>{t('orgs:size.turnover')}</Table.Th><Table.Th>{t('orgs:size.balanceSheet')}</Table.Th></Table.Tr></Table.Thead>
      <Table.Tbody>
        {years.map((y, i) => (
          <Table.Tr key={i}>
            <Table.Td><NumberInput size="xs" w={90} aria-label={t('orgs:size.year')} value={y.year} allowDecimal={false} onChange={(v) => set(i, { year: Number(v) })} /></Table.Td>
            <Table.Td><NumberInput size="xs" w={110} aria-label={t('orgs:size.awu')} value={y.awu} min={0} decimalScale={2} onChange={(v) => set(i, { awu: Number(v) || 0 })} /></Table.Td>
            <Table.Td><MoneyInput size="xs" aria-label={t('orgs:size.turnover')} value={y.turnoverCents} onChange={(v) => set(i, { turnoverCents: v ?? 0 })} /></Table.Td>
            <Table.Td><MoneyInput size="xs" aria-label={t('orgs:size.balanceSheet')} value={y.balanceSheetCents} onChange={(v) => set(i, { balanceSheetCents: v ?? 0 })} /></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const emptyYears = (): Year[] => {
  const last = new Date().getFullYear() - 1;
  return [last - 1, last].map((year) => ({ year, awu: 0, turnoverCents: 0, balanceSheetCents: 0 }));
};

export function SmeWizard({ organisation, previous, onClose }: { organisation: { id: string; legalName: string }; previous: Declaration | null; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [step, setStep] = useState(0);
  const [years, setYears] = useState<Year[]>(previous?.input.years ?? emptyYears());
  const [enterprises, setEnterprises] = useState<Enterprise[]>(previous?.input.enterprises ?? []);
  const [publicControl, setPublicControl] = useState(previous?.input.publicBodyControl ?? false);
  const [onHonour, setOnHonour] = useState(false);
  const [result, setResult] = useState<Declaration | null>(null);
  const names: Record<string, string> = { self: organisation.legalName, ...Object.fromEntries(enterprises.map((e, i) => [`e${i + 1}`, e.name])) };
  const explain = useExplain(names);
  const setE = (i: number, e: Partial<Enterprise>) => setEnterprises(enterprises.map((x, k) => (k === i ? { ...x, ...e } : x)));
  const submit = async () => {
    try {
      const r = await unwrap(api.POST('/api/funding/my/organisations/{id}/sme-declaration', { params: { path: { id: organisation.id } }, body: { years, enterprises, publicBodyControl: publicControl, onHonour: true } }));
      setResult(r);
      setStep(4);
      await qc.invalidateQueries({ queryKey: myOrganisationsQuery.queryKey });
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <Modal opened onClose={onClose} size="xl" title={t('funding:sme.title', { name: organisation.legalName })}>
      <Stepper active={step} onStepClick={(s) => s < 4 && !result && setStep(s)} size="sm">
        <Stepper.Step label={t('funding:sme.steps.figures')}>
          <Text size="sm" c="dimmed" mb="sm">{t('funding:sme.figuresHint')}</Text>
          <YearsTable years={years} onChange={setYears} />
        </Stepper.Step>
        <Stepper.Step label={t('funding:sme.steps.group')}>
          <Text size="sm" c="dimmed" mb="sm">{t('funding:sme.groupHint')}</Text>
          <Stack>
            {enterprises.map((e, i) => (
              <Card key={i} withBorder>
                <Group align="flex-end" wrap="nowrap">
                  <TextInput label={t('funding:sme.enterprise')} style={{ flex: 1 }} value={e.name} onChange={(ev) => setE(i, { name: ev.currentTarget.value })} />
                  <Select label={t('funding:sme.relation')} w={170} allowDeselect={false} value={e.relation} data={[{ value: 'partner', label: t('funding:sme.partner') }, { value: 'linked', label: t('funding:sme.linked') }]} onChange={(v) => setE(i, { relation: v as Enterprise['relation'] })} />
                  <Select label={t('funding:sme.direction')} w={220} allowDeselect={false} value={e.direction} data={[{ value: 'holds_us', label: t('funding:sme.holdsUs') }, { value: 'held_by_us', label: t('funding:sme.heldByUs') }]} onChange={(v) => setE(i, { direction: v as Enterprise['direction'] })} />
                  <ActionIcon mb={6} variant="subtle" color="red" aria-label={t('actions.delete')} onClick={() => setEnterprises(enterprises.filter((_, k) => k !== i))}><IconTrash size={16} /></ActionIcon>
                </Group>
                <SimpleGrid cols={2} mt="xs" w={320}>
                  <NumberInput label={t('funding:sme.capital')} suffix=" %" min={0} max={100} value={e.capitalPct} onChange={(v) => setE(i, { capitalPct: Number(v) || 0 })} />
                  <NumberInput label={t('funding:sme.votes')} suffix=" %" min={0} max={100} value={e.votingPct} onChange={(v) => setE(i, { votingPct: Number(v) || 0 })} />
                </SimpleGrid>
                <YearsTable years={e.years} onChange={(y) => setE(i, { years: y })} />
              </Card>
            ))}
            <Button variant="default" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => setEnterprises([...enterprises, { name: '', relation: 'partner', direction: 'holds_us', capitalPct: 25, votingPct: 25, years: years.map((y) => ({ ...y, awu: 0, turnoverCents: 0, balanceSheetCents: 0 })) }])}>{t('funding:sme.addEnterprise')}</Button>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('funding:sme.steps.public')}>
          <Checkbox mt="md" label={t('funding:sme.publicControl')} description={t('funding:sme.publicHint')} checked={publicControl} onChange={(e) => setPublicControl(e.currentTarget.checked)} />
        </Stepper.Step>
        <Stepper.Step label={t('funding:sme.steps.confirm')}>
          <Alert mt="sm">{t('funding:sme.summary', { years: years.length, enterprises: enterprises.length })}</Alert>
          <Checkbox mt="md" label={t('funding:sme.onHonour', { name: organisation.legalName })} checked={onHonour} onChange={(e) => setOnHonour(e.currentTarget.checked)} />
        </Stepper.Step>
        <Stepper.Completed>
          {result && (
            <Stack>
              <Group><Text>{t('funding:sme.result')}</Text><Badge size="lg" color={result.effectiveClass === 'large' ? 'red' : 'teal'}>{result.effectiveClass ? t(`orgs:size.${result.effectiveClass}`) : '—'}</Badge></Group>
              <List size="sm" spacing={4}>{result.explanations.map((e, i) => <List.Item key={i}>{explain(e as { code: string; params: Record<string, unknown> })}</List.Item>)}</List>
            </Stack>
          )}
        </Stepper.Completed>
      </Stepper>
      <Group justify="flex-end" mt="lg">
        {step < 4 && step > 0 && <Button variant="default" onClick={() => setStep(step - 1)}>{t('actions.previous')}</Button>}
        {step < 3 && <Button onClick={() => setStep(step + 1)}>{t('actions.next')}</Button>}
        {step === 3 && <Button disabled={!onHonour} onClick={() => void submit()}>{t('funding:sme.declare')}</Button>}
        {step === 4 && <Button onClick={onClose}>{t('actions.close')}</Button>}
      </Group>
    </Modal>
  );
}
