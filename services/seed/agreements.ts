// The terms of a sample agreement, drawn from what the applicant asked for at registration: the money part
// settled at or below the amount claimed, with its deadline and how it is paid; the rest of the request agreed to.
import { dateOfDay, type Random } from './random.ts';

export interface AgreementPlan {
  /** Numbered by their position when printed (一、二、…); each a full sentence. */
  terms: string[];
  amountFen: number | null;
  performanceMethod: string;
  performancePlace: string;
  /** Day number of the performance deadline. */
  deadline: number;
  /** The money is handed over when the agreement is signed. */
  onTheSpot: boolean;
}

export interface AgreementScene {
  applicants: string[];
  respondents: string[];
  requests: string;
  /** Day number of the agreement. */
  on: number;
  /** The committee's mediation room and the place of the dispute. */
  room: string;
  place: string;
  /** Disputes between neighbours or kin close with a promise to live in peace. */
  personal: boolean;
}

/** What a payment is for, by the words of the request. */
const MONEY_WORDS: readonly (readonly [RegExp, string])[] = [
  [/租金/, '拖欠的租金'],
  [/借款/, '借款'],
  [/货款/, '货款'],
  [/经济补偿/, '拖欠的工资及经济补偿金'],
  [/工资/, '拖欠的工资'],
  [/物业费/, '拖欠的物业费'],
  [/医疗费|护理费/, '医疗费、误工费等各项损失'],
  [/维修|修理|修复/, '维修费用'],
  [/补偿款/, '补偿款'],
  [/流转费/, '土地流转费'],
  [/养殖损失/, '养殖损失'],
  [/违约金/, '违约金'],
  [/退还|退款/, '退款'],
];
/** Clauses of a request that are about money, which the payment term replaces. */
const MONEY_CLAUSE = /\d+元|支付|赔偿|退还|补发|归还|补缴|承担|利息|违约金/;

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟'];

function section(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) zero = out !== '';
    else {
      out += (zero ? '零' : '') + DIGITS[d] + UNITS[i];
      zero = false;
    }
  }
  return out;
}

/** An amount in words as written on agreements: `capitalYuan(38500)` → '叁万捌仟伍佰元整'. */
export function capitalYuan(yuan: number): string {
  if (yuan === 0) return '零元整';
  const wan = Math.floor(yuan / 10_000);
  const rest = yuan % 10_000;
  let out = wan > 0 ? `${section(wan)}万` : '';
  if (rest > 0) out += (wan > 0 && rest < 1000 ? '零' : '') + section(rest);
  return `${out}元整`;
}

/** '2026-03-05' as written in a document: '2026年3月5日'. */
export function chineseDate(day: number): string {
  const d = dateOfDay(day);
  return `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
}

/** The largest sum the request names, in 元; none for monthly payments (抚养费、赡养费). */
export function claimedYuan(requests: string): number | null {
  if (/每月/.test(requests)) return null;
  const amounts = [...requests.matchAll(/(\d+)元/g)].map((m) => Number(m[1]));
  return amounts.length > 0 ? Math.max(...amounts) : null;
}

function roundYuan(n: number): number {
  const step = n >= 10_000 ? 500 : n >= 1000 ? 100 : 10;
  return Math.max(step, Math.round(n / step) * step);
}

/** The request without its claimant: '张三要求李四拆除围墙，恢复原状。' → subject 李四, clauses [拆除围墙, 恢复原状]. */
function demand(scene: AgreementScene): { subject: string; clauses: string[] } {
  const match = /^.+?(?:等人)?(?:要求|请求)(.+?)。?$/.exec(scene.requests.trim());
  let rest = match?.[1] ?? '';
  let subject = '双方';
  const respondent = scene.respondents.find((r) => rest.startsWith(r) || rest.startsWith(`与${r}`));
  if (respondent && rest.startsWith(respondent)) {
    subject = scene.respondents.join('、');
    rest = rest.slice(respondent.length);
  } else if (respondent) rest = rest.slice(respondent.length + 1);
  // '其' is the applicant in a request ('不得占用其门前通道'); in an agreement it would be read as the subject.
  rest = rest.replace(/其(?=门前|家|房|对)/g, `${scene.applicants[0] ?? '申请人'}`);
  const clauses = rest
    .split(/[，；]/)
    .map((c) => c.replace(/^并/, '').trim())
    .filter((c) => c.length > 1);
  return { subject, clauses };
}

const METHODS: readonly (readonly [string, number])[] = [
  ['银行转账', 45],
  ['微信转账', 25],
  ['现金', 20],
  ['支付宝转账', 10],
];

/** Terms, amount and performance of an agreement reached on `scene.on`. */
export function planAgreement(random: Random, scene: AgreementScene): AgreementPlan {
  const payee = scene.applicants.join('、');
  const payer = scene.respondents.join('、');
  const claimed = claimedYuan(scene.requests);
  const { subject, clauses } = demand(scene);
  const terms: string[] = [];
  let amountFen: number | null = null;
  let deadline = scene.on + random.int(7, 30);
  let onTheSpot = false;
  let method = random.chance(0.7) ? '当事人自行履行，调解委员会督促' : '双方按约定自行履行';
  let place = scene.place;

  const actions = claimed === null ? clauses : clauses.filter((c) => !MONEY_CLAUSE.test(c));
  if (actions.length > 0) {
    const timed = /于|前|内|今后|不得|停止|保证|晚间|按/.test(actions[0]!);
    const when = timed || subject === '双方' ? '' : `于${chineseDate(deadline)}前`;
    terms.push(`${subject}同意${when}${actions.join('，')}。`);
  }
  if (claimed !== null) {
    const full = random.chance(0.35);
    const yuan = full ? claimed : roundYuan(claimed * (0.55 + 0.4 * random.next()));
    amountFen = yuan * 100;
    const what = MONEY_WORDS.find(([re]) => re.test(scene.requests))?.[1] ?? '款项';
    method = random.weighted(METHODS);
    onTheSpot = method === '现金' ? random.chance(0.7) : random.chance(0.15);
    const sum = `${what}共计人民币${yuan}元（大写：${capitalYuan(yuan)}）`;
    if (onTheSpot) {
      deadline = scene.on;
      place = scene.room;
      terms.unshift(`${payer}于本协议签订时当场支付${payee}${sum}，${payee}当场收讫。`);
    } else if (yuan >= 10_000 && random.chance(0.35)) {
      const first = roundYuan(yuan * (0.4 + 0.2 * random.next()));
      const firstDay = scene.on + random.int(10, 30);
      deadline = firstDay + random.int(30, 60);
      terms.unshift(
        `${payer}自愿支付${payee}${sum}，分两期以${method}方式支付：于${chineseDate(firstDay)}前支付${first}元，于${chineseDate(deadline)}前支付余款${yuan - first}元。`,
      );
    } else {
      deadline = scene.on + random.pick([3, 7, 10, 15, 30, 30, 60]);
      terms.unshift(`${payer}自愿一次性支付${payee}${sum}，于${chineseDate(deadline)}前以${method}方式付清。`);
    }
    place = scene.room;
    if (!full) terms.push(`${payee}自愿放弃其他请求。`);
    terms.push(`${payee}收到上述款项后，双方就本纠纷再无其他争议。`);
  } else if (terms.length === 0) {
    terms.push(`双方同意按调解员的意见妥善处理${scene.requests.replace(/。$/, '')}一事。`);
  }
  if (scene.personal) terms.push('双方今后互谅互让、和睦相处，不再因此事发生争执。');
  else if (claimed === null) terms.push('双方就本纠纷再无其他争议。');
  return { terms, amountFen, performanceMethod: method, performancePlace: place, deadline, onTheSpot };
}

const NUMERALS = '一二三四五六七八九十';

/** The terms as one paragraph for an oral agreement's register (口头协议登记表). */
export function oralContent(terms: readonly string[]): string {
  return `经调解，双方自愿达成如下口头协议：${terms.map((t, i) => `${NUMERALS[i] ?? i + 1}、${t}`).join('')}`;
}
