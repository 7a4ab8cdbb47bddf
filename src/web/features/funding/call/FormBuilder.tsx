/**
 * The application form builder: sections and typed questions (texts with length limits, numbers,
 * dates, choices, files with types and size, a budget table per partner), help texts in both
 * languages, and a preview as the applicant sees it.
 */
import { Accordion, ActionIcon, Badge, Button, Card, Group, Menu, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES } from '../../../../shared/contracts/funding';
import { FormSections } from '../FormSections';
import { useFundingLabels } from '../labels';
import type { Answers } from '../queries';
import type { CallForm } from './model';
import { slug } from './model';
import { QuestionSettings } from './QuestionSettings';

type QuestionType = (typeof QUESTION_TYPES)[number];

function newQuestion(type: QuestionType, taken: string[]) {
  const base = { id: slug(`question ${taken.length + 1}`, taken), labelEs: '', labelEn: '', required: false };
  switch (type) {
    case 'short_text': return { ...base, type, maxLength: 200 };
    case 'long_text': return { ...base, type, maxLength: 3000 };
    case 'number': return { ...base, type, integer: false };
    case 'date': return { ...base, type };
    case 'single_choice':
    case 'multiple_choice': return { ...base, type, options: [{ id: 'a', labelEs: '', labelEn: '' }, { id: 'b', labelEs: '', labelEn: '' }] };
    case 'file': return { ...base, type, allowedTypes: ['application/pdf' as const], maxSizeMb: 10, maxFiles: 1 };
    case 'budget': return { ...base, type, categories: [{ id: 'personnel', labelEs: 'Personal', labelEn: 'Personnel' }, { id: 'other', labelEs: 'Otros', labelEn: 'Other' }] };
  }
}

export function FormBuilder({ form, readOnly }: { form: CallForm; readOnly: boolean }) {
  const { t } = useTranslation();
  const labels = useFundingLabels();
  const [mode, setMode] = useState<'build' | 'preview'>('build');
  const [answers, setAnswers] = useState<Answers>({});
  const sections = form.values.form.sections;
  const allIds = sections.flatMap((s) => s.questions.map((q) => q.id));
  return (
    <Stack>
      <SegmentedControl w="fit-content" value={mode} onChange={(v) => setMode(v as 'build' | 'preview')} data={[{ value: 'build', label: t('funding:builder.build') }, { value: 'preview', label: t('funding:builder.preview') }]} />
      {mode === 'preview' ? (
        <>
          <Text size="sm" c="dimmed">{t('funding:builder.previewHint')}</Text>
          <FormSections form={form.values.form} answers={answers} onAnswer={(q, v) => setAnswers((a) => ({ ...a, [q]: v ?? null }))} partners={[{ id: 'p1', name: t('funding:builder.samplePartner', { n: 1 }) }, { id: 'p2', name: t('funding:builder.samplePartner', { n: 2 }) }]} />
        </>
      ) : (
        <>
          {sections.map((s, si) => (
            <Card key={si} withBorder>
              <Group align="flex-end" gap="xs" wrap="nowrap">
                <TextInput label={t('funding:editor.id')} w={120} readOnly={readOnly} {...form.getInputProps(`form.sections.${si}.id`)} />
                <TextInput label={t('funding:builder.sectionEs')} style={{ flex: 1 }} readOnly={readOnly} {...form.getInputProps(`form.sections.${si}.titleEs`)} />
                <TextInput label={t('funding:builder.sectionEn')} style={{ flex: 1 }} readOnly={readOnly} {...form.getInputProps(`form.sections.${si}.titleEn`)} />
                {!readOnly && (
                  <Group gap={2} mb={6} wrap="nowrap">
                    <ActionIcon variant="subtle" aria-label={t('funding:editor.up')} disabled={si === 0} onClick={() => form.reorderListItem('form.sections', { from: si, to: si - 1 })}><IconArrowUp size={16} /></ActionIcon>
                    <ActionIcon variant="subtle" aria-label={t('funding:editor.down')} disabled={si === sections.length - 1} onClick={() => form.reorderListItem('form.sections', { from: si, to: si + 1 })}><IconArrowDown size={16} /></ActionIcon>
                    <ActionIcon variant="subtle" color="red" aria-label={t('funding:builder.removeSection')} onClick={() => form.removeListItem('form.sections', si)}><IconTrash size={16} /></ActionIcon>
                  </Group>
                )}
              </Group>
              <Group grow mt="xs">
                <Textarea label={t('funding:builder.helpEs')} autosize minRows={1} readOnly={readOnly} {...form.getInputProps(`form.sections.${si}.helpEs`)} />
                <Textarea label={t('funding:builder.helpEn')} autosize minRows={1} readOnly={readOnly} {...form.getInputProps(`form.sections.${si}.helpEn`)} />
              </Group>
              <Accordion mt="sm" variant="separated" multiple>
                {s.questions.map((q, qi) => {
                  const path = `form.sections.${si}.questions.${qi}`;
                  const hasError = Object.keys(form.errors).some((k) => k.startsWith(path));
                  return (
                    <Accordion.Item key={qi} value={String(qi)}>
                      <Accordion.Control>
                        <Group gap="xs">
                          <Badge size="sm" variant="light">{t(`funding:builder.types.${q.type}`)}</Badge>
                          <Text size="sm" fw={500}>{labels.label(q) || q.id}</Text>
                          {q.required && <Badge size="xs" color="red" variant="outline">{t('funding:builder.required')}</Badge>}
                          {hasError && <Badge size="xs" color="red">{t('funding:builder.hasErrors')}</Badge>}
                        </Group>
                      </Accordion.Control>
                      <Accordion.Panel>
                        <QuestionSettings form={form} path={path} question={q} readOnly={readOnly} />
                        {!readOnly && (
                          <Group mt="sm" gap="xs">
                            <Button size="xs" variant="subtle" leftSection={<IconArrowUp size={14} />} disabled={qi === 0} onClick={() => form.reorderListItem(`form.sections.${si}.questions`, { from: qi, to: qi - 1 })}>{t('funding:editor.up')}</Button>
                            <Button size="xs" variant="subtle" leftSection={<IconArrowDown size={14} />} disabled={qi === s.questions.length - 1} onClick={() => form.reorderListItem(`form.sections.${si}.questions`, { from: qi, to: qi + 1 })}>{t('funding:editor.down')}</Button>
                            <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => form.removeListItem(`form.sections.${si}.questions`, qi)}>{t('funding:builder.removeQuestion')}</Button>
                          </Group>
                        )}
                      </Accordion.Panel>
                    </Accordion.Item>
                  );
                })}
              </Accordion>
              {!readOnly && (
                <Menu>
                  <Menu.Target><Button mt="sm" size="xs" variant="default" w="fit-content" leftSection={<IconPlus size={14} />}>{t('funding:builder.addQuestion')}</Button></Menu.Target>
                  <Menu.Dropdown>
                    {QUESTION_TYPES.map((type) => <Menu.Item key={type} onClick={() => form.insertListItem(`form.sections.${si}.questions`, newQuestion(type, allIds))}>{t(`funding:builder.types.${type}`)}</Menu.Item>)}
                  </Menu.Dropdown>
                </Menu>
              )}
            </Card>
          ))}
          {!readOnly && (
            <Button variant="default" w="fit-content" leftSection={<IconPlus size={16} />} onClick={() => form.insertListItem('form.sections', { id: slug(`section ${sections.length + 1}`, sections.map((s) => s.id)), titleEs: '', titleEn: '', questions: [] })}>
              {t('funding:builder.addSection')}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
