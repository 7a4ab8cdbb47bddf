/**
 * Autosave of an application: changes are gathered and sent together a moment after the person
 * stops typing (answers merged by question on the server); the saved application updates the
 * eligibility panel. Field problems come back by path.
 */
import { useDebouncedCallback } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api, ApiError, unwrap } from '../../api/client';
import { applicationQuery, type ApplicationDto } from './queries';

type Patch = { acronym?: string | null; title?: string | null; instrumentId?: string | null; trl?: number | null; teamWomen?: number | null; teamMen?: number | null; topics?: string[]; activities?: string[]; answers?: Record<string, unknown> };

export type SaveState = { status: 'idle' | 'pending' | 'saving' | 'saved' | 'error'; at?: Date; errors: Record<string, string> };

export function useAutosave(id: string) {
  const qc = useQueryClient();
  const pending = useRef<Patch>({});
  const [state, setState] = useState<SaveState>({ status: 'idle', errors: {} });
  const flush = async () => {
    const patch = pending.current;
    pending.current = {};
    if (Object.keys(patch).length === 0) return;
    setState((s) => ({ ...s, status: 'saving' }));
    try {
      const saved = await unwrap(api.PATCH('/api/funding/applications/{id}', { params: { path: { id } }, body: patch as never }));
      qc.setQueryData(applicationQuery(id).queryKey, saved as ApplicationDto);
      setState({ status: 'saved', at: new Date(), errors: {} });
    } catch (err) {
      const errors: Record<string, string> = {};
      if (err instanceof ApiError) for (const e of err.problem.errors ?? []) errors[e.path] = e.message ?? e.code;
      setState({ status: 'error', errors: Object.keys(errors).length ? errors : { '': err instanceof ApiError ? err.problem.title : String(err) } });
    }
  };
  const debounced = useDebouncedCallback(() => void flush(), 1200);
  const change = (patch: Patch) => {
    const answers = patch.answers ? { ...(pending.current.answers ?? {}), ...patch.answers } : pending.current.answers;
    pending.current = { ...pending.current, ...patch, ...(answers ? { answers } : {}) };
    setState((s) => ({ ...s, status: 'pending' }));
    debounced();
  };
  return { state, change, flush };
}
