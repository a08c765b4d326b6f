// 司法确认申请书: the parties' joint application to the basic court to confirm their mediation agreement
// (人民调解法 Art. 33, 民事诉讼法 Art. 205–206): every party applies, the request, the grounds with the agreed terms,
// the court, the attachment, the signatures and the date of application.
import type { Party } from '../domain/case.ts';
import { blankLines, bySide, chineseNumber, dateRuns, textParagraphs, yuan } from './format.ts';
import type { Block, DocumentModel, Run } from './model.ts';
import { particularRuns } from './parties.ts';
import { stepsOf, type DocumentSource } from './source.ts';

/** 申请人一, 申请人二 …: every party applies jointly, whatever side it took in the mediation. */
function applicantTitles(parties: readonly Party[]): string[] {
  return parties.map((_, i) => (parties.length > 1 ? `申请人${chineseNumber(i + 1)}` : '申请人'));
}

/** One line per applicant: a person signs or fingerprints, an organisation seals and its representative signs. */
function signatureLines(parties: readonly Party[], titles: readonly string[]): Run[][] {
  return parties.map((party, i) =>
    party.kind === 'organization'
      ? [{ text: `${titles[i]}（盖章）：` }, { value: party.name }, { text: '    法定代表人或委托代理人（签名）：' }, { blank: 8 }]
      : [{ text: `${titles[i]}（签名或按指印）：` }, { blank: 10 }],
  );
}

/**
 * The joint application for judicial confirmation of the case's written agreement (drawn only when one exists,
 * see documentProblem in build.ts); the court and the date come from the recorded application, else blank.
 */
export function buildConfirmation(source: DocumentSource): DocumentModel {
  const detail = source.case;
  const parties = bySide(detail.parties);
  const titles = applicantTitles(parties);
  const agreement = stepsOf(detail, 'agreement_written').at(-1) ?? null;
  const applied = stepsOf(detail, 'confirmation_applied').at(-1) ?? null;
  const court = applied?.court ?? detail.progress.confirmation?.court ?? null;

  const applicants = parties.map((party, i): Block => ({
    kind: 'paragraph',
    indent: false,
    runs: [{ text: `${titles[i]}：`, bold: true }, ...particularRuns(party)],
  }));
  const terms: Block[] = agreement
    ? [
        { kind: 'paragraph', runs: [{ text: '调解协议的主要内容如下：' }] },
        { kind: 'list', style: 'arabic', items: agreement.terms.map((term): Run[] => [{ value: term }]) },
      ]
    : blankLines(4);
  if (agreement && agreement.amountFen !== null)
    terms.push({ kind: 'paragraph', runs: [{ text: '协议涉及金额：' }, { value: `人民币${yuan(agreement.amountFen)}` }, { text: '。' }] });

  const blocks: Block[] = [
    { kind: 'title', text: '司法确认申请书' },
    ...applicants,
    { kind: 'heading', text: '请求事项' },
    {
      kind: 'paragraph',
      runs: [
        { text: '请求确认申请人于' },
        ...dateRuns(agreement?.on),
        { text: '经' },
        { value: source.committee.name },
        { text: '调解达成的' },
        { value: detail.number },
        { text: '人民调解协议有效。' },
      ],
    },
    { kind: 'heading', text: '事实和理由' },
    ...textParagraphs(source.wording.confirmationStatement, 'text'),
    ...terms,
    { kind: 'paragraph', runs: [{ text: '此致' }] },
    { kind: 'paragraph', indent: false, runs: court ? [{ value: court }] : [{ blank: 10 }, { text: '人民法院' }] },
    { kind: 'paragraph', indent: false, runs: [{ text: '附：人民调解协议书一份' }] },
    { kind: 'signatures', lines: signatureLines(parties, titles) },
    { kind: 'line', align: 'right', runs: dateRuns(applied?.on) },
  ];
  return { type: 'confirmation', title: '司法确认申请书', caseNumber: detail.number, numbered: true, blocks };
}
