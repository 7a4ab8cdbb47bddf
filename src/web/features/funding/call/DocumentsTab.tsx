/** Documents published with the call: upload (title, language) and remove. */
import { ActionIcon, Anchor, Button, Card, FileButton, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { notifySuccess, showError } from '../../../api/forms';
import { useFormat } from '../../../i18n/format';
import { useFundingRefresh, type CallDto } from '../queries';

export function DocumentsTab({ call, readOnly }: { call: CallDto; readOnly: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const refresh = useFundingRefresh();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<string | null>(null);
  const upload = async (file: File | null) => {
    if (!file) return;
    const body = new FormData();
    body.append('file', file);
    try {
      await unwrap(api.POST('/api/funding/calls/{id}/documents', { params: { path: { id: call.id }, query: { title: title || file.name, ...(language ? { language: language as 'es' | 'en' } : {}) } }, body: body as never, bodySerializer: (b: unknown) => b as FormData }));
      notifySuccess(t('funding:documents.added'));
      setTitle('');
      await refresh();
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  const remove = async (id: string) => {
    try {
      await unwrap(api.DELETE('/api/funding/documents/{id}', { params: { path: { id } } }));
      await refresh();
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <Stack>
      <Card withBorder p={0}>
        <Table>
          <Table.Thead><Table.Tr><Table.Th>{t('funding:documents.title')}</Table.Th><Table.Th>{t('language.label')}</Table.Th><Table.Th>{t('funding:documents.file')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {call.documents.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.title}</Table.Td>
                <Table.Td>{d.language ? t(`language.${d.language}`) : t('funding:documents.both')}</Table.Td>
                <Table.Td><Anchor href={`/api/public/documents/${d.id}`} size="sm">{d.name}</Anchor> <Text span size="xs" c="dimmed">{f.number(Math.round(d.size / 1024))} KB</Text></Table.Td>
                <Table.Td ta="right">{!readOnly && <ActionIcon variant="subtle" color="red" aria-label={t('actions.delete')} onClick={() => void remove(d.id)}><IconTrash size={16} /></ActionIcon>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {call.documents.length === 0 && <Text p="md" c="dimmed" size="sm">{t('funding:documents.none')}</Text>}
      </Card>
      {!readOnly && (
        <Group align="flex-end">
          <TextInput label={t('funding:documents.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} w={320} />
          <Select label={t('language.label')} clearable placeholder={t('funding:documents.both')} data={[{ value: 'es', label: t('language.es') }, { value: 'en', label: t('language.en') }]} value={language} onChange={setLanguage} w={160} />
          <FileButton onChange={(file) => void upload(file)} accept="application/pdf,.docx,.xlsx,.odt,.ods,.zip">
            {(props) => <Button {...props} leftSection={<IconUpload size={16} />}>{t('funding:documents.upload')}</Button>}
          </FileButton>
        </Group>
      )}
    </Stack>
  );
}
