/**
 * An amount of money typed as text in the interface language ("25.000,50" or "25,000.50") and
 * handed on as integer cents, parsed without floating point. Invalid text shows its error and
 * hands nothing on.
 */
import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMoney } from '../../shared/money';
import { useFormat } from '../i18n/format';

export interface MoneyInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'error'> {
  value: number | null | undefined;
  onChange: (cents: number | null) => void;
  error?: string | null;
  currency?: string;
}

export function MoneyInput({ value, onChange, error, currency = 'EUR', ...rest }: MoneyInputProps) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const plain = (cents: number | null | undefined) => (cents === null || cents === undefined ? '' : new Intl.NumberFormat(f.tag, { minimumFractionDigits: cents % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 }).format(cents / 100));
  const [text, setText] = useState(plain(value));
  const [bad, setBad] = useState(false);
  useEffect(() => setText(plain(value)), [value, f.tag]);
  const commit = () => {
    if (text.trim() === '') return onChange(null);
    const r = parseMoney(text, { decimalSeparator: i18n.language === 'en' ? '.' : ',' });
    setBad(!r.ok || r.cents < 0);
    if (r.ok && r.cents >= 0) onChange(r.cents);
  };
  return (
    <TextInput
      inputMode="decimal"
      rightSection={currency === 'EUR' ? '€' : currency}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
      error={bad ? t('money.invalid') : error}
      {...rest}
    />
  );
}
