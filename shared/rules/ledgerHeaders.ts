// Reading a ledger's column headers: naming each column (two-row headers such as 申请人 over 姓名 | 身份证号
// become 申请人姓名 | 申请人身份证号), finding the header row under a title, and suggesting which column holds
// which ledger field from the words offices use for them.
import type { LedgerField } from '../domain/ledger.ts';

/** Header words per field, most telling first (normalised: no spaces, no bracketed units). */
const FIELD_WORDS: Partial<Record<LedgerField, readonly string[]>> = {
  registeredOn: ['登记日期', '受理日期', '登记时间', '受理时间', '收案日期', '立案日期', '日期', '时间'],
  ledgerNumber: ['原台账编号', '台账编号', '原编号', '编号', '序号', '案号', '登记号'],
  disputeType: ['纠纷类型', '纠纷类别', '纠纷种类', '案件类型', '矛盾纠纷类型', '类型', '类别', '种类'],
  facts: [
    '纠纷简要情况',
    '矛盾纠纷简要情况',
    '简要情况',
    '纠纷情况',
    '基本情况',
    '主要事实',
    '纠纷事由',
    '纠纷内容',
    '案情',
    '事由',
    '案由',
  ],
  source: ['来源', '纠纷来源', '案件来源', '受理方式', '来源方式'],
  referralBody: ['移送单位', '委托单位', '移交单位', '交办单位'],
  outcome: ['调解结果', '处理结果', '调处结果', '调解情况', '是否成功', '结果'],
  outcomeOn: ['结案日期', '调结日期', '办结日期', '调解日期', '结果日期', '调处日期', '结案时间', '办结时间'],
  amountYuan: ['协议金额', '涉及金额', '协议履行金额', '标的额', '金额'],
  mediatorName: ['调解员', '调解人', '承办人', '主持人', '经办人', '调解员姓名', '承办调解员'],
};

const RESPONDENT_WORDS = ['被申请人', '被申请方', '被反映人', '被投诉人', '对方当事人', '当事人乙', '当事人二', '乙方'];
const APPLICANT_WORDS = ['申请人', '申请方', '反映人', '投诉人', '当事人甲', '当事人一', '甲方', '当事人'];

type PartyAttribute = 'Name' | 'IdNumber' | 'Phone' | 'Address';
const ATTRIBUTE_WORDS: readonly (readonly [PartyAttribute, readonly string[]])[] = [
  ['Name', ['姓名或名称', '姓名', '名称', '名字']],
  ['IdNumber', ['公民身份号码', '身份证号码', '身份证号', '身份证', '证件号码', '证件号']],
  ['Phone', ['联系电话', '联系方式', '电话号码', '手机号码', '电话', '手机']],
  ['Address', ['家庭住址', '居住地址', '住址', '地址', '住所地', '住所', '居住地']],
];

/** '申请人\n姓名（必填）*' → '申请人姓名': no spaces or line breaks, no bracketed notes, no trailing marks. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/[*＊:：]+$/g, '')
    .replace(/^[*＊]+/g, '')
    .toLowerCase();
}

/** Column letter from a 0-based index: 0 → 'A', 26 → 'AA'. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based index of a column letter ('C' → 2), or null when the text is not one. */
export function columnIndex(letter: string): number | null {
  if (!/^[A-Z]{1,3}$/.test(letter)) return null;
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const isRoleWord = (text: string) => [...RESPONDENT_WORDS, ...APPLICANT_WORDS].includes(normalizeHeader(text));

/**
 * The name of each column of the header row `headerRow` (1-based) of `rows` (cell texts). A header that
 * repeats in its row, or that sits under a party heading (merged 申请人 above 姓名), is prefixed with the
 * heading above it; one still repeated gets '（2）', '（3）'… Empty headers stay empty.
 */
export function headerLabels(rows: readonly (readonly string[])[], headerRow: number): string[] {
  const own = (rows[headerRow - 1] ?? []).map((t) => t.trim());
  const above = headerRow >= 2 ? (rows[headerRow - 2] ?? []).map((t) => t.trim()) : [];
  const repeated = (t: string) => own.filter((o) => o === t).length > 1;
  const labels = own.map((text, i) => {
    const group = above[i] ?? '';
    if (text === '' || group === '' || group === text) return text;
    return repeated(text) || isRoleWord(group) ? `${group}${text}` : text;
  });
  const seen = new Map<string, number>();
  return labels.map((label) => {
    if (label === '') return label;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label}（${n}）`;
  });
}

function partyField(header: string): [LedgerField, number] | null {
  const role = RESPONDENT_WORDS.find((w) => header.startsWith(w))
    ? 'respondent'
    : APPLICANT_WORDS.find((w) => header.startsWith(w))
      ? 'applicant'
      : null;
  if (!role) return null;
  const word = (role === 'respondent' ? RESPONDENT_WORDS : APPLICANT_WORDS).find((w) => header.startsWith(w))!;
  const rest = header.slice(word.length);
  if (rest === '') return [`${role}Name`, 80];
  for (const [attribute, words] of ATTRIBUTE_WORDS) {
    const at = words.findIndex((w) => rest === w || rest.includes(w));
    if (at >= 0) return [`${role}${attribute}`, rest === words[at] ? 95 - at : 60 - at];
  }
  return null;
}

function candidates(header: string): [LedgerField, number][] {
  const out: [LedgerField, number][] = [];
  const party = partyField(header);
  if (party) return [party];
  for (const [field, words] of Object.entries(FIELD_WORDS) as [LedgerField, readonly string[]][]) {
    const exact = words.indexOf(header);
    if (exact >= 0) out.push([field, 100 - exact]);
    else {
      const inside = words.findIndex((w) => w.length >= 3 && header.includes(w));
      if (inside >= 0) out.push([field, 40 - inside]);
    }
  }
  return out;
}

/**
 * Which column holds which field, guessed from the header labels; each field and each column used once, the
 * best match first. `suggestColumns(['序号', '登记日期', '申请人'])` → `{ ledgerNumber: '序号', registeredOn: '登记日期', applicantName: '申请人' }`.
 */
export function suggestColumns(labels: readonly string[]): Partial<Record<LedgerField, string>> {
  const scored = labels.flatMap((label, index) =>
    label === '' ? [] : candidates(normalizeHeader(label)).map(([field, score]) => ({ field, score, index, label })),
  );
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  const columns: Partial<Record<LedgerField, string>> = {};
  const used = new Set<number>();
  for (const c of scored) {
    if (columns[c.field] !== undefined || used.has(c.index)) continue;
    columns[c.field] = c.label;
    used.add(c.index);
  }
  return columns;
}

/** The header row among the first rows: the one whose labels name the most fields (1 when none does). */
export function detectHeaderRow(rows: readonly (readonly string[])[], scan = 10): number {
  let best = 1;
  let bestScore = 1;
  for (let r = 1; r <= Math.min(scan, rows.length); r++) {
    const score = Object.keys(suggestColumns(headerLabels(rows, r))).length;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}
