/** One organisation's record: profile and sites, size and SME status, membership and fees, contacts. */
import { Anchor, Badge, Button, Group, Tabs, Text } from '@mantine/core';
import { IconArrowLeft, IconCertificate } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryView } from '../../components/Page';
import { useUser } from '../auth/session';
import { ContactsTab } from './ContactsTab';
import { statusColor, useLabels } from './labels';
import { MembershipTab } from './MembershipTab';
import { ProfileTab } from './ProfileTab';
import { detailQuery } from './queries';
import { SizeTab } from './SizeTab';

export function OrganisationPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const user = useUser();
  const query = useQuery(detailQuery(id));
  return (
    <QueryView query={query}>
      {(d) => {
        const o = d.organisation;
        return (
          <>
            <Anchor component={Link} to={user.role === 'member' ? '/members' : '/members'} size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
              <IconArrowLeft size={14} /> {t('orgs:directory.title')}
            </Anchor>
            <PageHeader
              title={o.legalName}
              description={
                <Group gap="xs" component="span">
                  <Badge color={statusColor[o.membershipStatus]} variant="light">{labels.status(o.membershipStatus)}</Badge>
                  {o.smeClass && <Badge variant="outline">{labels.size(o.smeClass)}</Badge>}
                  <Badge variant="dot" color={o.publicProfile ? 'teal' : 'gray'}>{o.publicProfile ? t('orgs:fields.inPublicDirectory') : t('orgs:fields.notInPublicDirectory')}</Badge>
                  <Text span size="sm" c="dimmed">{[o.tradeName, o.taxId, labels.kind(o.kind), labels.office(o.officeId)].filter((x) => x && x !== '—').join(' · ')}</Text>
                </Group>
              }
              actions={
                o.membershipStatus === 'active' && (
                  <Button component="a" href={`/api/organisations/${o.id}/certificate?lang=${i18n.language}`} target="_blank" variant="default" leftSection={<IconCertificate size={18} />}>
                    {t('orgs:certificate.open')}
                  </Button>
                )
              }
            />
            <Tabs defaultValue="profile" keepMounted={false}>
              <Tabs.List mb="md">
                <Tabs.Tab value="profile">{t('orgs:tabs.profile')}</Tabs.Tab>
                <Tabs.Tab value="size">{t('orgs:tabs.size')}</Tabs.Tab>
                <Tabs.Tab value="membership">{t('orgs:tabs.membership')}</Tabs.Tab>
                <Tabs.Tab value="contacts">{t('orgs:tabs.contacts', { count: d.contacts.filter((c) => !c.erasedAt).length })}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="profile"><ProfileTab detail={d} /></Tabs.Panel>
              <Tabs.Panel value="size"><SizeTab detail={d} /></Tabs.Panel>
              <Tabs.Panel value="membership"><MembershipTab detail={d} /></Tabs.Panel>
              <Tabs.Panel value="contacts"><ContactsTab detail={d} /></Tabs.Panel>
            </Tabs>
          </>
        );
      }}
    </QueryView>
  );
}
