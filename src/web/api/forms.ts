/** Shows a problem's field issues on a Mantine form, and its title in a notification. */
import { notifications } from '@mantine/notifications';
import { ApiError } from './client';

interface FormLike {
  setFieldError(path: string, error: string): void;
}

export function showError(err: unknown, fallback: string): void {
  const title = err instanceof ApiError ? (err.code === 'network' ? fallback : err.problem.title) : fallback;
  const detail = err instanceof ApiError && err.problem.errors?.length ? err.problem.detail : undefined;
  notifications.show({ color: 'red', title: detail ? title : undefined, message: detail ?? title });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message });
}

/** Puts each field issue under its field; returns true when at least one field was marked. */
export function applyProblem(form: FormLike, err: unknown, fallback: string): boolean {
  if (err instanceof ApiError && err.problem.errors?.length) {
    let marked = false;
    for (const issue of err.problem.errors) {
      if (issue.path) {
        form.setFieldError(issue.path, issue.message ?? issue.code);
        marked = true;
      }
    }
    if (!marked) showError(err, fallback);
    return marked;
  }
  showError(err, fallback);
  return false;
}
