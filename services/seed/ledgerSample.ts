// A sample ledger (台账) as a township office keeps one in Excel: a title row, then one row per dispute with
// the parties, the type and source in the words clerks use, the facts, the outcome, the amount and the
// mediator. Built from the sample registrations, so every row is valid; used by tests and the benchmark.
import ExcelJS from 'exceljs';
import type { PartyInput } from '../../shared/domain/case.ts';
import { CASE_SOURCES, DISPUTE_TYPES, labelOf } from '../../shared/domain/reference.ts';
import type { LedgerCell } from '../../shared/rules/ledgerValues.ts';
import { generateCases } from './cases.ts';
import { personName } from './names.ts';
import { addDays, createRandom, type Random } from './random.ts';

export const SAMPLE_LEDGER_HEADERS = [
  '序号',
  '登记日期',
  '申请人',
  '申请人身份证号',
  '申请人联系电话',
  '申请人住址',
  '被申请人',
  '被申请人身份证号',
  '被申请人联系电话',
  '纠纷类型',
  '来源',
  '移送单位',
  '纠纷简要情况',
  '调解结果',
  '结案日期',
  '协议金额（元）',
  '调解员',
] as const;

export type SampleLedgerHeader = (typeof SAMPLE_LEDGER_HEADERS)[number];

export interface SampleLedgerOptions {
  count: number;
  seed: string;
  /** The committee's 12-digit area code (its district is in most ID numbers). */
  committeeAreaCode: string;
  /** The last registration date; default today in China. */
  today?: string;
}

/** How clerks write some types and sources, besides the official names. */
const TYPE_SPELLINGS: Record<string, readonly string[]> = {
  neighbourhood: ['邻里', '邻里纠纷'],
  labour: ['劳动争议', '劳资纠纷'],
  marriage_family: ['婚姻家庭', '婚姻家庭纠纷'],
  traffic_accident: ['道路交通事故', '交通事故'],
};
const SOURCE_SPELLINGS: Record<string, readonly string[]> = {
  party_application: ['当事人申请', '来访'],
  own_initiative: ['主动调解', '排查发现'],
  police: ['派出所移送', '公安移送'],
};
const OUTCOMES: readonly (readonly [string, number])[] = [
  ['调解成功', 70],
  ['达成协议', 8],
  ['调解不成', 9],
  ['终止', 3],
  ['不予受理', 2],
  ['调解中', 8],
];

const joined = (parties: readonly PartyInput[], pick: (p: PartyInput) => string | null): string => {
  const values = parties.map(pick);
  return values.every((v) => v) ? values.join('、') : '';
};

function sideCells(parties: readonly PartyInput[]): { name: string; id: string; phone: string; address: string } {
  return {
    name: parties.map((p) => p.name).join('、'),
    id: joined(parties, (p) => (p.kind === 'person' ? (p.idNumber ?? null) : null)),
    phone: joined(parties, (p) => p.phone ?? null),
    address: parties[0]?.address ?? '',
  };
}

function spelled(random: Random, code: string, spellings: Record<string, readonly string[]>, label: string): string {
  const ways = spellings[code];
  return ways ? random.pick(ways) : label.replace(/（.*）$/, '');
}

/** The rows of a sample ledger, in the order of SAMPLE_LEDGER_HEADERS; registration dates are Excel dates. */
export function sampleLedgerRows(options: SampleLedgerOptions): LedgerCell[][] {
  const random = createRandom(`ledger:${options.seed}`);
  const today = options.today ?? new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const cases = generateCases({
    count: options.count,
    seed: options.seed,
    committeeAreaCode: options.committeeAreaCode,
    villages: [],
    today,
  });
  const mediators = Array.from({ length: 6 }, () => personName(random, random.chance(0.5) ? 'male' : 'female', 1975));
  return cases.map((c, i) => {
    const applicants = sideCells(c.parties.filter((p) => p.role === 'applicant'));
    const respondents = sideCells(c.parties.filter((p) => p.role === 'respondent'));
    const outcome = random.weighted(OUTCOMES);
    const closed = outcome !== '调解中';
    const closedOn = addDays(c.registeredOn, random.int(0, 20));
    const amount = (outcome === '调解成功' || outcome === '达成协议') && random.chance(0.4) ? random.int(2, 400) * 100 : null;
    return [
      i + 1,
      new Date(`${c.registeredOn}T00:00:00Z`),
      applicants.name,
      applicants.id,
      applicants.phone,
      applicants.address,
      respondents.name,
      respondents.id,
      respondents.phone,
      spelled(random, c.disputeType, TYPE_SPELLINGS, labelOf(DISPUTE_TYPES, c.disputeType)),
      spelled(random, c.source, SOURCE_SPELLINGS, labelOf(CASE_SOURCES, c.source)),
      c.referral?.body ?? '',
      c.facts,
      outcome,
      closed ? (closedOn > today ? today : closedOn) : '',
      amount,
      outcome === '不予受理' ? '' : random.pick(mediators),
    ];
  });
}

/** An xlsx workbook of one sheet: a merged title row, the headers (row 2), then the rows. */
export async function ledgerWorkbook(
  title: string,
  headers: readonly string[],
  rows: readonly LedgerCell[][],
  sheetName = '台账',
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(2).numFmt = 'yyyy-mm-dd';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
