/**
 * A partner invitation, opened from the mailed link: who invites, to what; the invited person signs in
 * (or registers), chooses the organisation they act for and its role(s), and joins, or declines.
 */
import { Alert, Anchor, Button, Card, Group, Loader, MultiSelect, Select, Stack, Text, Title } from '@mantine/core';
import { IconLogin, IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { notifySuccess, showError } from '../../api/forms';
import { useFormat } from '../../i18n/format';
import { useSession } from '../auth/session';
import { useFundingLabels } from './labels';
import { myOrganisationsQuery } from './queries';

export function InvitationPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useFundingLabels();
  const navigate = useNavigate();
  const session = useSession();
  const { token = '' } = useSearch({ strict: false }) as { token?: string };
  const invitation = useQuery({ queryKey: ['invitation', 'partner', token], queryFn: () => unwrap(api.GET('/api/funding/invitations/{token}', { params: { path: { token } } })), enabled: token.length >= 20, retry: false });
  const applicant = session?.user?.role === 'applicant' || session?.user?.role === 'member';
  const orgs = useQuery({ ...myOrganisationsQuery, enabled: applicant });
  const [org, setOrg] = useState<string | null>(null);
  const [roles, setRoles] = useState<string[] | null>(null);
  const [declined, setDeclined] = useState(false);
  const here = `/invitation?token=${encodeURIComponent(token)}`;
  if (invitation.isLoading) return <Loader />;
  if (invitation.error || token.length < 20) return <Alert color="red" title={t('funding:invitation.invalid')}>{invitation.error instanceof ApiError ? invitation.error.message : ''}</Alert>;
  const inv = invitation.data!;
  const chosen = roles ?? inv.roles;
  const only = orgs.data?.organisations.length === 1 ? (orgs.data.organisations[0]?.organisation.id ?? null) : null;
  const lead = org ?? only;
  const accept = async () => {
    try {
      const r = await unwrap(api.POST('/api/funding/invitations/{token}/accept', { params: { path: { token } }, body: { organisationId: lead ?? '', roles: chosen } }));
      notifySuccess(t('funding:invitation.joined'));
      await navigate({ to: '/funding/applications/$id', params: { id: r.applicationId } });
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  const decline = async () => {
    try {
      await unwrap(api.POST('/api/funding/invitations/{token}/decline', { params: { path: { token } } }));
      setDeclined(true);
    } catch (err) {
      showError(err, t('feedback.error'));
    }
  };
  if (declined) return <Alert color="gray">{t('funding:invitation.declined')}</Alert>;
  return (
    <Card withBorder maw={720} mx="auto" p="xl">
      <Stack>
        <Title order={3}>{t('funding:invitation.title')}</Title>
        <Text>{t('funding:invitation.intro', { lead: inv.leadName, project: inv.acronym ?? inv.reference, call: labels.title({ titleEs: inv.callTitleEs, titleEn: inv.callTitleEn }) })}</Text>
        {inv.title && <Text c="dimmed">{inv.title}</Text>}
        <Text size="sm">{t('funding:invitation.proposed', { roles: inv.roles.map((r) => labels.of(inv.partnerRoles, r)).join(', ') || '—', amount: f.money(inv.requestedCents) })}</Text>
        <Text size="sm" c="dimmed">{t('funding:invitation.expires', { date: f.dateTime(inv.expiresAt) })}</Text>
        {!session?.user && (
          <Group>
            <Button component={Link} to="/sign-in" search={{ redirect: here } as never} leftSection={<IconLogin size={16} />}>{t('orgs:public.signIn')}</Button>
            <Button component={Link} to="/register" search={{ next: here } as never} variant="default" leftSection={<IconUserPlus size={16} />}>{t('funding:public.registerToApply')}</Button>
          </Group>
        )}
        {session?.user && !applicant && <Alert color="yellow">{t('funding:invitation.notApplicant')}</Alert>}
        {applicant && (orgs.data?.organisations.length ?? 0) === 0 && (
          <Alert>{t('funding:apply.noOrganisation')} <Anchor component={Link} to="/funding/organisations">{t('funding:apply.registerOrganisation')}</Anchor></Alert>
        )}
        {applicant && (orgs.data?.organisations.length ?? 0) > 0 && (
          <>
            <Select label={t('funding:invitation.organisation')} data={(orgs.data?.organisations ?? []).map((o) => ({ value: o.organisation.id, label: o.organisation.legalName }))} value={lead} onChange={setOrg} />
            <MultiSelect label={t('funding:invitation.roles')} data={inv.partnerRoles.map((r) => ({ value: r.id, label: labels.label(r) }))} value={chosen} onChange={setRoles} />
            <Button disabled={!lead || chosen.length === 0} onClick={() => void accept()} w="fit-content">{t('funding:invitation.accept')}</Button>
          </>
        )}
        <Anchor component="button" size="sm" c="red" onClick={() => void decline()} w="fit-content">{t('funding:invitation.decline')}</Anchor>
      </Stack>
    </Card>
  );
}
