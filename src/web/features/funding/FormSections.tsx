/** An application form as the applicant sees it: its sections and questions (answering, reading or previewing). */
import { Card, Stack, Text, Title } from '@mantine/core';
import { useFundingLabels } from './labels';
import type { Answers, FormDoc } from './queries';
import { QuestionField, type FileInfo, type QuestionFieldProps } from './QuestionField';

export interface FormSectionsProps {
  form: FormDoc;
  answers: Answers;
  onAnswer?: (questionId: string, value: QuestionFieldProps['value']) => void;
  errors?: Record<string, string>;
  partners?: { id: string; name: string }[];
  files?: (FileInfo & { questionId: string })[];
  onUpload?: (questionId: string, file: File) => void;
  onRemoveFile?: (id: string) => void;
  readOnly?: boolean;
}

export function FormSections({ form, answers, onAnswer, errors = {}, partners, files = [], onUpload, onRemoveFile, readOnly }: FormSectionsProps) {
  const labels = useFundingLabels();
  return (
    <Stack>
      {form.sections.map((s) => (
        <Card key={s.id} withBorder id={`section-${s.id}`}>
          <Title order={4} mb={4}>{labels.title(s)}</Title>
          {labels.text(s.helpEs, s.helpEn) && <Text size="sm" c="dimmed" mb="sm">{labels.text(s.helpEs, s.helpEn)}</Text>}
          <Stack gap="md">
            {s.questions.map((q) => {
              const ids = Array.isArray(answers[q.id]) ? (answers[q.id] as string[]) : [];
              return (
                <div key={q.id} id={`question-${q.id}`}>
                  <QuestionField
                    question={q}
                    value={answers[q.id] as QuestionFieldProps['value']}
                    onChange={onAnswer ? (v) => onAnswer(q.id, v) : undefined}
                    error={errors[`answers.${q.id}`]}
                    partners={partners}
                    files={q.type === 'file' ? files.filter((f) => f.questionId === q.id && ids.includes(f.id)) : undefined}
                    onUpload={onUpload ? (file) => onUpload(q.id, file) : undefined}
                    onRemoveFile={onRemoveFile}
                    readOnly={readOnly}
                  />
                </div>
              );
            })}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
