// 人民调解当事人权利义务告知书 (MoJ format): the committee's notice to the parties of what people's mediation is,
// its principles and effect and their rights and duties (the wording the committee chose), signed for by each party.
import type { Party } from '../domain/case.ts';
import { bySide, dateRuns, partyTitles, textParagraphs, valueRun } from './format.ts';
import type { DocumentModel, Run } from './model.ts';
import { stepsOf, type DocumentSource } from './source.ts';

/** One line per party to sign for the notice: a person signs or fingerprints, an organisation seals. */
function receipts(parties: readonly Party[]): Run[][] {
  const titles = partyTitles(parties);
  return parties.map((party) => [
    { text: `${titles.get(party.id) ?? ''}：` },
    { value: party.name },
    { text: party.kind === 'organization' ? '　　签收（盖章）：' : '　　签收（签名或按指印）：' },
    { blank: 8 },
  ]);
}

/**
 * The notice of rights and duties, addressed to every party and sealed on the day the case was accepted.
 * @example buildNotice(source).blocks[1] // the line naming the parties: 张三、李四：
 */
export function buildNotice(source: DocumentSource): DocumentModel {
  const detail = source.case;
  const parties = bySide(detail.parties);
  const accepted = stepsOf(detail, 'accept').at(-1);
  const names: Run[] = parties.flatMap((p, i): Run[] => (i === 0 ? [{ value: p.name }] : [{ text: '、' }, { value: p.name }]));

  return {
    type: 'notice',
    title: '人民调解当事人权利义务告知书',
    caseNumber: detail.number,
    numbered: true,
    blocks: [
      { kind: 'title', text: '人民调解当事人权利义务告知书' },
      { kind: 'paragraph', indent: false, runs: [...names, { text: '：' }] },
      { kind: 'paragraph', runs: [{ text: '根据《中华人民共和国人民调解法》的规定，现将人民调解的有关事项和当事人的权利义务告知如下：' }] },
      ...textParagraphs(source.wording.notice, 'text'),
      { kind: 'paragraph', runs: [{ text: '以上内容已告知，当事人已知悉。' }] },
      // Where the parties reach the committee afterwards (its particulars, 调委会 page).
      {
        kind: 'paragraph',
        runs: [
          { text: `${source.committee.name}地址：` },
          valueRun(source.committee.address, 16),
          { text: '，联系电话：' },
          valueRun(source.committee.phone, 10),
          { text: '。' },
        ],
      },
      { kind: 'signatures', lines: receipts(parties) },
      { kind: 'seal', committee: source.committee.name, date: dateRuns(accepted?.on) },
    ],
  };
}
