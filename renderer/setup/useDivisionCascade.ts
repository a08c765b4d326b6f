// State of the cascading division picker: what is chosen at each level and the choices offered below it,
// loaded level by level through 'divisions.children'.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Division } from '../../shared/api/contract.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifyError } from '../api/errors.ts';

export type DivisionLevel = Division['level'];
export const DIVISION_LEVELS: readonly DivisionLevel[] = ['province', 'city', 'district', 'township', 'village'];

interface CascadeState {
  chosen: Partial<Record<DivisionLevel, Division>>;
  options: Partial<Record<DivisionLevel, Division[]>>;
  /** The level whose choices are being read, if any. */
  loading: DivisionLevel | null;
}

export interface DivisionCascade extends CascadeState {
  choose: (level: DivisionLevel, code: string | null) => void;
  /** The deepest division chosen (its code is the committee's area code). */
  deepest: Division | null;
}

function below(level: DivisionLevel): DivisionLevel[] {
  return DIVISION_LEVELS.slice(DIVISION_LEVELS.indexOf(level) + 1);
}

export function useDivisionCascade(): DivisionCascade {
  const api = useApi();
  const [state, setState] = useState<CascadeState>({ chosen: {}, options: {}, loading: 'province' });
  const latest = useRef(0);

  const load = useCallback(
    (code: string | null, expected: DivisionLevel) => {
      const request = ++latest.current;
      api.call('divisions.children', { code }).then(
        (children) => {
          if (request !== latest.current) return;
          // Some cities have no districts (e.g. 东莞市): the children then fill the level they belong to.
          const level = children[0]?.level ?? expected;
          setState((s) => ({ ...s, loading: null, options: { ...s.options, [level]: children } }));
        },
        (error: unknown) => {
          if (request !== latest.current) return;
          notifyError(error, '读取行政区划失败');
          setState((s) => ({ ...s, loading: null }));
        },
      );
    },
    [api],
  );

  useEffect(() => load(null, 'province'), [load]);

  const choose = useCallback(
    (level: DivisionLevel, code: string | null) => {
      const division = code ? (state.options[level]?.find((d) => d.code === code) ?? null) : null;
      const chosen = { ...state.chosen };
      const options = { ...state.options };
      for (const l of below(level)) {
        delete chosen[l];
        delete options[l];
      }
      if (division) chosen[level] = division;
      else delete chosen[level];
      const next = below(level)[0] ?? null;
      const willLoad = division !== null && division.hasChildren && next !== null;
      setState({ chosen, options, loading: willLoad ? next : null });
      if (willLoad) load(division.code, next);
      else latest.current++; // an answer still on its way for the old choice is no longer wanted
    },
    [state, load],
  );

  const deepestLevel = [...DIVISION_LEVELS].reverse().find((l) => state.chosen[l]);
  return { ...state, choose, deepest: deepestLevel ? (state.chosen[deepestLevel] ?? null) : null };
}
