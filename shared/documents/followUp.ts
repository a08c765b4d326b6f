// The 人民调解回访记录 (MoJ format): one ruled record per follow-up visit recorded for the case, or one blank form
// to fill in by hand when none is recorded yet. It reuses the case's number as the agreement number.
import type { CaseDetail } from '../domain/case.ts';
import { FULFILMENT_STATES, type Step } from '../domain/lifecycle.ts';
import { DISPUTE_TYPES, labelOf } from '../domain/reference.ts';
import { dateRuns, valueRun } from './format.ts';
import type { Block, Cell, DocumentModel, Run } from './model.ts';
import { stepsOf, type DocumentSource } from './source.ts';

type FollowUp = Extract<Step, { kind: 'follow_up' }>;

const FACTS_EXCERPT = 60;

const label = (text: string): Cell => ({ runs: [{ text }], header: true });
const cell = (runs: Run[]): Cell => ({ runs });
const wide = (runs: Run[], minLines?: number): Cell => ({ runs, colSpan: 3, ...(minLines ? { minLines } : {}) });
const yesNo = (v: boolean): Run => ({ value: v ? '是' : '否' });

/** Tick boxes for a form filled in by hand: `□是 □否` (an ideographic space between). */
const boxes = (options: readonly string[]): Run[] => [{ text: options.map((o) => `□${o}`).join('　') }];

/** The kind of dispute as written in a heading: `邻里纠纷`, `劳动争议`. */
export function disputeName(detail: CaseDetail): string {
  const type = labelOf(DISPUTE_TYPES, detail.disputeType);
  return /(纠纷|争议)$/.test(type) ? type : `${type}纠纷`;
}

/** The matter the visit is about: `邻里纠纷：楼上漏水……` (the facts cut at 60 characters). */
export function matterOf(detail: CaseDetail): string {
  const chars = Array.from(detail.facts.replace(/\s+/g, ' ').trim());
  const excerpt = chars.length > FACTS_EXCERPT ? `${chars.slice(0, FACTS_EXCERPT).join('')}……` : chars.join('');
  return `${disputeName(detail)}：${excerpt}`;
}

/** The rows of one record; `visit` null gives the blank form. */
function recordRows(detail: CaseDetail, visit: FollowUp | null): Cell[][] {
  const none = (v: string | null): Run => (visit ? { value: v ?? '无' } : { blank: 24 });
  return [
    [label('回访对象'), cell([valueRun(visit?.visited, 8)]), label('回访日期'), cell(dateRuns(visit?.on))],
    [label('协议编号'), cell([{ value: detail.number }]), label('回访人'), cell([valueRun(visit?.mediator, 8)])],
    [label('纠纷事项'), wide([{ value: matterOf(detail) }], 2)],
    [
      label('协议履行情况'),
      wide(
        visit
          ? [valueRun(visit.performed ? labelOf(FULFILMENT_STATES, visit.performed) : null, 8)]
          : boxes(FULFILMENT_STATES.map((s) => s.label)),
      ),
    ],
    [
      label('当事人是否满意'),
      cell(visit ? [yesNo(visit.satisfied)] : boxes(['是', '否'])),
      label('是否已起诉'),
      cell(visit ? [yesNo(visit.lawsuit)] : boxes(['是', '否'])),
    ],
    [label('遗留风险'), wide([none(visit?.risk ?? null)], 2)],
    [label('回访情况'), wide(visit ? [{ value: visit.findings }] : [], 8)],
    [label('采取的措施'), wide([none(visit?.action ?? null)], 3)],
  ];
}

function recordBlocks(detail: CaseDetail, visit: FollowUp | null): Block[] {
  return [
    { kind: 'title', text: '人民调解回访记录' },
    { kind: 'line', runs: [{ value: detail.number }], align: 'right' },
    { kind: 'table', widths: [2, 3, 2, 3], rows: recordRows(detail, visit) },
    { kind: 'space', lines: 1 },
    {
      kind: 'signatures',
      lines: [
        [{ text: '被回访人（签名或按指印）：' }, { blank: 10 }],
        [{ text: '回访人（签名）：' }, ...(visit ? [{ value: visit.mediator }, { text: '　' }] : []), { blank: 8 }],
      ],
    },
  ];
}

/** Every follow-up visit in force, one per page, in the order they were recorded. */
export function buildFollowUp(source: DocumentSource): DocumentModel {
  const detail = source.case;
  const visits = stepsOf(detail, 'follow_up');
  const blocks =
    visits.length === 0
      ? recordBlocks(detail, null)
      : visits.flatMap((visit, i) => [...(i > 0 ? [{ kind: 'pageBreak' } as const] : []), ...recordBlocks(detail, visit)]);
  return { type: 'follow-up', title: '人民调解回访记录', caseNumber: detail.number, numbered: true, blocks };
}
