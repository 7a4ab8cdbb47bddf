/**
 * An application: the lead edits it (project, consortium, form, submission) with autosave and the
 * live eligibility panel beside it; partners read it and answer for their own organisation; staff
 * read it, its versions, and decide on it.
 */
import { Anchor, Badge, Grid, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconArrowLeft, IconCloudCheck, IconCloudUpload, IconAlertCircle } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { showError } from '../../api/forms';
import { PageHeader, QueryView } from '../../components/Page';
import { OutcomePanel } from '../awards/OutcomePanel';
import { useFormat } from '../../i18n/format';
import { useUser } from '../auth/session';
import { ConsortiumPanel } from './ConsortiumPanel';
import { Countdown } from './Deadline';
import { EligibilityPanel } from './EligibilityPanel';
import { FormSections } from './FormSections';
import { statusColor, useFundingLabels } from './labels';
import { ProjectFields, type ProjectValues } from './ProjectFields';
import { applicationQuery, type Answers, type ApplicationDto } from './queries';
import { StaffDecision } from './StaffDecision';
import { SubmitPanel } from './SubmitPanel';
import { useAutosave, type SaveState } from './useAutosave';
import { VersionsPanel } from './VersionsPanel';

function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (state.status === 'idle') return null;
  const [icon, text, color] =
    state.status === 'error' ? [<IconAlertCircle key="e" size={16} />, t('funding:autosave.error'), 'red']
    : state.status === 'saved' ? [<IconCloudCheck key="s" size={16} />, t('funding:autosave.saved', { time: f.dateTime(state.at ?? new Date()) }), 'dimmed']
    : [<IconCloudUpload key="p" size={16} />, t('funding:autosave.saving'), 'dimmed'];
  return <Group gap={4} c={color} aria-live="polite">{icon}<Text size="sm" c={color}>{text}</Text></Group>;
}

function Editor({ app }: { app: ApplicationDto }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { state, change, flush } = useAutosave(app.id);
  const [project, setProject] = useState<ProjectValues>({ acronym: app.acronym ?? '', title: app.title ?? '', instrumentId: app.instrumentId, trl: app.trl, teamWomen: app.teamWomen ?? null, teamMen: app.teamMen ?? null, activities: app.activities, topics: app.topics });
  const [answers, setAnswers] = useState<Answers>(app.answers);
  const editable = app.editable;
  const partners = app.partners.filter((p) => p.status === 'confirmed').map((p) => ({ id: p.id, name: p.organisationName ?? '' }));
  const upload = async (questionId: string, file: File) => {
    await flush();
    const body = new FormData();
    body.append('file', file);
    try {
      const saved = await unwrap(api.POST('/api/funding/applications/{id}/attachments', { params: { path: { id: app.id }, query: { questionId } }, body: body as never, bodySerializer: (b: unknown) => b as FormData }));
      qc.setQueryData(applicationQuery(app.id).queryKey, saved);
      setAnswers((a) => ({ ...a, [questionId]: saved.answers[questionId] ?? null }));
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  const removeFile = async (id: string) => {
    const q = app.attachments.find((a) => a.id === id)?.questionId;
    const { data } = await api.DELETE('/api/funding/attachments/{id}', { params: { path: { id } } });
    if (data && q) {
      qc.setQueryData(applicationQuery(app.id).queryKey, data);
      setAnswers((a) => ({ ...a, [q]: data.answers[q] ?? null }));
    }
  };
  return (
    <Tabs defaultValue="project" keepMounted={false}>
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Tabs.List>
          <Tabs.Tab value="project">{t('funding:application.tabs.project')}</Tabs.Tab>
          <Tabs.Tab value="consortium">{t('funding:application.tabs.consortium', { count: app.partners.length })}</Tabs.Tab>
          <Tabs.Tab value="form">{t('funding:application.tabs.form')}</Tabs.Tab>
          <Tabs.Tab value="submit">{t('funding:application.tabs.submit')}</Tabs.Tab>
        </Tabs.List>
        <SaveIndicator state={state} />
      </Group>
      <Tabs.Panel value="project">
        <ProjectFields app={app} values={project} errors={state.errors} readOnly={!editable} onChange={(v) => { setProject((p) => ({ ...p, ...v })); change(v); }} />
      </Tabs.Panel>
      <Tabs.Panel value="consortium"><ConsortiumPanel app={app} /></Tabs.Panel>
      <Tabs.Panel value="form">
        <FormSections form={app.call.form} answers={answers} errors={state.errors} partners={partners} files={app.attachments} readOnly={!editable}
          onAnswer={(q, v) => { setAnswers((a) => ({ ...a, [q]: v ?? null })); change({ answers: { [q]: v ?? null } }); }}
          onUpload={(q, file) => void upload(q, file)} onRemoveFile={(id) => void removeFile(id)} />
      </Tabs.Panel>
      <Tabs.Panel value="submit">
        <Stack><SubmitPanel app={app} beforeSubmit={flush} /><EligibilityPanel app={app} /></Stack>
      </Tabs.Panel>
    </Tabs>
  );
}

function Reader({ app }: { app: ApplicationDto }) {
  const { t } = useTranslation();
  const partners = app.partners.filter((p) => p.status === 'confirmed').map((p) => ({ id: p.id, name: p.organisationName ?? '' }));
  return (
    <Stack>
      <ProjectFields app={app} values={{ acronym: app.acronym ?? '', title: app.title ?? '', instrumentId: app.instrumentId, trl: app.trl, teamWomen: app.teamWomen ?? null, teamMen: app.teamMen ?? null, activities: app.activities, topics: app.topics }} errors={{}} readOnly onChange={() => undefined} />
      <ConsortiumPanel app={app} />
      <Text fw={600}>{t('funding:application.answers')}</Text>
      <FormSections form={app.call.form} answers={app.answers} partners={partners} files={app.attachments} readOnly />
    </Stack>
  );
}

export function ApplicationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const labels = useFundingLabels();
  const user = useUser();
  const query = useQuery(applicationQuery(id));
  return (
    <QueryView query={query}>
      {(app) => (
        <>
          <Anchor component={Link} to="/funding" size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}><IconArrowLeft size={14} /> {t('nav.funding')}</Anchor>
          <PageHeader
            title={`${app.acronym ?? app.reference} · ${labels.title(app.call)}`}
            description={
              <Group gap="xs" component="span">
                <Badge color={statusColor[app.status]} variant="light">{labels.status(app.status)}</Badge>
                <Text span size="sm" c="dimmed">{app.reference}{app.currentVersion > 0 ? ` · ${t('funding:application.version', { version: app.currentVersion })}` : ''}</Text>
                {app.unsubmittedChanges && app.editable && <Badge color="yellow" variant="outline">{t('funding:application.unsubmitted')}</Badge>}
              </Group>
            }
            actions={<Countdown deadlineAt={app.call.deadlineAt} serverNow={app.call.serverNow} />}
          />
          {app.standing !== 'staff' && <OutcomePanel applicationId={app.id} />}
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 8 }}>{app.standing === 'lead' ? <Editor key={app.id} app={app} /> : <Reader app={app} />}</Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack style={{ position: 'sticky', top: 76 }}>
                <EligibilityPanel app={app} compact={app.standing === 'lead'} />
                <VersionsPanel app={app} />
                {app.standing === 'staff' && (user.role === 'admin' || user.role === 'staff') && <StaffDecision app={app} />}
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </QueryView>
  );
}
