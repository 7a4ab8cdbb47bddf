/** /evaluation/applications/$applicationId: the submitted version of an application, for its cleared evaluator. */
import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { PageHeader, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { contentQuery } from './queries';

type Content = Schemas['EvalApplicationContent'];
interface Labelled { id: string; labelEs: string; labelEn: string; type?: string; options?: Labelled[]; categories?: Labelled[] }
interface Section { id: string; titleEs: string; titleEn: string; questions: Labelled[] }

function answerText(q: Labelled, value: unknown, content: Content, es: boolean): string {
  if (value === null || value === undefined || value === '') return '—';
  const label = (o: Labelled) => (es ? o.labelEs : o.labelEn);
  if (q.type === 'file' && Array.isArray(value)) return value.map((id) => content.attachments.find((a) => a.id === id)?.name ?? id).join(', ');
  if (Array.isArray(value)) return value.map((v) => { const o = q.options?.find((x) => x.id === v); return o ? label(o) : String(v); }).join(', ');
  if (typeof value === 'string' && q.options) { const o = q.options.find((x) => x.id === value); return o ? label(o) : value; }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A budget answer: one row per partner, one column per cost category, in euros. */
function BudgetTable({ q, value, content, es }: { q: Labelled; value: unknown; content: Content; es: boolean }) {
  const f = useFormat();
  const partners = (value as { partners?: Record<string, Record<string, number>> } | null)?.partners ?? {};
  const categories = q.categories ?? [];
  return (
    <Table withTableBorder mt={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th />
          {categories.map((c) => <Table.Th key={c.id} ta="right">{es ? c.labelEs : c.labelEn}</Table.Th>)}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {Object.entries(partners).map(([partnerId, costs]) => (
          <Table.Tr key={partnerId}>
            <Table.Td>{content.consortium.find((p) => p.partnerId === partnerId)?.legalName ?? partnerId}</Table.Td>
            {categories.map((c) => <Table.Td key={c.id} ta="right">{f.money(costs[c.id] ?? 0)}</Table.Td>)}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Answers({ content }: { content: Content }) {
  const { t, i18n } = useTranslation();
  const es = i18n.language === 'es';
  const sections = ((content.form as { sections?: Section[] } | null)?.sections ?? []).filter((s) => s.questions.length > 0);
  if (sections.length === 0) {
    return (
      <Card withBorder>
        <Title order={5} mb="xs">{t('evaluation:content.answers')}</Title>
        {Object.entries(content.answers).map(([k, v]) => <Text key={k} size="sm"><b>{k}</b>: {typeof v === 'string' ? v : JSON.stringify(v)}</Text>)}
      </Card>
    );
  }
  return (
    <>
      {sections.map((s) => (
        <Card key={s.id} withBorder>
          <Title order={5} mb="xs">{es ? s.titleEs : s.titleEn}</Title>
          <Stack gap="sm">
            {s.questions.map((q) => (
              <div key={q.id}>
                <Text size="sm" fw={600}>{es ? q.labelEs : q.labelEn}</Text>
                {q.type === 'budget' ? (
                  <BudgetTable q={q} value={content.answers[q.id]} content={content} es={es} />
                ) : (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{answerText(q, content.answers[q.id], content, es)}</Text>
                )}
              </div>
            ))}
          </Stack>
        </Card>
      ))}
    </>
  );
}

export function EvaluatorApplicationPage({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const content = useQuery(contentQuery(applicationId));
  return (
    <QueryView query={content}>
      {(c) => (
        <>
          <PageHeader
            title={`${c.reference}${c.acronym ? ` · ${c.acronym}` : ''}`}
            description={<>{c.title} · {t('evaluation:content.version', { version: c.version, at: f.dateTime(c.submittedAt) })} · <Anchor component={Link} to="/evaluation">{t('evaluation:content.back')}</Anchor></>}
            actions={<Button component={Link} to="/evaluation/applications/$applicationId/form" params={{ applicationId } as never}>{t('evaluation:home.form')}</Button>}
          />
          <Stack>
            <Group gap={4}>{c.topics.map((tp) => <Badge key={tp} variant="light">{tp}</Badge>)}</Group>
            {c.consortium.length > 0 && (
              <Card withBorder>
                <Title order={5} mb="xs">{t('evaluation:content.consortium')}</Title>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('evaluation:content.organisation')}</Table.Th>
                      <Table.Th>{t('evaluation:content.country')}</Table.Th>
                      <Table.Th>{t('evaluation:content.roles')}</Table.Th>
                      <Table.Th ta="right">{t('evaluation:content.requested')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {c.consortium.map((p) => (
                      <Table.Tr key={p.partnerId}>
                        <Table.Td>{p.legalName}{p.lead ? ` (${t('evaluation:content.lead')})` : ''}</Table.Td>
                        <Table.Td>{p.country}</Table.Td>
                        <Table.Td>{p.roles.join(', ')}</Table.Td>
                        <Table.Td ta="right">{f.money(p.requestedCents)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Card>
            )}
            <Answers content={c} />
            {c.attachments.length > 0 && (
              <Card withBorder>
                <Title order={5} mb="xs">{t('evaluation:content.attachments')}</Title>
                <Stack gap={4}>
                  {c.attachments.map((a) => (
                    <Anchor key={a.id} href={`/api/evaluation/applications/${applicationId}/attachments/${a.id}`} size="sm">
                      <Group gap={4}><IconDownload size={14} />{a.name} ({f.number(Math.round(a.size / 1024))} KB)</Group>
                    </Anchor>
                  ))}
                </Stack>
              </Card>
            )}
          </Stack>
        </>
      )}
    </QueryView>
  );
}
