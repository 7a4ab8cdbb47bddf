/**
 * One question of an application form, to answer or to read: texts with their length, numbers,
 * dates, choices, files (upload, list with hash, remove) and the budget table per partner.
 */
import { ActionIcon, Anchor, Badge, Checkbox, FileButton, Group, NumberInput, Radio, Stack, Table, Text, TextInput, Textarea, Button } from '@mantine/core';
import { IconDownload, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '../../components/MoneyInput';
import { useFormat } from '../../i18n/format';
import { useFundingLabels } from './labels';
import type { Question } from './queries';

type Value = string | number | string[] | { partners: Record<string, Record<string, number>> } | null | undefined;
export interface FileInfo {
  id: string;
  name: string;
  size: number;
  mediaType: string;
  sha256: string;
}

export interface QuestionFieldProps {
  question: Question;
  value: Value;
  onChange?: (value: Value) => void;
  error?: string;
  /** Partners that have a row in budget tables: id and name. */
  partners?: { id: string; name: string }[];
  files?: FileInfo[];
  onUpload?: (file: File) => void;
  onRemoveFile?: (id: string) => void;
  readOnly?: boolean;
}

function Files({ files, readOnly, onRemove }: { files: FileInfo[]; readOnly: boolean; onRemove?: (id: string) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Stack gap={4}>
      {files.map((file) => (
        <Group key={file.id} gap="xs" wrap="nowrap">
          <IconPaperclip size={16} aria-hidden />
          <Anchor href={`/api/funding/attachments/${file.id}`} size="sm">{file.name}</Anchor>
          <Text size="xs" c="dimmed">{f.number(Math.round(file.size / 1024))} KB · {file.mediaType}</Text>
          <Text size="xs" c="dimmed" ff="monospace" title={file.sha256}>sha256 {file.sha256.slice(0, 12)}…</Text>
          {!readOnly && onRemove && (
            <ActionIcon variant="subtle" color="red" aria-label={t('funding:form.removeFile', { name: file.name })} onClick={() => onRemove(file.id)}><IconTrash size={16} /></ActionIcon>
          )}
        </Group>
      ))}
      {files.length === 0 && readOnly && <Text size="sm" c="dimmed">—</Text>}
    </Stack>
  );
}

function BudgetTable({ q, value, onChange, partners, readOnly }: { q: Extract<Question, { type: 'budget' }>; value: Value; onChange?: (v: Value) => void; partners: { id: string; name: string }[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useFundingLabels();
  const rows = (value && typeof value === 'object' && !Array.isArray(value) ? value.partners : {}) ?? {};
  const set = (partnerId: string, cat: string, cents: number | null) => {
    const row = { ...(rows[partnerId] ?? {}) };
    if (cents === null) delete row[cat];
    else row[cat] = cents;
    onChange?.({ partners: { ...rows, [partnerId]: row } });
  };
  const total = (row: Record<string, number> | undefined) => Object.values(row ?? {}).reduce((s, c) => s + c, 0);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('funding:form.partner')}</Table.Th>
            {q.categories.map((c) => <Table.Th key={c.id} ta="right">{labels.label(c)}</Table.Th>)}
            <Table.Th ta="right">{t('funding:form.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.name}</Table.Td>
              {q.categories.map((c) => (
                <Table.Td key={c.id} ta="right">
                  {readOnly ? f.money(rows[p.id]?.[c.id] ?? 0) : <MoneyInput size="xs" aria-label={`${p.name}: ${labels.label(c)}`} value={rows[p.id]?.[c.id] ?? null} onChange={(v) => set(p.id, c.id, v)} />}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={600}>{f.money(total(rows[p.id]))}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr fw={700}>
            <Table.Td>{t('funding:form.total')}</Table.Td>
            {q.categories.map((c) => <Table.Td key={c.id} ta="right">{f.money(partners.reduce((s, p) => s + (rows[p.id]?.[c.id] ?? 0), 0))}</Table.Td>)}
            <Table.Td ta="right">{f.money(partners.reduce((s, p) => s + total(rows[p.id]), 0))}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ReadValue({ q, value }: { q: Question; value: Value }) {
  const labels = useFundingLabels();
  const f = useFormat();
  if (value === null || value === undefined || value === '') return <Text c="dimmed">—</Text>;
  if (q.type === 'single_choice') return <Text>{labels.of(q.options, String(value))}</Text>;
  if (q.type === 'multiple_choice' && Array.isArray(value)) return <Group gap={4}>{value.map((v) => <Badge key={v} variant="light">{labels.of(q.options, v)}</Badge>)}</Group>;
  if (q.type === 'date') return <Text>{f.date(String(value))}</Text>;
  if (q.type === 'number') return <Text>{f.number(Number(value))}{q.unit ? ` ${q.unit}` : ''}</Text>;
  return <Text style={{ whiteSpace: 'pre-wrap' }}>{String(value)}</Text>;
}

export function QuestionField({ question: q, value, onChange, error, partners = [], files = [], onUpload, onRemoveFile, readOnly = false }: QuestionFieldProps) {
  const { t } = useTranslation();
  const labels = useFundingLabels();
  const label = labels.label(q);
  const help = labels.text(q.helpEs, q.helpEn) || undefined;
  const common = { label, description: help, withAsterisk: q.required, error };
  if (readOnly && q.type !== 'budget' && q.type !== 'file') {
    return (
      <Stack gap={2}>
        <Text fw={600} size="sm">{label}</Text>
        <ReadValue q={q} value={value} />
      </Stack>
    );
  }
  switch (q.type) {
    case 'short_text':
      return <TextInput {...common} value={typeof value === 'string' ? value : ''} maxLength={q.maxLength} onChange={(e) => onChange?.(e.currentTarget.value)} rightSection={<Text size="xs" c="dimmed">{String(value ?? '').length}/{q.maxLength}</Text>} rightSectionWidth={72} />;
    case 'long_text': {
      const length = [...String(value ?? '').trim()].length;
      const hint = q.minLength ? t('funding:form.lengthRange', { min: q.minLength, max: q.maxLength, length }) : t('funding:form.lengthMax', { max: q.maxLength, length });
      return <Textarea {...common} description={[help, hint].filter(Boolean).join(' · ')} autosize minRows={4} maxRows={16} maxLength={q.maxLength} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange?.(e.currentTarget.value)} />;
    }
    case 'number':
      return <NumberInput {...common} value={typeof value === 'number' ? value : ''} min={q.min} max={q.max} allowDecimal={!q.integer} rightSection={q.unit ? <Text size="xs" c="dimmed">{q.unit}</Text> : undefined} onChange={(v) => onChange?.(typeof v === 'number' ? v : null)} maw={260} />;
    case 'date':
      return <TextInput {...common} type="date" min={q.min} max={q.max} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange?.(e.currentTarget.value || null)} maw={220} />;
    case 'single_choice':
      return (
        <Radio.Group {...common} value={typeof value === 'string' ? value : null} onChange={(v) => onChange?.(v)}>
          <Stack gap={6} mt={6}>{q.options.map((o) => <Radio key={o.id} value={o.id} label={labels.label(o)} />)}</Stack>
        </Radio.Group>
      );
    case 'multiple_choice':
      return (
        <Checkbox.Group {...common} value={Array.isArray(value) ? value : []} onChange={(v) => onChange?.(v)}>
          <Stack gap={6} mt={6}>{q.options.map((o) => <Checkbox key={o.id} value={o.id} label={labels.label(o)} />)}</Stack>
        </Checkbox.Group>
      );
    case 'file':
      return (
        <Stack gap={6}>
          <Text fw={600} size="sm">{label}{q.required && <Text span c="red"> *</Text>}</Text>
          <Text size="xs" c="dimmed">{[help, t('funding:form.fileLimits', { max: q.maxSizeMb, count: q.maxFiles, types: q.allowedTypes.map((m) => t(`funding:mediaTypes.${m.replace(/[./]/g, '_')}`)).join(', ') })].filter(Boolean).join(' · ')}</Text>
          <Files files={files} readOnly={readOnly} onRemove={onRemoveFile} />
          {!readOnly && files.length < q.maxFiles && onUpload && (
            <FileButton onChange={(file) => file && onUpload(file)} accept={q.allowedTypes.join(',')}>
              {(props) => <Button {...props} variant="default" size="xs" leftSection={<IconDownload size={14} style={{ transform: 'rotate(180deg)' }} />} w="fit-content">{t('funding:form.upload')}</Button>}
            </FileButton>
          )}
          {error && <Text size="xs" c="red">{error}</Text>}
        </Stack>
      );
    case 'budget':
      return (
        <Stack gap={6}>
          <Text fw={600} size="sm">{label}{q.required && <Text span c="red"> *</Text>}</Text>
          {help && <Text size="xs" c="dimmed">{help}</Text>}
          <BudgetTable q={q} value={value} onChange={onChange} partners={partners} readOnly={readOnly} />
          {error && <Text size="xs" c="red">{error}</Text>}
        </Stack>
      );
  }
}
