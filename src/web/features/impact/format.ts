/** How the impact pages write energy, CO2e, units and findings. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { Finding } from './queries';

const UNIT_LABEL: Record<string, string> = { kWh: 'kWh', m3: 'm³', l: 'l', t: 't', degC: '°C', degF: '°F' };

export function unitLabel(unit: string): string {
  return UNIT_LABEL[unit] ?? unit;
}

export function useImpactFormat() {
  const f = useFormat();
  const { t, i18n } = useTranslation('impact');
  return {
    ...f,
    /** kWh as kWh, MWh or GWh with 3 significant digits or so. */
    energy(kwh: number | null | undefined): string {
      if (kwh === null || kwh === undefined || !Number.isFinite(kwh)) return '—';
      const abs = Math.abs(kwh);
      if (abs >= 1e7) return `${f.number(kwh / 1e6, 2)} GWh`;
      if (abs >= 1e4) return `${f.number(kwh / 1e3, abs >= 1e6 ? 0 : 1)} MWh`;
      return `${f.number(kwh, 0)} kWh`;
    },
    /** kg CO2e as kg or tonnes. */
    co2(kg: number | null | undefined): string {
      if (kg === null || kg === undefined || !Number.isFinite(kg)) return '—';
      return Math.abs(kg) >= 1000 ? `${f.number(kg / 1000, Math.abs(kg) >= 1e5 ? 0 : 1)} t CO₂e` : `${f.number(kg, 0)} kg CO₂e`;
    },
    quantity(value: number | null | undefined, unit: string, digits = 0): string {
      return value === null || value === undefined || !Number.isFinite(value) ? '—' : `${f.number(value, digits)} ${unitLabel(unit)}`;
    },
    /** A date-only string (YYYY-MM-DD) in the interface language, without a time zone shift. */
    day(date: string | null | undefined): string {
      return date ? f.date(`${date}T12:00:00`) : '—';
    },
    /** A finding's explanation in the interface language (the English message when no translation). */
    finding(finding: Finding): string {
      const key = `findings.${finding.code}`;
      return i18n.exists(`impact:${key}`) ? t(key, finding.params) : finding.message;
    },
  };
}
