// 人民调解受理登记表 (MoJ format): a ruled table of the registration (date, parties, dispute type, source with any
// hand-over, brief facts, requests, whether the case was accepted), then the signatures, the seal and the date.
import type { CaseDetail } from '../domain/case.ts';
import { CASE_SOURCES, DISPUTE_TYPES, labelOf } from '../domain/reference.ts';
import { bySide, dateRuns, partyTitles, valueRun } from './format.ts';
import type { Cell, DocumentModel, Run } from './model.ts';
import { particularRuns, partySignatures } from './parties.ts';
import { stepsInForce, type DocumentSource } from './source.ts';

const label = (text: string): Cell => ({ header: true, runs: [{ text }] });
const wide = (runs: Run[], minLines?: number): Cell => (minLines ? { runs, colSpan: 3, minLines } : { runs, colSpan: 3 });

/** The source, and for a hand-over the sending body, its reference and date (blank when not recorded). */
function sourceRuns(detail: CaseDetail): Run[] {
  const runs: Run[] = [{ value: labelOf(CASE_SOURCES, detail.source) }];
  const handover = CASE_SOURCES.find((s) => s.code === detail.source)?.group === 'handover';
  const referral = detail.referral;
  if (!referral && !handover) return runs;
  return [
    ...runs,
    { text: '；移送单位：' },
    valueRun(referral?.body, 12),
    { text: '；移送文号：' },
    valueRun(referral?.reference, 10),
    { text: '；移送日期：' },
    ...dateRuns(referral?.date),
  ];
}

/** Accepted on a date, or refused with the reason, from the step in force; boxes to tick when neither is recorded. */
function decisionRuns(detail: CaseDetail): Run[] {
  const decision = stepsInForce(detail)
    .filter((s) => s.kind === 'accept' || s.kind === 'refuse')
    .at(-1);
  if (decision?.kind === 'accept')
    return [
      { text: '予以受理。受理日期：' },
      ...dateRuns(decision.on),
      { text: decision.noticeGiven ? '；已告知当事人权利义务。' : '。' },
      ...(decision.note ? [{ text: '备注：' }, { value: decision.note }] : []),
    ];
  if (decision?.kind === 'refuse')
    return [{ text: '不予受理。理由：' }, { value: decision.reason }, { text: '；日期：' }, ...dateRuns(decision.on)];
  return [{ text: '□予以受理　□不予受理，理由：' }, { blank: 16 }];
}

/**
 * The registration form of the case, signed by the parties and the registrar and sealed on the registration date.
 * @example buildRegistration(source).blocks[2] // { kind: 'table', … }
 */
export function buildRegistration(source: DocumentSource): DocumentModel {
  const detail = source.case;
  const parties = bySide(detail.parties);
  const titles = partyTitles(parties);
  const partyRows = parties.map((party): Cell[] => [label(titles.get(party.id) ?? '当事人'), wide(particularRuns(party))]);

  const rows: Cell[][] = [
    [
      label('登记日期'),
      { runs: dateRuns(detail.registeredOn) },
      label('纠纷类型'),
      { runs: [{ value: labelOf(DISPUTE_TYPES, detail.disputeType) }] },
    ],
    [label('发生日期'), { runs: dateRuns(detail.occurredOn) }, label('发生地点'), { runs: [valueRun(detail.place, 10)] }],
    [label('纠纷来源'), wide(sourceRuns(detail))],
    ...partyRows,
    [label('纠纷简要情况'), wide([{ value: detail.facts }], 6)],
    [label('当事人请求'), wide([valueRun(detail.requests, 24)], 3)],
    [label('受理情况'), wide(decisionRuns(detail), 2)],
  ];

  return {
    type: 'registration',
    title: '人民调解受理登记表',
    caseNumber: detail.number,
    numbered: true,
    blocks: [
      { kind: 'title', text: '人民调解受理登记表' },
      { kind: 'line', align: 'right', runs: [{ value: detail.number }] },
      { kind: 'table', widths: [2, 3, 2, 3], rows },
      { kind: 'signatures', lines: [...partySignatures(parties), [{ text: '登记人（签名）：' }, { blank: 8 }]] },
      { kind: 'seal', committee: source.committee.name, date: dateRuns(detail.registeredOn) },
    ],
  };
}
