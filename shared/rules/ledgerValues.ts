// Reading the values of a ledger's cells as offices write them: dates in any common form (Excel dates,
// 2026/3/2, 2026年3月2日, 20260302), dispute types and sources by their usual names, outcomes, amounts in yuan.
// Each reader returns the value or the clerk's message for what is wrong.
import { CASE_SOURCES, DISPUTE_TYPES, type CaseSource, type DisputeType } from '../domain/reference.ts';
import { isCalendarDate } from './dates.ts';

/** A cell as read from xlsx or csv. Dates are Excel's, as UTC midnight. */
export type LedgerCell = string | number | boolean | Date | null;

export type Parsed<T> = { value: T } | { problem: string };

/** The text of a cell as the clerk sees it: `cellText(new Date('2026-03-02'))` → '2026-03-02'. */
export function cellText(cell: LedgerCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : dateOf(cell);
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(Number(cell.toFixed(6)));
  return cell.replace(/\u00a0/g, ' ').trim();
}

function dateOf(d: Date): string {
  // An Excel date-time may carry a fraction of a second of float error; round to the second first.
  return new Date(Math.round(d.getTime() / 1000) * 1000).toISOString().slice(0, 10);
}

const pad = (n: string) => n.padStart(2, '0');

/** Days between Excel's epoch (1899-12-30) and 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;

/**
 * A calendar date from a cell: `parseLedgerDate('2026年3月2日')` → `{ value: '2026-03-02' }`; Excel serial
 * numbers (46083) and 20260302 are read too.
 */
export function parseLedgerDate(cell: LedgerCell, label: string): Parsed<string | null> {
  const bad = { problem: `${label}“${cellText(cell)}”无法识别，请写成日期，如 2026-03-02` };
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? bad : { value: dateOf(cell) };
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 19000101 && cell <= 29991231) return parseLedgerDate(String(cell), label);
    if (cell > 20000 && cell < 80000) return { value: dateOf(new Date(Math.round((cell - EXCEL_EPOCH_DAYS) * 86400_000))) };
    return bad;
  }
  const text = cellText(cell);
  if (text === '') return { value: null };
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return bad;
  const iso = `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
  return isCalendarDate(iso) ? { value: iso } : bad;
}

/** Words offices use for each MoJ dispute type (besides its label and code). */
const TYPE_WORDS: Record<DisputeType, readonly string[]> = {
  marriage_family: ['婚姻', '家庭', '婚姻家庭', '婚恋', '离婚', '赡养', '抚养', '扶养', '继承', '家庭矛盾'],
  neighbourhood: ['邻里', '邻里关系', '相邻关系', '相邻', '邻居'],
  housing_homestead: ['房屋', '宅基地', '房产', '房屋买卖', '房屋租赁'],
  contract: ['合同', '民间借贷', '借贷', '借款', '债务', '债权债务', '买卖'],
  business: ['生产经营', '经营', '商事'],
  damages: ['损害赔偿', '人身损害', '人身损害赔偿', '财产损害', '侵权', '赔偿'],
  forest_land: ['山林土地', '山林', '土地', '林地', '土地承包', '土地流转'],
  land_requisition: ['征地拆迁', '征地', '拆迁', '征收', '拆迁安置'],
  environment: ['环境污染', '环境', '污染', '噪音', '噪声', '环保'],
  labour: ['劳动争议', '劳动', '劳资', '欠薪', '拖欠工资', '工资', '工伤', '劳务'],
  consumer: ['消费', '消费者权益', '消费者'],
  medical: ['医疗', '医患', '医疗事故'],
  traffic_accident: ['道路交通事故', '交通事故', '交通', '道路交通', '车祸'],
  property_management: ['物业', '物业管理', '物业服务'],
  other: ['其他', '其它'],
};

/** Words for each source (besides its label without the bracketed note, and its code). */
const SOURCE_WORDS: Record<CaseSource, readonly string[]> = {
  party_application: ['申请', '当事人申请', '来访', '当事人来访', '群众来访', '来信', '来电', '申请调解', '自行申请'],
  own_initiative: ['主动', '主动调解', '排查', '主动排查', '排查发现', '依职权', '主动介入', '走访发现'],
  police: ['公安', '公安移送', '派出所', '派出所移送', '公调对接', '公调', '110', '110移送', '警调'],
  traffic_police: ['交警', '交警移送', '交调对接', '交调', '交警大队'],
  court: ['法院', '法院委托', '法院移送', '诉调对接', '诉调', '诉前调解', '委托调解'],
  petition_office: ['信访', '信访移送', '访调对接', '访调', '信访局'],
  arbitration: ['仲裁', '仲裁移送', '仲调对接', '仲调', '劳动仲裁'],
  administrative_review: ['行政复议', '行政复议移送', '复调对接', '复调'],
  legal_aid: ['法律援助', '法律援助移送', '援调对接', '援调', '法援'],
  government_department: ['政府部门交办', '交办', '政府交办', '部门交办', '上级交办', '政府部门', '12345', '热线'],
};

/** '邻里纠纷类' → ['邻里纠纷类', '邻里纠纷', '邻里']: the word with the suffixes ledgers add, and without. */
function variants(text: string): string[] {
  const word = text
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .toLowerCase();
  const noClass = word.replace(/类$/, '');
  const noDispute = noClass.replace(/(纠纷|争议|矛盾)$/, '');
  return [...new Set([word, noClass, noDispute])];
}

function lookup<C extends string>(
  text: string,
  list: readonly { code: C; label: string }[],
  words: Record<C, readonly string[]>,
): C | null {
  const wanted = variants(text);
  for (const item of list) {
    const names = [item.code, ...variants(item.label), ...words[item.code]];
    if (wanted.some((w) => names.includes(w))) return item.code;
  }
  return null;
}

/** `parseDisputeType('劳资纠纷')` → `{ value: 'labour' }`. */
export function parseDisputeType(cell: LedgerCell): Parsed<DisputeType | null> {
  const text = cellText(cell);
  if (text === '') return { value: null };
  const code = lookup(text, DISPUTE_TYPES, TYPE_WORDS);
  if (code) return { value: code };
  return { problem: `纠纷类型“${text}”无法识别，应为：${DISPUTE_TYPES.map((t) => t.label).join('、')}` };
}

/** `parseSource('派出所移送')` → `{ value: 'police' }`; empty → null (the caller's default). */
export function parseSource(cell: LedgerCell): Parsed<CaseSource | null> {
  const text = cellText(cell);
  if (text === '') return { value: null };
  const code = lookup(text, CASE_SOURCES, SOURCE_WORDS);
  if (code) return { value: code };
  return {
    problem: `来源“${text}”无法识别，应为：当事人申请、主动调解、公安移送、交警移送、法院委托、信访移送、仲裁移送、行政复议移送、法律援助移送、政府部门交办`,
  };
}

/** What a ledger says became of a dispute. */
export type LedgerOutcome = 'success' | 'failure' | 'termination' | 'refused' | 'pending';

const OUTCOME_WORDS: Record<LedgerOutcome, readonly string[]> = {
  success: ['成功', '调解成功', '达成协议', '已达成协议', '达成调解协议', '调成', '已调解', '已化解', '化解', '成', '是', '已调结', '调结'],
  failure: ['不成功', '调解不成功', '失败', '调解失败', '调解不成', '不成', '未成功', '未达成协议', '否', '未化解'],
  termination: ['终止', '终止调解', '调解终止', '撤回', '撤回申请', '当事人撤回'],
  refused: ['不予受理', '不受理', '未受理'],
  pending: ['调解中', '正在调解', '在调', '在办', '未结', '进行中', '待调解', '待调'],
};

/** `parseOutcome('达成协议')` → `{ value: 'success' }`; empty → null. */
export function parseOutcome(cell: LedgerCell): Parsed<LedgerOutcome | null> {
  const text = cellText(cell).replace(/\s+/g, '');
  if (text === '') return { value: null };
  for (const [outcome, words] of Object.entries(OUTCOME_WORDS) as [LedgerOutcome, readonly string[]][])
    if (words.includes(text)) return { value: outcome };
  return { problem: `调解结果“${text}”无法识别，应为“调解成功”“调解不成”“终止”“不予受理”“调解中”，或留空` };
}

/** An amount in yuan as written ('3,000元', '¥1200.5', '2.5万') → fen: `parseAmountFen('3,000元')` → `{ value: 300000 }`. */
export function parseAmountFen(cell: LedgerCell): Parsed<number | null> {
  if (typeof cell === 'number') return cell < 0 ? { problem: '协议金额不能为负数' } : { value: Math.round(cell * 100) };
  const text = cellText(cell).replace(/[\s,，¥￥]|人民币|元整?$/g, '');
  if (text === '' || text === '无' || text === '-' || text === '/' || text === '—') return { value: null };
  const m = /^(-?\d+(?:\.\d+)?)(万)?$/.exec(text);
  if (!m) return { problem: `协议金额“${cellText(cell)}”无法识别，请写数字（单位：元），如 3000` };
  const yuan = Number(m[1]) * (m[2] ? 10000 : 1);
  if (yuan < 0) return { problem: '协议金额不能为负数' };
  return { value: Math.round(yuan * 100) };
}
