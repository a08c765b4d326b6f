// The 人民调解口头协议登记表 (MoJ format): an oral agreement (人民调解法 Art. 28, 30) as the mediator recorded it, in a
// ruled table under the case's number, with the parties' and the mediator's signatures and the registrar.
import { DISPUTE_TYPES, labelOf } from '../domain/reference.ts';
import { FULFILMENT_STATES } from '../domain/lifecycle.ts';
import { actingMediators, mediatorSignatures } from './agreement.ts';
import { chineseDate, dateRuns, partyTitles, valueRun, yuan } from './format.ts';
import type { Cell, DocumentModel, Run } from './model.ts';
import { particularRuns, partySignatures } from './parties.ts';
import { stepsOf, type DocumentSource } from './source.ts';

const label = (text: string): Cell => ({ runs: [{ text }], header: true });
const wide = (runs: Run[], minLines?: number): Cell => ({ runs, colSpan: 3, ...(minLines ? { minLines } : {}) });

/** The oral agreement in force; build.ts refuses the document when there is none. */
export function buildOralAgreement(source: DocumentSource): DocumentModel {
  const detail = source.case;
  const oral = stepsOf(detail, 'agreement_oral').at(-1);
  if (!oral) throw new Error('本案没有达成口头协议');
  const fulfilment = stepsOf(detail, 'fulfilment').at(-1);
  const titles = partyTitles(detail.parties);
  const mediators = actingMediators(detail);

  const rows: Cell[][] = [
    ...detail.parties.map((party) => [label(titles.get(party.id) ?? '当事人'), wide(particularRuns(party))]),
    [
      label('纠纷类型'),
      { runs: [{ value: labelOf(DISPUTE_TYPES, detail.disputeType) }] },
      label('达成日期'),
      { runs: [{ value: chineseDate(oral.on) }] },
    ],
    [label('纠纷主要事实'), wide([{ value: detail.facts }], 4)],
    [label('协议内容'), wide([{ value: oral.content }], 6)],
    [
      label('涉及金额'),
      { runs: [oral.amountFen === null ? { blank: 8 } : { value: `人民币${yuan(oral.amountFen)}` }] },
      label('履行期限'),
      { runs: dateRuns(oral.performanceDeadline) },
    ],
    [
      label('履行情况'),
      { runs: [valueRun(fulfilment ? labelOf(FULFILMENT_STATES, fulfilment.state) : null, 8)] },
      label('人民调解员'),
      { runs: [valueRun(mediators.join('、'), 8)] },
    ],
  ];

  return {
    type: 'oral-agreement',
    title: '人民调解口头协议登记表',
    caseNumber: detail.number,
    numbered: true,
    blocks: [
      { kind: 'title', text: '人民调解口头协议登记表' },
      { kind: 'line', runs: [{ value: detail.number }], align: 'right' },
      { kind: 'table', widths: [2, 3, 2, 3], rows },
      { kind: 'space', lines: 1 },
      { kind: 'signatures', lines: partySignatures(detail.parties) },
      {
        kind: 'signatures',
        lines: [...mediatorSignatures(detail), [{ text: '登记人（签名）：' }, { blank: 10 }]],
      },
      { kind: 'seal', committee: source.committee.name, date: [{ value: chineseDate(oral.on) }] },
    ],
  };
}
