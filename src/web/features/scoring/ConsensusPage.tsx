/** The consensus report of an application: the panel side by side, the rapporteur, the agreed scores and comments. */
import { Alert, Badge, Button, Card, Grid, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../impact/links';
import { api, ApiError, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { ConfirmButton } from './ConfirmButton';
import { PanelTable } from './PanelTable';
import { consensusQuery, useCriterionText, useScoringRefresh, type ConsensusDto } from './queries';
import { HintsCard, ScoreSelect } from './ScoreScale';

function Rapporteur({ view }: { view: ConsensusDto }) {
  const { t } = useTranslation();
  const refresh = useScoringRefresh();
  const [value, setValue] = useState<string>(view.report?.rapporteurId ?? '');
  const options = [
    { value: '', label: t('scoring:consensus.staffWrites') },
    ...view.individuals.filter((i) => i.coiStatus === 'no_conflict').map((i, n) => ({ value: i.evaluatorId, label: i.evaluatorName ?? t('scoring:consensus.evaluatorN', { n: n + 1 }) })),
  ];
  const designate = async () => {
    try {
      await unwrap(api.POST('/api/evaluation/applications/{id}/consensus/rapporteur', { params: { path: { id: view.applicationId } }, body: { evaluatorId: value || null } }));
      notifySuccess(t('feedback.saved'));
      await refresh();
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <Group align="flex-end">
      <Select label={t('scoring:consensus.rapporteur')} data={options} value={value} onChange={(v) => setValue(v ?? '')} allowDeselect={false} w={280} disabled={!view.canManage || view.report?.status === 'final'} />
      {view.canManage && view.report?.status !== 'final' && <Button variant="light" onClick={() => void designate()}>{t('scoring:consensus.designate')}</Button>}
    </Group>
  );
}

type Draft = { scores: Record<string, number>; comments: Record<string, string>; minorityView: string };

function ReportEditor({ view }: { view: ConsensusDto }) {
  const { t } = useTranslation();
  const text = useCriterionText();
  const qc = useQueryClient();
  const initial = (): Draft => ({ scores: view.report?.scores ?? {}, comments: view.report?.comments ?? {}, minorityView: view.report?.minorityView ?? '' });
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => setDraft(initial()), [view.report?.id, view.report?.status]);
  const locked = !view.canWrite;
  const send = async (finalise: boolean) => {
    const params = { path: { id: view.applicationId } };
    const body = { ...draft, minorityView: draft.minorityView || null };
    try {
      const saved = await unwrap(finalise ? api.POST('/api/evaluation/applications/{id}/consensus/finalise', { params, body }) : api.PUT('/api/evaluation/applications/{id}/consensus', { params, body }));
      qc.setQueryData(consensusQuery(view.applicationId).queryKey, saved);
      setErrors({});
      notifySuccess(finalise ? t('scoring:status.final') : t('scoring:consensus.saved'));
    } catch (err) {
      if (err instanceof ApiError) setErrors(Object.fromEntries((err.problem.errors ?? []).map((e) => [e.path, e.message ?? e.code])));
      showError(err, t('feedback.error'));
    }
  };
  const applyMedians = () => setDraft({ ...draft, scores: Object.fromEntries(view.spreads.map((s) => [s.criterion, s.proposed])) });
  return (
    <Stack>
      {view.criteria.map((c) => (
        <Card withBorder key={c.id}>
          <Title order={5} mb="xs">{text.label(c)}</Title>
          <ScoreSelect label={t('scoring:consensus.agreedScore')} value={draft.scores[c.id]} disabled={locked} error={errors[`scores.${c.id}`]}
            onChange={(v) => {
              const scores = { ...draft.scores };
              if (v === undefined) delete scores[c.id];
              else scores[c.id] = v;
              setDraft({ ...draft, scores });
            }} />
          <Textarea mt="sm" label={t('scoring:consensus.agreedComment')} autosize minRows={3} value={draft.comments[c.id] ?? ''} readOnly={locked} error={errors[`comments.${c.id}`]}
            onChange={(e) => setDraft({ ...draft, comments: { ...draft.comments, [c.id]: e.currentTarget.value } })} />
        </Card>
      ))}
      {(!locked || draft.minorityView) && <Textarea label={t('scoring:consensus.minorityView')} autosize minRows={2} value={draft.minorityView} readOnly={locked} onChange={(e) => setDraft({ ...draft, minorityView: e.currentTarget.value })} />}
      {!locked && (
        <Group justify="flex-end">
          <Button variant="subtle" onClick={applyMedians}>{t('scoring:consensus.useProposal')}</Button>
          <Button variant="default" onClick={() => void send(false)}>{t('scoring:consensus.save')}</Button>
          <ConfirmButton label={t('scoring:consensus.finalise')} title={t('scoring:consensus.finalise')} message={t('scoring:consensus.finaliseConfirm')} onConfirm={() => send(true)} />
        </Group>
      )}
    </Stack>
  );
}

function View({ view }: { view: ConsensusDto }) {
  const { t } = useTranslation();
  const f = useFormat();
  const missing = view.individuals.filter((i) => i.status !== 'submitted').length;
  const final = view.report?.status === 'final';
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack>
          {(view.canManage || view.report) && <Rapporteur view={view} />}
          <Title order={4}>{t('scoring:consensus.individuals')}</Title>
          <PanelTable view={view} />
          {!view.ready && <Alert color="gray">{t('scoring:consensus.waiting', { missing })}</Alert>}
          {final && <Alert color="teal" icon={<IconLock size={18} />}>{t('scoring:consensus.finalised', { date: f.dateTime(view.report?.finalisedAt) })}</Alert>}
          {(view.ready || final) && <ReportEditor view={view} />}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        {(view.ready || final) && <HintsCard hints={view.hints} criteria={view.criteria} totalThreshold={view.totalThreshold} />}
      </Grid.Col>
    </Grid>
  );
}

export function ConsensusPage({ callId, applicationId }: { callId: string; applicationId: string }) {
  const { t } = useTranslation();
  const query = useQuery(consensusQuery(applicationId));
  return (
    <QueryView query={query}>
      {(view) => (
        <>
          <AnchorLink to="/funding/calls/$callId/ranking" params={{ callId }} size="sm"><Group gap={4}><IconArrowLeft size={14} />{t('scoring:ranking.title')}</Group></AnchorLink>
          <PageHeader title={t('scoring:consensus.title')} description={<Text span>{view.reference} · {view.acronym ?? ''} {view.title ?? ''}</Text>}
            actions={<Badge size="lg" color={view.report?.status === 'final' ? 'teal' : 'gray'}>{t(`scoring:status.${view.report?.status ?? 'not_started'}`)}</Badge>} />
          <View view={view} />
        </>
      )}
    </QueryView>
  );
}
