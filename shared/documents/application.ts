// 人民调解申请书 (MoJ format): who applies against whom, the facts, the requests, the statement that the
// applicant applies of their own free will, the applicants' signatures and the date of registration.
import type { Party } from '../domain/case.ts';
import { ageOn, blankLines, bySide, dateRuns, partyTitles, SEX_LABELS, textParagraphs } from './format.ts';
import type { Block, DocumentModel, Run } from './model.ts';
import { agentRuns, fieldRuns, particularRuns, partySignatures } from './parties.ts';
import type { DocumentSource } from './source.ts';

/** A person as the application names them: name, sex, ethnicity, age when registered, occupation, contact, address. */
function personRuns(party: Party, registeredOn: string): Run[] {
  return fieldRuns(party.name, [
    ['性别', party.sex ? SEX_LABELS[party.sex] : null, 2],
    ['民族', party.ethnicity, 3],
    ['年龄', party.birthDate ? ageOn(party.birthDate, registeredOn) : null, 3, '岁'],
    ['职业', party.occupation, 6],
    ['联系方式', party.phone, 10],
    ['工作单位或住址', party.address, 16],
  ]);
}

/**
 * The application for mediation of the case, dated the day it was registered.
 * @example buildApplication(source).blocks[0] // { kind: 'title', text: '人民调解申请书' }
 */
export function buildApplication(source: DocumentSource): DocumentModel {
  const detail = source.case;
  const parties = bySide(detail.parties);
  const titles = partyTitles(parties);
  const applicants = parties.filter((p) => p.role === 'applicant');

  const partyBlocks = parties.map((party): Block => ({
    kind: 'paragraph',
    indent: false,
    runs: [
      { text: `${titles.get(party.id) ?? ''}：`, bold: true },
      ...(party.kind === 'organization' ? particularRuns(party) : [...personRuns(party, detail.registeredOn), ...agentRuns(party)]),
    ],
  }));
  const facts = textParagraphs(detail.facts);
  const requests = detail.requests ? textParagraphs(detail.requests) : [];

  const blocks: Block[] = [
    { kind: 'title', text: '人民调解申请书' },
    ...partyBlocks,
    { kind: 'heading', text: '纠纷事实' },
    ...(facts.length > 0 ? facts : blankLines(4)),
    { kind: 'heading', text: '申请事项' },
    ...(requests.length > 0 ? requests : blankLines(3)),
    { kind: 'paragraph', runs: [{ text: source.wording.applicationStatement }] },
    { kind: 'paragraph', runs: [{ text: '此致' }] },
    { kind: 'paragraph', indent: false, runs: [{ value: source.committee.name }] },
    { kind: 'signatures', lines: partySignatures(applicants) },
    { kind: 'line', align: 'right', runs: dateRuns(detail.registeredOn) },
  ];
  return { type: 'application', title: '人民调解申请书', caseNumber: detail.number, numbered: true, blocks };
}
