/** Bank accounts: recipients enter theirs; finance verifies them and sets the programme's paying account. */
import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyProblem, notifySuccess, showError } from '../../api/forms';
import { Empty, QueryView } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { accountsQuery, myAccountsQuery, payerAccountQuery, usePaymentsRefresh, type AccountDto } from './queries';

interface AccountValues {
  iban: string;
  bic: string;
  holderName: string;
}

function AccountForm({ initial, onSave }: { initial: AccountValues; onSave: (v: AccountValues) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: initial });
  const submit = form.onSubmit(async (v) => {
    try {
      await onSave(v);
      notifySuccess(t('payments:accounts.saved'));
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('payments:accounts.iban')} placeholder="ES91 2100 0418 4502 0005 1332" required w={300} {...form.getInputProps('iban')} />
        <TextInput label={t('payments:accounts.bic')} placeholder="CAIXESBBXXX" w={150} {...form.getInputProps('bic')} />
        <TextInput label={t('payments:accounts.holder')} required w={260} {...form.getInputProps('holderName')} />
        <Button type="submit">{t('actions.save')}</Button>
      </Group>
    </form>
  );
}

const valuesOf = (a: { iban: string | null; bic: string | null; holderName: string | null }): AccountValues => ({ iban: a.iban ?? '', bic: a.bic ?? '', holderName: a.holderName ?? '' });

function VerifiedBadge({ a }: { a: AccountDto }) {
  const { t } = useTranslation();
  if (!a.iban) return <Badge color="gray" variant="light">{t('payments:accounts.missing')}</Badge>;
  return <Badge color={a.verified ? 'teal' : 'yellow'} variant="light">{t(a.verified ? 'payments:accounts.verified' : 'payments:accounts.unverified')}</Badge>;
}

export function MyAccounts() {
  const { t } = useTranslation();
  const refresh = usePaymentsRefresh();
  const query = useQuery(myAccountsQuery);
  return (
    <QueryView query={query}>
      {(rows) =>
        rows.length === 0 ? (
          <Empty>{t('payments:accounts.none')}</Empty>
        ) : (
          <Stack>
            {rows.map((a) => (
              <Stack key={a.organisationId} gap={4}>
                <Group gap="xs"><Text fw={600}>{a.organisationName}</Text><VerifiedBadge a={a} /></Group>
                <AccountForm
                  initial={valuesOf(a)}
                  onSave={async (v) => {
                    await unwrap(api.PUT('/api/payments/my/accounts/{id}', { params: { path: { id: a.organisationId } }, body: { iban: v.iban, holderName: v.holderName, ...(v.bic ? { bic: v.bic } : {}) } }));
                    await refresh();
                  }}
                />
              </Stack>
            ))}
          </Stack>
        )
      }
    </QueryView>
  );
}

export function PayerAccount({ programmeId }: { programmeId: string }) {
  const refresh = usePaymentsRefresh();
  const query = useQuery(payerAccountQuery(programmeId));
  return (
    <QueryView query={query}>
      {(a) => (
        <AccountForm
          key={programmeId}
          initial={valuesOf(a)}
          onSave={async (v) => {
            await unwrap(api.PUT('/api/payments/programmes/{id}/account', { params: { path: { id: programmeId } }, body: { iban: v.iban, holderName: v.holderName, ...(v.bic ? { bic: v.bic } : {}) } }));
            await refresh();
          }}
        />
      )}
    </QueryView>
  );
}

export function AccountsToVerify({ canVerify }: { canVerify: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const refresh = usePaymentsRefresh();
  const query = useQuery(accountsQuery(false));
  const verify = async (id: string) => {
    try {
      await unwrap(api.POST('/api/payments/accounts/{id}/verify', { params: { path: { id } } }));
      await refresh();
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  return (
    <QueryView query={query}>
      {(rows) =>
        rows.length === 0 ? (
          <Empty>{t('payments:accounts.noneEntered')}</Empty>
        ) : (
          <Table>
            <Table.Tbody>
              {rows.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.organisationName}</Table.Td>
                  <Table.Td ff="monospace">{a.iban}</Table.Td>
                  <Table.Td>{a.bic ?? '—'}</Table.Td>
                  <Table.Td>{a.holderName}</Table.Td>
                  <Table.Td><VerifiedBadge a={a} /> {a.verifiedAt && <Text span size="xs" c="dimmed">{f.date(a.verifiedAt)}</Text>}</Table.Td>
                  <Table.Td>{canVerify && !a.verified && a.id && <Button size="compact-xs" onClick={() => void verify(a.id!)}>{t('payments:accounts.verify')}</Button>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      }
    </QueryView>
  );
}
