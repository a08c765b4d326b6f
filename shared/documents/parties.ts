// A party's particulars as the documents print them (人民调解法 Art. 29: 当事人的基本情况): a person's name, sex,
// ethnicity, birth date, ID number, occupation, address and phone; an organisation's name, domicile and legal
// representative. What was not recorded prints as a blank line.
import { AGENT_KINDS, type Party } from '../domain/case.ts';
import { dateRuns, partyTitles, SEX_LABELS, valueRun } from './format.ts';
import type { Run } from './model.ts';

/**
 * One paragraph per party: `申请人：张三，性别：男，民族：汉族，出生日期：1949年12月31日，身份证号码：…`.
 * @example particulars(detail.parties)[0] // runs of 申请人一 …
 */
export function particulars(parties: readonly Party[]): { party: Party; title: string; runs: Run[] }[] {
  const titles = partyTitles(parties);
  return parties.map((party) => {
    const title = titles.get(party.id) ?? '';
    return { party, title, runs: [{ text: `${title}：`, bold: true }, ...particularRuns(party)] };
  });
}

/** The party's agent, if any: `委托代理人：赵六，联系电话：13905150000。` */
export function agentRuns(party: Party): Run[] {
  if (!party.agent) return [];
  const label = AGENT_KINDS.find((k) => k.code === party.agent?.kind)?.label ?? '代理人';
  return [{ text: `${label}：` }, ...fieldRuns(party.agent.name, [['联系电话', party.agent.phone, 10]])];
}

/** A field of a party's particulars: its label, its value (null prints a blank line), the blank's width, a unit. */
export type Field = readonly [label: string, value: string | number | null, width: number, unit?: string];

/** `张三，性别：女，民族：汉族，…。`: the name, then each field labelled; a field without a value is a line to fill. */
export function fieldRuns(name: string, fields: readonly Field[]): Run[] {
  const field = ([label, value, width, unit]: Field): Run[] => [
    { text: `，${label}：` },
    valueRun(value, width),
    ...(unit ? [{ text: unit }] : []),
  ];
  return [{ value: name }, ...fields.flatMap(field), { text: '。' }];
}

/** The particulars of one party without its title, its agent included. */
export function particularRuns(party: Party): Run[] {
  return [...ownParticulars(party), ...agentRuns(party)];
}

function ownParticulars(party: Party): Run[] {
  if (party.kind === 'organization')
    return fieldRuns(party.name, [
      ['住所地', party.address, 16],
      ['法定代表人', party.legalRepresentative, 6],
      ['职务', party.representativeTitle, 6],
      ['联系电话', party.phone, 10],
    ]);
  return [
    ...fieldRuns(party.name, [
      ['性别', party.sex ? SEX_LABELS[party.sex] : null, 2],
      ['民族', party.ethnicity, 3],
    ]).slice(0, -1),
    { text: '，出生日期：' },
    ...dateRuns(party.birthDate),
    ...fieldRuns('', [
      ['身份证号码', party.idNumber, 18],
      ['职业', party.occupation, 6],
      ['住址', party.address, 16],
      ['联系电话', party.phone, 10],
    ]).slice(1),
  ];
}

/** Signature lines, one per party: a person signs or fingerprints; an organisation seals and its representative signs. */
export function partySignatures(parties: readonly Party[]): Run[][] {
  const titles = partyTitles(parties);
  return parties.map((party) => {
    const title = titles.get(party.id) ?? '';
    return party.kind === 'organization'
      ? [{ text: `${title}（盖章）：` }, { value: party.name }, { text: '    法定代表人或委托代理人（签名）：' }, { blank: 8 }]
      : [{ text: `${title}（签名或按指印）：` }, { blank: 10 }];
  });
}
