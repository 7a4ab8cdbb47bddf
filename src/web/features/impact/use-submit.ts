/** A form's submit handler with a busy flag; problems go under their fields (applyProblem). */
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyProblem } from '../../api/forms';

export function useSubmit<V extends Record<string, unknown>>(form: UseFormReturnType<V>, action: (values: V) => Promise<void>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    try {
      await action(values);
    } catch (err) {
      applyProblem(form, err, t('feedback.error'));
    } finally {
      setBusy(false);
    }
  });
  return { busy, submit };
}
