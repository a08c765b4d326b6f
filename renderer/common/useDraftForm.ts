// A form over a draft object: the draft, its problems (a change clears those of the fields it touches), and the
// call that sends it (useFormCall).
import { useState } from 'react';
import { setError } from './fieldErrors.ts';
import { useFormCall, type FormCall } from './useFormCall.ts';

export interface DraftForm<T> {
  draft: T;
  form: FormCall;
  /** `change({ name: '张三' })`: the fields' new values; their problems go. */
  change: (patch: Partial<T>) => void;
  /** Sets or clears one path's problem (a field checked as it is typed). */
  problem: (path: string, message: string | null) => void;
}

export function useDraftForm<T extends object>(initial: () => T): DraftForm<T> {
  const form = useFormCall();
  const [draft, setDraft] = useState(initial);
  const change = (patch: Partial<T>) => {
    setDraft((d) => ({ ...d, ...patch }));
    for (const path of Object.keys(patch)) form.clear(path);
  };
  const problem = (path: string, message: string | null) => form.setErrors((e) => setError(e, path, message));
  return { draft, form, change, problem };
}
