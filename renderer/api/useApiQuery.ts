// Loads one API answer for a page, again whenever the input changes; failures are shown as a notification.
import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.ts';
import { useApi } from './ApiContext.tsx';
import { notifyError } from './errors.ts';

interface Answer<M extends MethodName> {
  key: string;
  data?: MethodOutput<M>;
  error?: unknown;
}

export interface ApiQuery<M extends MethodName> {
  /** The latest answer; while a new one loads, the previous one stays (no flicker between pages). */
  data: MethodOutput<M> | undefined;
  /** The error of the latest call, if it failed. */
  error: unknown;
  loading: boolean;
  reload: () => void;
}

export interface ApiQueryOptions {
  /** Show a failure as a notification (default true); false for a part of a page that can do without its data. */
  notify?: boolean;
  /** Read again whenever this changes (e.g. the time another answer was read, after which this one may differ). */
  refreshKey?: string | number;
}

/** `const { data, loading } = useApiQuery('cases.get', { id })`; pass null as input to wait. */
export function useApiQuery<M extends MethodName>(method: M, input: MethodInput<M> | null, options: ApiQueryOptions = {}): ApiQuery<M> {
  const api = useApi();
  const notify = options.notify ?? true;
  const [round, setRound] = useState(0);
  const [answer, setAnswer] = useState<Answer<M>>({ key: '' });
  const inputKey = input === null ? null : JSON.stringify(input);
  const key = inputKey === null ? null : `${method}|${round}|${options.refreshKey ?? ''}|${inputKey}`;

  useEffect(() => {
    if (key === null || inputKey === null) return;
    let current = true;
    api.call(method, JSON.parse(inputKey) as MethodInput<M>).then(
      (data) => current && setAnswer({ key, data }),
      (error: unknown) => {
        if (!current) return;
        if (notify) notifyError(error, '读取数据失败');
        setAnswer((prev) => ({ key, data: prev.data, error }));
      },
    );
    return () => {
      current = false;
    };
  }, [api, method, key, inputKey, notify]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data: answer.data, error: answer.key === key ? answer.error : undefined, loading: key !== null && answer.key !== key, reload };
}
