// The 人民调解协议书 (人民调解法 Art. 29, MoJ format): the parties' particulars, the facts and points in dispute,
// each party's responsibility, the numbered terms, how, where and by when they are performed, 一式N份, and the
// signatures of the parties and the mediators under the committee's seal.
import type { CaseDetail } from '../domain/case.ts';
import { chineseDate, chineseNumber, dateRuns, valueRun, yuan } from './format.ts';
import type { Block, DocumentModel, Run } from './model.ts';
import { particulars, partySignatures } from './parties.ts';
import { stepsOf, type DocumentSource } from './source.ts';

/** One paragraph per line of a text the clerk typed; a blank line to write on when there is none. */
function textParagraphs(text: string | null, label?: string): Block[] {
  const lines = (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const lead: Run[] = label ? [{ text: `${label}：` }] : [];
  if (lines.length === 0) return [{ kind: 'paragraph', runs: [...lead, { blank: 24 }] }];
  return lines.map((line, i) => ({ kind: 'paragraph', runs: [...(i === 0 ? lead : []), { value: line }] }));
}

/** The mediators who act in the case (assigned and not recused), the lead mediator first. */
export function actingMediators(detail: CaseDetail): string[] {
  const acting = detail.progress.mediators.filter((m) => m.recusedOn === null);
  return [...acting.filter((m) => m.lead), ...acting.filter((m) => !m.lead)].map((m) => m.name);
}

/** Signature lines of the acting mediators, each name printed before its blank; one blank line when none is assigned. */
export function mediatorSignatures(detail: CaseDetail, label = '人民调解员（签名）：'): Run[][] {
  const names = actingMediators(detail);
  if (names.length === 0) return [[{ text: label }, { blank: 10 }]];
  return names.map((name) => [{ text: label }, { value: name }, { text: '　' }, { blank: 8 }]);
}

/** The agreement in force; build.ts refuses the document before a complete written agreement exists. */
export function buildAgreement(source: DocumentSource): DocumentModel {
  const detail = source.case;
  // Read directly rather than through build.ts's writtenAgreement: build.ts imports this file.
  const agreement = stepsOf(detail, 'agreement_written').at(-1);
  if (!agreement) throw new Error('本案尚未达成书面协议');
  const copies = chineseNumber(detail.parties.length + 1);

  const blocks: Block[] = [
    { kind: 'title', text: '人民调解协议书' },
    { kind: 'line', runs: [{ value: detail.number }], align: 'right' },
    ...particulars(detail.parties).map((p): Block => ({ kind: 'paragraph', runs: p.runs })),
    { kind: 'heading', text: '纠纷主要事实、争议事项' },
    ...textParagraphs(detail.facts),
    ...textParagraphs(agreement.disputedPoints, '争议事项'),
    { kind: 'heading', text: '各方责任' },
    ...textParagraphs(agreement.responsibilities),
    { kind: 'paragraph', runs: [{ text: source.wording.agreementOpening }] },
    { kind: 'list', style: 'chinese', items: agreement.terms.map((term) => [{ value: term }]) },
    { kind: 'heading', text: '履行方式、地点、期限' },
    { kind: 'paragraph', runs: [{ text: '履行方式：' }, valueRun(agreement.performanceMethod, 12), { text: '。' }] },
    { kind: 'paragraph', runs: [{ text: '履行地点：' }, valueRun(agreement.performancePlace, 12), { text: '。' }] },
    { kind: 'paragraph', runs: [{ text: '履行期限：' }, ...dateRuns(agreement.performanceDeadline), { text: '前履行完毕。' }] },
  ];
  if (agreement.amountFen !== null)
    blocks.push({ kind: 'paragraph', runs: [{ text: '涉及金额：' }, { value: `人民币${yuan(agreement.amountFen)}` }, { text: '。' }] });
  blocks.push(
    { kind: 'paragraph', runs: [{ text: `本协议一式${copies}份，当事人各执一份，人民调解委员会留存一份。` }] },
    { kind: 'paragraph', runs: [{ text: source.wording.agreementEffect }] },
  );
  if (source.wording.agreementReminder.trim() !== '')
    blocks.push({ kind: 'paragraph', runs: [{ text: source.wording.agreementReminder }] });
  blocks.push(
    { kind: 'space', lines: 1 },
    { kind: 'signatures', lines: partySignatures(detail.parties) },
    { kind: 'signatures', lines: [...mediatorSignatures(detail), [{ text: '记录人（签名）：' }, { blank: 10 }]] },
    { kind: 'seal', committee: source.committee.name, date: [{ value: chineseDate(agreement.on) }] },
  );

  return { type: 'agreement', title: '人民调解协议书', caseNumber: detail.number, numbered: true, blocks };
}
