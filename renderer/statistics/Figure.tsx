// A case figure that opens the list of its cases: every count and amount on the statistics page is one, so a
// director can see which cases make a number. A zero lists nothing and stays plain text. The figure takes the
// size of the text around it (a table cell, a headline card).
import { createContext, useContext, type ReactNode } from 'react';
import { Anchor, Text } from '@mantine/core';
import type { Measure } from '../../shared/domain/statistics.ts';
import type { CaseSource, DisputeType } from '../../shared/domain/reference.ts';
import { figureText, type Drill } from './figures.ts';

const DrillContext = createContext<((drill: Drill) => void) | null>(null);

/** Hands the page's drawer opener to every figure below. */
export function DrillProvider({ open, children }: { open: (drill: Drill) => void; children: ReactNode }) {
  return <DrillContext.Provider value={open}>{children}</DrillContext.Provider>;
}

interface FigureProps {
  measure: Measure;
  value: number;
  /** What is counted, as the list's title says it: '婚姻家庭 · 受理'. */
  title: string;
  disputeType?: DisputeType | null;
  /** With the measure 'accepted': the cases of one detailed source. */
  source?: CaseSource | null;
  committeeId?: string | null;
}

export function Figure({ measure, value, title, disputeType = null, source = null, committeeId = null }: FigureProps) {
  const open = useContext(DrillContext);
  const text = figureText(measure, value);
  if (value === 0 || !open) {
    return (
      <Text span fz="inherit" c={value === 0 ? 'dimmed' : undefined}>
        {text}
      </Text>
    );
  }
  const amount = measure === 'amount' ? `${text}元` : `${text}件`;
  return (
    <Anchor
      component="button"
      type="button"
      fz="inherit"
      fw={600}
      title="点击查看这些案件"
      aria-label={`查看案件：${title}（${amount}）`}
      onClick={() => open({ measure, disputeType, source, committeeId, title })}
    >
      {text}
    </Anchor>
  );
}
