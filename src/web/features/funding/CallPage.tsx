/** A call in the back office: its configuration as tabs with one save, the checklist, and its applications. */
import { Alert, Anchor, Badge, Button, Grid, Group, Stack, Tabs, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowLeft, IconDeviceFloppy, IconExternalLink } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyProblem, notifySuccess } from '../../api/forms';
import { PageHeader, QueryView } from '../../components/Page';
import { AwardTab } from './call/AwardTab';
import { ChecklistCard } from './call/ChecklistCard';
import { DocumentsTab } from './call/DocumentsTab';
import { FormBuilder } from './call/FormBuilder';
import { GeneralTab } from './call/GeneralTab';
import { ListEditor } from './call/ListEditor';
import { patchOf, valuesOf, type CallValues } from './call/model';
import { RulesTab } from './call/RulesTab';
import { CallApplications } from './CallApplications';
import { Countdown } from './Deadline';
import { statusColor, useFundingLabels } from './labels';
import { callQuery, useFundingRefresh, type CallDto } from './queries';

function Editor({ call }: { call: CallDto }) {
  const { t } = useTranslation();
  const labels = useFundingLabels();
  const refresh = useFundingRefresh();
  const form = useForm<CallValues>({ initialValues: valuesOf(call) });
  useEffect(() => {
    form.setInitialValues(valuesOf(call));
    form.reset();
  }, [call]);
  const readOnly = !call.canManage || call.status === 'closed';
  const save = form.onSubmit(async (v) => {
    try {
      await unwrap(api.PATCH('/api/funding/calls/{id}', { params: { path: { id: call.id } }, body: patchOf(v) as never }));
      notifySuccess(t('feedback.saved'));
      await refresh();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  const errorCount = Object.keys(form.errors).length;
  return (
    <form onSubmit={save} noValidate>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 9 }}>
          <Tabs defaultValue="general" keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="general">{t('funding:editor.tabs.general')}</Tabs.Tab>
              <Tabs.Tab value="lists">{t('funding:editor.tabs.lists')}</Tabs.Tab>
              <Tabs.Tab value="rules">{t('funding:editor.tabs.rules')}</Tabs.Tab>
              <Tabs.Tab value="award">{t('funding:editor.tabs.award')}</Tabs.Tab>
              <Tabs.Tab value="form">{t('funding:editor.tabs.form')}</Tabs.Tab>
              <Tabs.Tab value="documents">{t('funding:editor.tabs.documents', { count: call.documents.length })}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="general"><GeneralTab form={form} readOnly={readOnly} /></Tabs.Panel>
            <Tabs.Panel value="lists">
              <Stack gap="xl">
                <ListEditor form={form} path="activities" title={t('funding:editor.activities')} hint={t('funding:editor.activitiesHint')} readOnly={readOnly} />
                <ListEditor form={form} path="topics" title={t('funding:editor.topics')} hint={t('funding:editor.topicsHint')} readOnly={readOnly} />
                <ListEditor form={form} path="partnerRoles" title={t('funding:editor.roles')} hint={t('funding:editor.rolesHint')} readOnly={readOnly} />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="rules"><RulesTab form={form} readOnly={readOnly} /></Tabs.Panel>
            <Tabs.Panel value="award"><AwardTab form={form} readOnly={readOnly} /></Tabs.Panel>
            <Tabs.Panel value="form"><FormBuilder form={form} readOnly={readOnly} /></Tabs.Panel>
            <Tabs.Panel value="documents"><DocumentsTab call={call} readOnly={readOnly} /></Tabs.Panel>
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <Stack style={{ position: 'sticky', top: 76 }}>
            {!readOnly && (
              <Button type="submit" leftSection={<IconDeviceFloppy size={18} />} disabled={!form.isDirty()}>{t('funding:editor.save')}</Button>
            )}
            {errorCount > 0 && <Alert color="red" title={t('funding:editor.problems', { count: errorCount })}>{Object.entries(form.errors).slice(0, 6).map(([k, v]) => <Text key={k} size="xs">{k}: {String(v)}</Text>)}</Alert>}
            {call.status === 'published' && <Alert color="yellow">{t('funding:editor.publishedWarning')}</Alert>}
            <ChecklistCard call={call} dirty={form.isDirty()} />
            <Text size="xs" c="dimmed">{labels.title(call)}</Text>
          </Stack>
        </Grid.Col>
      </Grid>
    </form>
  );
}

export function CallPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const labels = useFundingLabels();
  const query = useQuery(callQuery(id));
  return (
    <QueryView query={query}>
      {(call) => (
        <>
          <Anchor component={Link} to="/funding/programmes/$id" params={{ id: call.programmeId } as never} size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}><IconArrowLeft size={14} /> {call.programmeName}</Anchor>
          <PageHeader
            title={labels.title(call)}
            description={<Group gap="xs" component="span"><Badge color={statusColor[call.status]} variant="light">{labels.callStatus(call.status)}</Badge><Text span size="sm" c="dimmed">{call.code}</Text></Group>}
            actions={
              <Group>
                {call.status === 'published' && <Countdown deadlineAt={call.deadlineAt} serverNow={new Date().toISOString()} />}
                {call.status === 'closed' && <Button component={Link} to="/funding/calls/$id/evaluation" params={{ id: call.id } as never} variant="default">{t('evaluation:call.open')}</Button>}
                {call.status === 'closed' && <Button component={Link} to="/funding/calls/$callId/ranking" params={{ callId: call.id } as never} variant="default">{t('scoring:ranking.open')}</Button>}
                {call.status === 'closed' && <Button component={Link} to="/funding/calls/$callId/selection" params={{ callId: call.id } as never}>{t('awards:selection.open')}</Button>}
                {call.status !== 'draft' && <Button component={Link} to="/calls/$code" params={{ code: call.code } as never} variant="default" rightSection={<IconExternalLink size={14} />}>{t('funding:editor.publicPage')}</Button>}
              </Group>
            }
          />
          <Tabs defaultValue={call.status === 'draft' ? 'configuration' : 'applications'} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="configuration">{t('funding:editor.configuration')}</Tabs.Tab>
              <Tabs.Tab value="applications">{t('funding:editor.applications', { count: Object.values(call.applicationCounts).reduce((s, n) => s + n, 0) })}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="configuration"><Editor call={call} /></Tabs.Panel>
            <Tabs.Panel value="applications"><CallApplications call={call} /></Tabs.Panel>
          </Tabs>
        </>
      )}
    </QueryView>
  );
}
