/** How each source names a material: the Act's Annex II against the EU study tables, mismatches first. */
import { Anchor, Badge, Group, Paper, Switch, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/Page';
import { nameMappingQuery, useMaterialName } from './queries';

const STUDY = ['srEi', 'globalSupply', 'euSourcing', 'materialUse'] as const;

export function NameMappingView() {
  const { t } = useTranslation('materials');
  const name = useMaterialName();
  const query = useQuery(nameMappingQuery);
  const [onlyMismatches, setOnly] = useState(true);
  return (
    <QueryView query={query}>
      {(rows) => {
        const shown = rows.filter((r) => !onlyMismatches || r.mismatch);
        return (
          <Paper>
            <Group justify="space-between" p="sm">
              <Text size="sm" c="dimmed" maw={720}>{t('names.description')}</Text>
              <Switch label={t('names.onlyMismatches', { count: rows.filter((r) => r.mismatch).length })} checked={onlyMismatches} onChange={(e) => setOnly(e.currentTarget.checked)} />
            </Group>
            <Table.ScrollContainer minWidth={900}>
              <Table verticalSpacing="xs" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('names.material')}</Table.Th>
                    <Table.Th>{t('names.source.crma')}</Table.Th>
                    {STUDY.map((s) => <Table.Th key={s}>{t(`names.source.${s}`)}</Table.Th>)}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((r) => {
                    const act = r.names.crma[0];
                    return (
                      <Table.Tr key={r.materialId}>
                        <Table.Td>
                          <Group gap={6}>
                            <Anchor component={Link} to={`/materials/${r.materialId}`}>{name(r.materialId)}</Anchor>
                            {r.mismatch && <Badge size="xs" color="orange" variant="light">{t('names.differs')}</Badge>}
                          </Group>
                        </Table.Td>
                        <Table.Td>{act ?? <Text c="dimmed" span>{t('names.notInAct')}</Text>}</Table.Td>
                        {STUDY.map((s) => (
                          <Table.Td key={s} c={act !== undefined && r.names[s].some((n) => n !== act) ? 'orange.8' : undefined}>
                            {r.names[s].join(' / ') || '—'}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        );
      }}
    </QueryView>
  );
}
