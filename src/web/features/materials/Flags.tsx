/** CRMA flags of a material as badges: strategic (Annex I), critical (Annex II point), battery chain. */
import { Badge, Group, Tooltip } from '@mantine/core';
import { IconBattery3 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Material } from './queries';

export function MaterialFlags({ material, size = 'sm' }: { material: Pick<Material, 'strategic' | 'critical' | 'annexIIPoint' | 'batteryChain'>; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation('materials');
  return (
    <Group gap={6} wrap="nowrap">
      {material.strategic !== 'no' && (
        <Tooltip label={t(material.strategic === 'yes' ? 'flags.strategicHint' : 'flags.partlyHint')}>
          <Badge size={size} color="ore" variant={material.strategic === 'yes' ? 'filled' : 'light'}>
            {t(material.strategic === 'yes' ? 'flags.strategic' : 'flags.partly')}
          </Badge>
        </Tooltip>
      )}
      {material.critical && (
        <Tooltip label={material.annexIIPoint ? t('flags.criticalPoint', { point: material.annexIIPoint }) : t('flags.criticalGroup')}>
          <Badge size={size} color="red" variant="light">
            {t('flags.critical')}
            {material.annexIIPoint ? ` (${material.annexIIPoint})` : ''}
          </Badge>
        </Tooltip>
      )}
      {material.batteryChain && (
        <Tooltip label={t('flags.battery')}>
          <Badge size={size} color="veta" variant="light" leftSection={<IconBattery3 size={12} aria-hidden />} aria-label={t('flags.battery')}>
            {t('flags.batteryShort')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}

/** A small "illustrative" marker for values that rest on stand-in inputs. */
export function IllustrativeBadge() {
  const { t } = useTranslation('materials');
  return (
    <Tooltip label={t('illustrative.hint')} multiline w={280}>
      <Badge size="xs" color="grape" variant="light">{t('illustrative.label')}</Badge>
    </Tooltip>
  );
}
