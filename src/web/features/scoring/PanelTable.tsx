/** The individual evaluations of an application side by side, with the spread and median per criterion. */
import { Accordion, Badge, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { useFormat } from '../../i18n/format';
import { ConfirmButton } from './ConfirmButton';
import { useCriterionText, useScoringRefresh, type ConsensusDto } from './queries';

export function PanelTable({ view }: { view: ConsensusDto }) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useCriterionText();
  const refresh = useScoringRefresh();
  const name = (i: ConsensusDto['individuals'][number], n: number) => i.evaluatorName ?? t('scoring:consensus.evaluatorN', { n: n + 1 });
  const spread = new Map(view.spreads.map((s) => [s.criterion, s]));
  const reopenable = view.canManage && view.report?.status !== 'final';
  const reopen = async (formId: string, reason: string) => {
    try {
      await unwrap(api.POST('/api/evaluation/forms/{id}/reopen', { params: { path: { id: formId } }, body: { reason } }));
      notifySuccess(t('scoring:consensus.reopened'));
      await refresh();
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <Stack>
      <Table.ScrollContainer minWidth={600}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('scoring:consensus.criterion')}</Table.Th>
              {view.individuals.map((i, n) => (
                <Table.Th key={i.evaluatorId}>
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>{name(i, n)}</Text>
                    <Group gap={4}>
                      <Badge size="xs" color={i.status === 'submitted' ? 'teal' : 'gray'}>{t(`scoring:status.${i.status}`)}</Badge>
                      {reopenable && i.status === 'submitted' && i.formId && (
                        <ConfirmButton size="compact-xs" variant="subtle" label={t('scoring:consensus.reopen')} title={t('scoring:consensus.reopenTitle')} reasonLabel={t('scoring:consensus.reason')} onConfirm={(reason) => reopen(i.formId!, reason)} />
                      )}
                    </Group>
                  </Stack>
                </Table.Th>
              ))}
              <Table.Th>{t('scoring:consensus.spread')}</Table.Th>
              <Table.Th>{t('scoring:consensus.median')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.criteria.map((c) => {
              const s = spread.get(c.id);
              return (
                <Table.Tr key={c.id}>
                  <Table.Td>{text.label(c)}</Table.Td>
                  {view.individuals.map((i) => <Table.Td key={i.evaluatorId}>{f.number(i.scores[c.id])}</Table.Td>)}
                  <Table.Td>
                    <Group gap={4}>
                      {f.number(s?.spread)}
                      {s?.needsDiscussion && <Tooltip label={t('scoring:consensus.discuss')}><IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" aria-label={t('scoring:consensus.discuss')} /></Tooltip>}
                    </Group>
                  </Table.Td>
                  <Table.Td>{f.number(s?.median)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {view.ready && (
        <Accordion variant="separated">
          {view.individuals.map((i, n) => (
            <Accordion.Item key={i.evaluatorId} value={i.evaluatorId}>
              <Accordion.Control>{t('scoring:consensus.comments')} · {name(i, n)}</Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  {view.criteria.map((c) => (
                    <div key={c.id}>
                      <Text size="sm" fw={600}>{text.label(c)} · {f.number(i.scores[c.id])}</Text>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{i.comments[c.id] ?? ''}</Text>
                    </div>
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
