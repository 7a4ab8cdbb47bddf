/** "My evaluations": the confidentiality terms, assigned applications per call, declarations, own profile. */
import { Alert, Anchor, Badge, Button, Card, Group, List, Modal, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { applyProblem, notifySuccess, showError } from '../../api/forms';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { coiColor } from './labels';
import { OwnProfileCard } from './OwnProfileCard';
import { myEvaluationsQuery, useEvaluationRefresh } from './queries';

export function EvaluatorHome() {
  const { t, i18n } = useTranslation();
  const my = useQuery(myEvaluationsQuery);
  const [declaring, setDeclaring] = useState<{ applicationId: string; reference: string } | null>(null);
  return (
    <>
      <PageHeader title={t('evaluation:home.title')} description={t('evaluation:home.description')} actions={<Button component={Link} to="/evaluation/forms" variant="default">{t('evaluation:home.myForms')}</Button>} />
      {my.error instanceof ApiError && my.error.status === 403 ? (
        <Empty>{t('evaluation:home.notInPool')}</Empty>
      ) : (
        <QueryView query={my}>
          {(data) =>
            !data.termsAccepted ? (
              <TermsCard />
            ) : (
              <Stack>
                {data.calls.length === 0 && <Empty>{t('evaluation:home.none')}</Empty>}
                {data.calls.map((c) => (
                  <Card key={c.callId} withBorder>
                    <Title order={4} mb="sm">{c.code} · {i18n.language === 'es' ? c.titleEs : c.titleEn}</Title>
                    <Table>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('evaluation:home.application')}</Table.Th>
                          <Table.Th>{t('evaluation:home.consortium')}</Table.Th>
                          <Table.Th>{t('evaluation:home.state')}</Table.Th>
                          <Table.Th />
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {c.assignments.map((a) => (
                          <Table.Tr key={a.applicationId}>
                            <Table.Td>
                              <Text fw={600} size="sm">{a.reference}{a.acronym ? ` · ${a.acronym}` : ''}</Text>
                              <Text size="sm">{a.title}</Text>
                            </Table.Td>
                            <Table.Td><Text size="sm">{a.organisations.join(', ')}</Text></Table.Td>
                            <Table.Td><Badge color={coiColor[a.coiStatus]} variant="light">{t(`evaluation:coi.${a.coiStatus}`)}</Badge></Table.Td>
                            <Table.Td ta="right">
                              {a.coiStatus === 'pending' ? (
                                <Button size="xs" onClick={() => setDeclaring({ applicationId: a.applicationId, reference: a.reference })}>{t('evaluation:home.declare')}</Button>
                              ) : (
                                <Group gap="sm" justify="flex-end">
                                  <Anchor component={Link} to="/evaluation/applications/$applicationId" params={{ applicationId: a.applicationId } as never}>{t('evaluation:home.open')}</Anchor>
                                  {a.coiStatus === 'no_conflict' && <Anchor component={Link} to="/evaluation/applications/$applicationId/form" params={{ applicationId: a.applicationId } as never}>{t('evaluation:home.form')}</Anchor>}
                                </Group>
                              )}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Card>
                ))}
                <OwnProfileCard />
              </Stack>
            )
          }
        </QueryView>
      )}
      {declaring && <DeclarationModal target={declaring} onClose={() => setDeclaring(null)} />}
    </>
  );
}

function TermsCard() {
  const { t } = useTranslation();
  const refresh = useEvaluationRefresh();
  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/api/evaluation/me/terms')),
    onSuccess: () => refresh(),
    onError: (err) => showError(err, t('evaluation:terms.failed')),
  });
  return (
    <Card withBorder maw={760}>
      <Group gap="xs" mb="sm"><IconLock size={20} /><Title order={4}>{t('evaluation:terms.title')}</Title></Group>
      <Text mb="sm">{t('evaluation:terms.intro')}</Text>
      <List spacing="xs" mb="md">
        {(['confidential', 'noCopies', 'declare', 'ownWork', 'personalData'] as const).map((k) => <List.Item key={k}>{t(`evaluation:terms.${k}`)}</List.Item>)}
      </List>
      <Button loading={accept.isPending} onClick={() => accept.mutate()}>{t('evaluation:terms.accept')}</Button>
    </Card>
  );
}

function DeclarationModal({ target, onClose }: { target: { applicationId: string; reference: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useEvaluationRefresh();
  const form = useForm({ initialValues: { choice: 'none', note: '' } });
  const save = useMutation({
    mutationFn: (v: { choice: string; note: string }) =>
      unwrap(api.POST('/api/evaluation/applications/{applicationId}/declaration', { params: { path: { applicationId: target.applicationId } }, body: { conflict: v.choice === 'conflict', note: v.note || null } })),
    onSuccess: (r) => {
      notifySuccess(t(r.coiStatus === 'conflict' ? 'evaluation:declaration.savedConflict' : 'evaluation:declaration.savedFree'));
      void refresh();
      onClose();
    },
    onError: (err) => applyProblem(form, err, t('evaluation:declaration.failed')),
  });
  return (
    <Modal opened onClose={onClose} title={t('evaluation:declaration.title', { reference: target.reference })} size="lg">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack>
          <Text size="sm">{t('evaluation:declaration.explain')}</Text>
          <Radio.Group {...form.getInputProps('choice')}>
            <Stack gap="xs">
              <Radio value="none" label={t('evaluation:declaration.none')} />
              <Radio value="conflict" label={t('evaluation:declaration.conflict')} />
            </Stack>
          </Radio.Group>
          {form.values.choice === 'conflict' && <Textarea label={t('evaluation:declaration.note')} autosize minRows={2} {...form.getInputProps('note')} />}
          <Alert color="yellow" variant="light">{t('evaluation:declaration.final')}</Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('evaluation:declaration.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
