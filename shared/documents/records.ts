// 人民调解调查记录 and 人民调解记录 (MoJ formats): one page per investigation or mediation session recorded, or one
// blank form to fill in by hand when none is recorded yet.
import { FAILURE_ROUTES, isOutcome, type Step } from '../domain/lifecycle.ts';
import { DISPUTE_TYPES, labelOf } from '../domain/reference.ts';
import { mediatorSignatures } from './agreement.ts';
import { blankLines, bySide, dateRuns, textParagraphs, valueRun } from './format.ts';
import type { Block, DocumentModel, Run } from './model.ts';
import { partySignatures } from './parties.ts';
import { stepsInForce, stepsOf, type DocumentSource } from './source.ts';

type Investigation = Extract<Step, { kind: 'investigation' }>;
type Session = Extract<Step, { kind: 'session' }>;

/** Ruled lines left for the record on a blank form. */
const RECORD_LINES = 14;
/** Characters of the facts repeated as the matter of a session. */
const MATTER_CHARS = 60;

/** `2026年3月2日14时30分`; what was not recorded is left blank. */
function timeRuns(on: string | null, time: string | null): Run[] {
  const [hour = '', minute = ''] = time ? time.split(':') : [];
  const clock: Run[] = time ? [{ value: `${Number(hour)}时${minute}分` }] : [{ blank: 2 }, { text: '时' }, { blank: 2 }, { text: '分' }];
  return [...dateRuns(on), ...clock];
}

const field = (label: string, runs: Run[]): Block => ({ kind: 'paragraph', indent: false, runs: [{ text: `${label}：` }, ...runs] });
const signature = (label: string): Run[] => [{ text: `${label}（签名）：` }, { blank: 10 }];

/** A record's content as paragraphs, or ruled lines to write it by hand. */
function contentBlocks(content: string | null): Block[] {
  const paragraphs = content ? textParagraphs(content) : [];
  return paragraphs.length > 0 ? paragraphs : blankLines(RECORD_LINES);
}

/** Pages separated by page breaks. */
function pages(list: Block[][]): Block[] {
  return list.flatMap((page, i) => (i === 0 ? page : [{ kind: 'pageBreak' } as const, ...page]));
}

function investigationPage(source: DocumentSource, record: Investigation | null): Block[] {
  return [
    { kind: 'title', text: '人民调解调查记录' },
    { kind: 'line', align: 'right', runs: [{ value: source.case.number }] },
    field('时间', timeRuns(record?.on ?? null, record?.time ?? null)),
    field('地点', [valueRun(record?.place, 20)]),
    field('参加人', [valueRun(record?.present.join('、'), 20)]),
    field('被调查人', [valueRun(record?.questioned, 8)]),
    field('调查人', [valueRun(record?.investigator, 8)]),
    field('记录人', [valueRun(record?.noteTaker, 8)]),
    field('记录内容', []),
    ...contentBlocks(record?.content ?? null),
    {
      kind: 'signatures',
      lines: [[{ text: '被调查人（签名或按指印）：' }, { blank: 10 }], signature('调查人'), signature('记录人')],
    },
  ];
}

/**
 * The investigation records of the case, one page each; a blank form when none is recorded.
 * @example buildInvestigation(source).blocks.filter((b) => b.kind === 'pageBreak').length // records − 1
 */
export function buildInvestigation(source: DocumentSource): DocumentModel {
  const records = stepsOf(source.case, 'investigation');
  const list = records.length > 0 ? records.map((r) => investigationPage(source, r)) : [investigationPage(source, null)];
  return { type: 'investigation', title: '人民调解调查记录', caseNumber: source.case.number, numbered: true, blocks: pages(list) };
}

/** `邻里纠纷：楼上漏水……`: the dispute type and the start of the facts. */
function matter(source: DocumentSource): string {
  const facts = [...source.case.facts.replace(/\s*\n\s*/g, '')];
  const short = facts.length > MATTER_CHARS ? `${facts.slice(0, MATTER_CHARS).join('')}……` : facts.join('');
  return `${labelOf(DISPUTE_TYPES, source.case.disputeType)}纠纷：${short}`;
}

/** What the mediation came to, from the case's outcome in force; ruled lines when there is none yet. */
function resultBlocks(source: DocumentSource): Block[] {
  const outcome = stepsInForce(source.case).filter(isOutcome).at(-1);
  const say = (runs: Run[]): Block => ({ kind: 'paragraph', runs });
  switch (outcome?.kind) {
    case 'agreement_written':
      return [say([{ text: '经调解，当事人达成协议（见协议书）。' }])];
    case 'agreement_oral':
      return [say([{ text: '经调解，当事人达成口头协议（见人民调解口头协议登记表）。' }])];
    case 'failure': {
      const routes = outcome.routesExplained.map((code) => FAILURE_ROUTES.find((r) => r.code === code)?.label ?? code);
      return [
        say([{ text: '经调解，当事人未能达成协议。调解不成的原因：' }, { value: outcome.reason.replace(/[。．.]$/, '') }, { text: '。' }]),
        say([{ text: '已告知当事人可以依法' }, { value: routes.join('、') }, { text: '，维护自己的合法权益。' }]),
        ...(outcome.divertedBody ? [say([{ text: '已引导当事人向' }, { value: outcome.divertedBody }, { text: '寻求解决。' }])] : []),
      ];
    }
    case 'termination':
      return [
        say([
          { text: '调解终止。终止原因：' },
          { value: outcome.reason.replace(/[。．.]$/, '') },
          ...(outcome.byParty ? [{ text: '（由' }, { value: outcome.byParty }, { text: '提出）' }] : []),
          { text: '。' },
        ]),
      ];
    default:
      return blankLines(3);
  }
}

function sessionPage(source: DocumentSource, record: Session | null, last: boolean): Block[] {
  const noticeGiven = stepsOf(source.case, 'accept').at(-1)?.noticeGiven === true;
  return [
    { kind: 'title', text: '人民调解记录' },
    { kind: 'line', align: 'right', runs: [{ value: source.case.number }] },
    field('时间', timeRuns(record?.on ?? null, record?.time ?? null)),
    field('地点', [valueRun(record?.place, 20)]),
    field('调解事项', [{ value: matter(source) }]),
    field('参加人', [valueRun(record?.present.join('、'), 20)]),
    field('记录人', [valueRun(record?.noteTaker, 8)]),
    field('告知事项', noticeGiven ? [{ text: '已告知当事人人民调解的性质、原则、效力和当事人的权利义务。' }] : [{ blank: 20 }]),
    field('调解情况', []),
    ...contentBlocks(record?.content ?? null),
    field('调解结果', []),
    ...(record && last ? resultBlocks(source) : blankLines(3)),
    {
      kind: 'signatures',
      lines: [...partySignatures(bySide(source.case.parties)), ...mediatorSignatures(source.case), signature('记录人')],
    },
  ];
}

/**
 * The mediation records of the case, one page per session; the outcome is stated on the last session's page.
 * A blank form (with the case's matter, parties and mediators) when no session is recorded.
 */
export function buildSession(source: DocumentSource): DocumentModel {
  const records = stepsOf(source.case, 'session');
  const list =
    records.length > 0 ? records.map((r, i) => sessionPage(source, r, i === records.length - 1)) : [sessionPage(source, null, false)];
  return { type: 'session', title: '人民调解记录', caseNumber: source.case.number, numbered: true, blocks: pages(list) };
}
