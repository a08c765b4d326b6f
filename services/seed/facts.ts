// Fills the fact templates: a brief description (纠纷简要情况) and the requests (当事人请求) that name the
// parties, the village or community, and amounts that agree between the facts and the requests.
import type { DisputeType } from '../../shared/domain/reference.ts';
import { FACT_TEMPLATES, type FactTemplate } from './factTemplates.ts';
import type { Random } from './random.ts';

export { FACT_TEMPLATES, type FactTemplate };

/** What a template may mention about a case. */
export interface FactContext {
  applicants: readonly string[];
  respondents: readonly string[];
  applicantAge: number;
  applicantOccupation: string;
  /** Short name of the village or community, e.g. '梅园新村社区'. */
  village: string;
  /** Residential compound, e.g. '锦绣花园'. */
  compound: string;
  road: string;
  registeredOn: string;
  occurredOn: string | null;
  /** How the first applicant and respondent are related when they are kin: 兄弟, 姐妹, 姐弟, 兄妹. */
  kinship: string;
}

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'slot'; name: string }
  | { kind: 'int' | 'amount' | 'year'; name: string; lo: number; hi: number }
  | { kind: 'sum' | 'product'; name: string; of: string[] };

const SLOTS = new Set(['甲', '乙', '甲等', '乙等', '甲数', '甲龄', '甲职业', '村', '小区', '路', '发生日', '关系']);

function compile(template: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{([^}]+)\}/g)) {
    if (m.index > last) tokens.push({ kind: 'text', text: template.slice(last, m.index) });
    last = m.index + m[0].length;
    const spec = m[1]!;
    const range = /^(\w+):(¥|年)?(\d+)-(\d+)$/.exec(spec);
    const formula = /^(\w+)=(\w+(?:[+*]\w+)+)$/.exec(spec);
    if (range) {
      const kind = range[2] === '¥' ? 'amount' : range[2] === '年' ? 'year' : 'int';
      tokens.push({ kind, name: range[1]!, lo: Number(range[3]), hi: Number(range[4]) });
    } else if (formula) {
      const kind = formula[2]!.includes('*') ? 'product' : 'sum';
      tokens.push({ kind, name: formula[1]!, of: formula[2]!.split(/[+*]/) });
    } else if (SLOTS.has(spec) || /^\w+$/.test(spec)) {
      tokens.push({ kind: 'slot', name: spec });
    } else {
      throw new Error(`bad template slot {${spec}} in ${template}`);
    }
  }
  if (last < template.length) tokens.push({ kind: 'text', text: template.slice(last) });
  return tokens;
}

const compiled = new Map<FactTemplate, { facts: Token[]; requests: Token[] }>();
for (const list of Object.values(FACT_TEMPLATES)) {
  for (const t of list) compiled.set(t, { facts: compile(t.facts), requests: compile(t.requests) });
}

/** Amounts as people state them: tens below 1,000 元, hundreds above. */
function roundAmount(n: number): number {
  return n >= 1000 ? Math.round(n / 100) * 100 : Math.round(n / 10) * 10;
}

function slotValue(name: string, c: FactContext): string {
  switch (name) {
    case '甲':
      return c.applicants[0] ?? '';
    case '乙':
      return c.respondents[0] ?? '';
    case '甲等':
      return c.applicants.join('、');
    case '乙等':
      return c.respondents.join('、');
    case '甲数':
      return String(c.applicants.length);
    case '甲龄':
      return String(c.applicantAge);
    case '甲职业':
      return c.applicantOccupation;
    case '村':
      return c.village;
    case '小区':
      return c.compound;
    case '路':
      return c.road;
    case '发生日':
      return c.occurredOn ? `${Number(c.occurredOn.slice(5, 7))}月${Number(c.occurredOn.slice(8, 10))}日` : '近日';
    case '关系':
      return c.kinship;
    default:
      throw new Error(`template uses {${name}} before defining it`);
  }
}

function render(tokens: Token[], c: FactContext, vars: Map<string, number>, random: Random): string {
  let out = '';
  for (const t of tokens) {
    switch (t.kind) {
      case 'text':
        out += t.text;
        break;
      case 'slot': {
        const v = vars.get(t.name);
        out += v === undefined ? slotValue(t.name, c) : String(v);
        break;
      }
      case 'int':
      case 'amount':
      case 'year': {
        const n = random.int(t.lo, t.hi);
        const v = t.kind === 'amount' ? roundAmount(n) : t.kind === 'year' ? Number(c.registeredOn.slice(0, 4)) - n : n;
        vars.set(t.name, v);
        out += String(v);
        break;
      }
      case 'sum':
      case 'product': {
        const values = t.of.map((name) => vars.get(name) ?? 0);
        const v = t.kind === 'sum' ? values.reduce((a, b) => a + b, 0) : values.reduce((a, b) => a * b, 1);
        vars.set(t.name, v);
        out += String(v);
        break;
      }
      default: {
        const never: never = t;
        throw new Error(`unknown token ${JSON.stringify(never)}`);
      }
    }
  }
  return out;
}

/** The facts and requests of one template for one case; numbers named in the facts recur in the requests. */
export function fillFacts(random: Random, template: FactTemplate, context: FactContext): { facts: string; requests: string } {
  const tokens = compiled.get(template) ?? { facts: compile(template.facts), requests: compile(template.requests) };
  const vars = new Map<string, number>();
  const facts = render(tokens.facts, context, vars, random);
  const requests = render(tokens.requests, context, vars, random);
  return { facts, requests };
}

const fitting = new Map<string, readonly (readonly [FactTemplate, number])[]>();

/** The templates of a type that fit the setting (village or community), with their weights; all when none fits. */
export function templatesFor(type: DisputeType, rural: boolean): readonly (readonly [FactTemplate, number])[] {
  const key = `${type}:${rural}`;
  let list = fitting.get(key);
  if (!list) {
    const all = FACT_TEMPLATES[type];
    const fit = all.filter((t) => !t.setting || t.setting === (rural ? 'rural' : 'urban'));
    list = (fit.length > 0 ? fit : all).map((t) => [t, t.weight ?? 1] as const);
    fitting.set(key, list);
  }
  return list;
}
