/** An evaluator's individual evaluation form: a score and a comment per criterion, autosaved, then submitted and locked. */
import { Alert, Badge, Card, Grid, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconLock, IconSend } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { showError, notifySuccess } from '../../api/forms';
import { PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { ConfirmButton } from './ConfirmButton';
import { formQuery, useCriterionText, type FormDto } from './queries';
import { HintsCard, ScaleCard, ScoreSelect } from './ScoreScale';

type Content = { scores: Record<string, number>; comments: Record<string, string> };
type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

function useFormAutosave(id: string) {
  const qc = useQueryClient();
  const latest = useRef<Content | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const flush = async () => {
    const body = latest.current;
    latest.current = null;
    if (!body) return;
    setStatus('saving');
    try {
      qc.setQueryData(formQuery(id).queryKey, await unwrap(api.PUT('/api/evaluation/applications/{id}/form', { params: { path: { id } }, body })));
      setStatus('saved');
    } catch (err) {
      setStatus('error');
      showError(err, '');
    }
  };
  const debounced = useDebouncedCallback(() => void flush(), 1000);
  const change = (content: Content) => {
    latest.current = content;
    setStatus('pending');
    debounced();
  };
  return { status, change, flush };
}

function Editor({ form }: { form: FormDto }) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useCriterionText();
  const qc = useQueryClient();
  const [content, setContent] = useState<Content>({ scores: form.scores, comments: form.comments });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const autosave = useFormAutosave(form.applicationId);
  useEffect(() => setContent({ scores: form.scores, comments: form.comments }), [form.id, form.status]);
  const locked = form.status === 'submitted';
  const update = (next: Content) => {
    setContent(next);
    autosave.change(next);
  };
  const submit = async () => {
    await autosave.flush();
    try {
      const saved = await unwrap(api.POST('/api/evaluation/applications/{id}/form/submit', { params: { path: { id: form.applicationId } }, body: content }));
      qc.setQueryData(formQuery(form.applicationId).queryKey, saved);
      setErrors({});
      notifySuccess(t('scoring:status.submitted'));
    } catch (err) {
      if (err instanceof ApiError) setErrors(Object.fromEntries((err.problem.errors ?? []).map((e) => [e.path, e.message ?? e.code])));
      showError(err, t('feedback.error'));
    }
  };
  const saveLabel = { idle: '', pending: t('scoring:form.saving'), saving: t('scoring:form.saving'), saved: t('scoring:form.saved'), error: t('scoring:form.saveFailed') }[autosave.status];
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack>
          {locked && <Alert color="gray" icon={<IconLock size={18} />}>{t('scoring:form.locked')} {t('scoring:form.submittedAt', { date: f.dateTime(form.submittedAt) })}</Alert>}
          {!locked && form.reopenReason && <Alert color="orange">{t('scoring:form.reopened', { reason: form.reopenReason })}</Alert>}
          {form.criteria.map((c) => {
            const comment = content.comments[c.id] ?? '';
            return (
              <Card withBorder key={c.id}>
                <Group justify="space-between" mb="xs">
                  <Title order={4}>{text.label(c)}</Title>
                  <Group gap="xs">
                    <Badge variant="light">{t('scoring:form.threshold', { threshold: c.threshold })}</Badge>
                    {c.weight !== 1 && <Badge variant="outline">{t('scoring:form.weight', { weight: c.weight })}</Badge>}
                  </Group>
                </Group>
                {text.description(c) && <Text size="sm" c="dimmed" mb="sm">{text.description(c)}</Text>}
                <ScoreSelect label={t('scoring:form.score')} value={content.scores[c.id]} disabled={locked} error={errors[`scores.${c.id}`]}
                  onChange={(v) => {
                    const scores = { ...content.scores };
                    if (v === undefined) delete scores[c.id];
                    else scores[c.id] = v;
                    update({ ...content, scores });
                  }} />
                <Textarea mt="sm" label={t('scoring:form.comment')} autosize minRows={4} value={comment} readOnly={locked} error={errors[`comments.${c.id}`]}
                  description={t('scoring:form.commentCount', { length: comment.trim().length, minimum: form.minCommentLength })}
                  onChange={(e) => update({ ...content, comments: { ...content.comments, [c.id]: e.currentTarget.value } })} />
              </Card>
            );
          })}
          {!locked && (
            <Group justify="space-between">
              <Text size="sm" c={autosave.status === 'error' ? 'red' : 'dimmed'} aria-live="polite">{saveLabel}</Text>
              <ConfirmButton leftSection={<IconSend size={16} />} label={t('scoring:form.submit')} title={t('scoring:form.submit')} message={t('scoring:form.submitConfirm')} onConfirm={submit} />
            </Group>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack>
          <HintsCard hints={form.hints} criteria={form.criteria} totalThreshold={form.totalThreshold} advisory />
          <ScaleCard />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

export function FormPage({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const query = useQuery(formQuery(applicationId));
  if (query.error instanceof ApiError && query.error.status === 404) return <Alert color="gray">{t('scoring:form.notFound')}</Alert>;
  return (
    <QueryView query={query}>
      {(form) => (
        <>
          <PageHeader title={t('scoring:form.title')} description={`${form.reference} · ${form.acronym ?? ''} ${form.title ?? ''}`}
            actions={<Badge size="lg" color={form.status === 'submitted' ? 'teal' : 'gray'}>{t(`scoring:status.${form.status}`)}</Badge>} />
          <Editor form={form} />
        </>
      )}
    </QueryView>
  );
}
