import { Button, Group, Modal, Paper, Stack, Table, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { applyProblem } from '../../api/forms';
import { Empty, PageHeader, QueryView } from '../../components/Page';
import { officesQuery } from './queries';

type Office = Schemas['Office'];

function OfficeModal({ office, onClose }: { office: Office | 'new'; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const initial = office === 'new' ? { code: '', name: '', city: '', nutsCode: '' } : { ...office, nutsCode: office.nutsCode ?? '' };
  const form = useForm({ initialValues: initial });
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    const body = { code: v.code, name: v.name, city: v.city, nutsCode: v.nutsCode || null };
    try {
      if (office === 'new') await unwrap(api.POST('/api/offices', { body }));
      else await unwrap(api.PATCH('/api/offices/{id}', { params: { path: { id: office.id } }, body }));
      await qc.invalidateQueries({ queryKey: officesQuery.queryKey });
      onClose();
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    } finally {
      setBusy(false);
    }
  });
  return (
    <Modal opened onClose={onClose} title={office === 'new' ? t('admin:offices.new') : office.name}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('admin:offices.code')} description={t('admin:offices.codeHint')} required {...form.getInputProps('code')} />
          <TextInput label={t('admin:offices.name')} required {...form.getInputProps('name')} />
          <TextInput label={t('admin:offices.city')} required {...form.getInputProps('city')} />
          <TextInput label={t('admin:offices.nuts')} description={t('admin:offices.nutsHint')} {...form.getInputProps('nutsCode')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={busy}>{t('actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function OfficesPage() {
  const { t } = useTranslation();
  const query = useQuery(officesQuery);
  const [editing, setEditing] = useState<Office | 'new' | null>(null);
  return (
    <>
      <PageHeader title={t('nav.offices')} description={t('admin:offices.description')} actions={<Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>{t('admin:offices.new')}</Button>} />
      <QueryView query={query}>
        {(offices) => (
          <Paper>
            {offices.length === 0 ? (
              <Empty />
            ) : (
              <Table verticalSpacing="sm" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('admin:offices.name')}</Table.Th>
                    <Table.Th>{t('admin:offices.city')}</Table.Th>
                    <Table.Th>{t('admin:offices.nuts')}</Table.Th>
                    <Table.Th>{t('admin:offices.code')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {offices.map((o) => (
                    <Table.Tr key={o.id} onClick={() => setEditing(o)} style={{ cursor: 'pointer' }}>
                      <Table.Td fw={500}>{o.name}</Table.Td>
                      <Table.Td>{o.city}</Table.Td>
                      <Table.Td>{o.nutsCode ?? '—'}</Table.Td>
                      <Table.Td>{o.code}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        )}
      </QueryView>
      {editing && <OfficeModal office={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
