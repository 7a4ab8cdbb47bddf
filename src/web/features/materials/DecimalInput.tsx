/** A number input that writes decimals as people of the interface language do (0,35 in Spanish). */
import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function DecimalInput(props: NumberInputProps) {
  const { i18n } = useTranslation();
  return <NumberInput decimalSeparator={i18n.language === 'es' ? ',' : '.'} {...props} />;
}
