import { describe, expect, it } from 'vitest';
import { type CaseRegistrationInput } from '../../shared/domain/case.ts';
import { StepInput } from '../../shared/domain/lifecycle.ts';
import { MediatorInput } from '../../shared/domain/mediator.ts';
import { CASE_STATUS_CODES, RISK_LEVEL_CODES, type DisputeType } from '../../shared/domain/reference.ts';
import { ScreeningReportInput } from '../../shared/domain/screening.ts';
import { initialState, replay, type CaseState } from '../../shared/rules/lifecycle.ts';
import { periodsBetween } from '../../shared/rules/screening.ts';
import { createDivisionIndex } from '../../services/divisions.ts';
import { capitalYuan } from '../../services/seed/agreements.ts';
import { generateCases } from '../../services/seed/cases.ts';
import { archiveNumbering } from '../../services/seed/closing.ts';
import { committeeGeography } from '../../services/seed/geography.ts';
import { generateHistory, withAttachments, type CaseHistory, type HistoryOptions } from '../../services/seed/histories.ts';
import { createRandom } from '../../services/seed/random.ts';
import { generateRoster } from '../../services/seed/roster.ts';
import { generateScreeningReports } from '../../services/seed/screening.ts';

const TODAY = '2026-06-30';
const MEIYUAN = '320102002000';
const HEFENG = '320117107000';
const divisions = createDivisionIndex();
const id = (n: number) => `01937a3c-5f2e-7b41-9c0d-${String(n).padStart(12, '0')}`;
const NAMES = ['周立军', '陈素芳', '王海涛', '刘红梅', '孙建华', '吴国平', '郑小燕', '马玉兰'];

interface Sample {
  registration: CaseRegistrationInput;
  history: CaseHistory;
  state: CaseState;
  levels: string[];
}

function options(areaCode: string, overrides: Partial<HistoryOptions> = {}): HistoryOptions {
  return {
    today: TODAY,
    mediatorIds: NAMES.map((_, i) => id(i + 1)),
    mediatorNames: NAMES,
    committeeName: '玄武区梅园新村街道人民调解委员会',
    committeeAreaCode: areaCode,
    areaNames: committeeGeography(divisions, areaCode).areaNames,
    archiveNumber: archiveNumbering(areaCode === MEIYUAN ? '玄武梅园' : '溧水和凤'),
    ...overrides,
  };
}

function generate(count: number, seed: string, areaCode = MEIYUAN, overrides: Partial<HistoryOptions> = {}) {
  const registrations = generateCases({
    count,
    seed,
    committeeAreaCode: areaCode,
    ...committeeGeography(divisions, areaCode),
    today: TODAY,
  });
  const random = createRandom(`history:${seed}`);
  const opts = options(areaCode, overrides);
  return registrations.map((registration) => ({ registration, history: generateHistory(random, registration, opts) }));
}

function replayed(samples: ReturnType<typeof generate>): Sample[] {
  return samples.map(({ registration, history }) => {
    for (const step of history.steps) {
      const parsed = StepInput.safeParse(step);
      if (!parsed.success) throw new Error(`${JSON.stringify(parsed.error.issues)}\n${JSON.stringify(step)}`);
    }
    const start = initialState(registration.registeredOn, registration.riskLevel ?? 'blue', registration.source);
    const result = replay(
      start,
      withAttachments(history, (i) => id(1000 + i)),
      TODAY,
    );
    if ('failure' in result) throw new Error(`${JSON.stringify(result.failure)}\n${JSON.stringify(history, null, 1)}`);
    const levels = [registration.riskLevel ?? 'blue', ...history.steps.flatMap((s) => (s.kind === 'risk' ? [s.level] : []))];
    return { registration, history, state: result.state, levels };
  });
}

const ageOf = (s: Sample) => (Date.parse(TODAY) - Date.parse(s.registration.registeredOn)) / 86_400_000;
const share = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length / items.length;
function expectBetween(value: number, lo: number, hi: number) {
  expect(value).toBeGreaterThanOrEqual(lo);
  expect(value).toBeLessThanOrEqual(hi);
}

describe('generateHistory', () => {
  const samples = replayed([...generate(3000, 'office'), ...generate(1000, 'village', HEFENG)]);
  const old = samples.filter((s) => ageOf(s) > 120);
  const outcome = (s: Sample) => s.state.outcome?.kind;
  const mediated = old.filter((s) => outcome(s));

  it('gives histories that parse step by step and replay without refusal, also without mediators or area names', () => {
    expect(samples.length).toBe(4000);
    const bare = generate(300, 'bare', MEIYUAN, { mediatorIds: [], mediatorNames: [], areaNames: {}, committeeName: '' });
    replayed(bare.map(({ registration, history }) => ({ registration, history })));
  });

  it('reaches every status and every risk colour', () => {
    const statuses = new Set(samples.map((s) => s.state.status));
    expect([...statuses].sort()).toEqual([...CASE_STATUS_CODES].sort());
    const colours = new Set(samples.flatMap((s) => s.levels));
    expect([...colours].sort()).toEqual([...RISK_LEVEL_CODES].sort());
  });

  it('dates nothing after today or before registration, in order, scans included', () => {
    for (const s of samples) {
      const dates = withAttachments(s.history, (i) => id(i)).map((step) => step.on);
      expect(dates).toEqual([...dates].sort());
      if (dates.length > 0) {
        expect(dates[0]! >= s.registration.registeredOn).toBe(true);
        expect(dates.at(-1)! <= TODAY).toBe(true);
      }
    }
  });

  it('is deterministic for a seed', () => {
    expect(generate(200, 'same')).toEqual(generate(200, 'same'));
    expect(generate(50, 'same')).not.toEqual(generate(50, 'other'));
  });

  it('ends most older mediated cases in agreement; refusals, failures and terminations are few', () => {
    expectBetween(
      share(mediated, (s) => outcome(s)!.startsWith('agreement')),
      0.93,
      0.985,
    );
    expectBetween(
      share(old, (s) => s.state.refusedOn !== null),
      0.01,
      0.06,
    );
    const failed = mediated.filter((s) => outcome(s) === 'failure');
    expectBetween(failed.length / mediated.length, 0.015, 0.05);
    expect(share(failed, (s) => s.state.outcome!.divertedTo !== null)).toBeGreaterThanOrEqual(0.85);
    expectBetween(
      share(mediated, (s) => outcome(s) === 'termination'),
      0.003,
      0.03,
    );
    const sessions = mediated.filter((s) => outcome(s) !== 'termination').map((s) => s.state.sessions);
    expect(new Set(sessions)).toEqual(new Set([1, 2, 3, 4]));
    expectBetween(
      share(mediated, (s) => s.state.investigations > 0),
      0.2,
      0.5,
    );
  });

  it('writes agreements for money, labour and traffic cases, oral ones for neighbours and families', () => {
    const writtenShare = (types: DisputeType[]) =>
      share(
        mediated.filter((s) => types.includes(s.registration.disputeType) && outcome(s)?.startsWith('agreement')),
        (s) => outcome(s) === 'agreement_written',
      );
    expect(writtenShare(['contract', 'labour', 'traffic_accident', 'damages'])).toBeGreaterThan(0.8);
    expect(writtenShare(['neighbourhood', 'marriage_family'])).toBeLessThan(0.5);
  });

  it('puts numbered terms and the agreed amount in words into agreements about money', () => {
    const agreements = samples.flatMap((s) => s.history.steps.filter((step) => step.kind === 'agreement_written'));
    const paid = agreements.filter((a) => a.amountFen);
    expect(paid.length / agreements.length).toBeGreaterThan(0.4);
    for (const a of paid) {
      const yuan = a.amountFen! / 100;
      expect(a.terms.join('')).toContain(`人民币${yuan}元（大写：${capitalYuan(yuan)}）`);
      expect(a.terms.length).toBeGreaterThanOrEqual(2);
    }
    expect(capitalYuan(38500)).toBe('叁万捌仟伍佰元整');
    expect(capitalYuan(10050)).toBe('壹万零伍拾元整');
    expect(capitalYuan(1200000)).toBe('壹佰贰拾万元整');
  });

  it('records sessions in the committee room with the parties and the mediators present', () => {
    const s = samples.find((x) => x.state.sessions > 0 && x.registration.parties.every((p) => p.kind === 'person'))!;
    const session = s.history.steps.find((step) => step.kind === 'session')!;
    expect(session.place).toBe('玄武区梅园新村街道人民调解委员会调解室');
    for (const p of s.registration.parties) expect(session.present).toContain(p.name);
    expect(session.present.some((n) => NAMES.includes(n))).toBe(true);
    expect(session.content).toContain(s.registration.parties[0]!.name);
    expect([...session.content].length).toBeGreaterThan(60);
  });

  it('raises about 2% of cases to red and 5% to orange at some point, lowers most again, and gives red ones a leader', () => {
    expectBetween(
      share(samples, (s) => s.levels.includes('red')),
      0.01,
      0.035,
    );
    expectBetween(
      share(samples, (s) => s.levels.includes('orange')),
      0.03,
      0.08,
    );
    const urgent = old.filter((s) => s.levels.includes('red') || s.levels.includes('orange'));
    expect(share(urgent, (s) => s.state.riskLevel === 'red' || s.state.riskLevel === 'orange')).toBeLessThan(0.3);
    for (const s of samples.filter((x) => x.levels.includes('red') && x.state.acceptedOn)) expect(s.state.leader).not.toBeNull();
  });

  it('follows up, confirms and archives like an office: some visits overdue, most older closed cases archived', () => {
    const closedOld = old.filter((s) => s.state.outcome || s.state.refusedOn);
    expectBetween(
      share(closedOld, (s) => s.state.status === 'archived'),
      0.7,
      0.92,
    );
    const overdue = samples.filter((s) => s.state.status !== 'archived' && s.state.followUpDue && s.state.followUpDue < TODAY);
    expectBetween(overdue.length / samples.length, 0.005, 0.06);
    const visited = samples.filter((s) => s.state.followUps > 0);
    expect(visited.length / samples.length).toBeGreaterThan(0.4);
    const written = old.filter((s) => outcome(s) === 'agreement_written');
    expectBetween(
      share(written, (s) => s.state.confirmation?.appliedOn != null),
      0.05,
      0.25,
    );
    expect(samples.some((s) => s.state.confirmation?.result === 'rejected')).toBe(true);
    const numbers = samples.flatMap((s) => (s.state.archive ? [s.state.archive.archiveNumber] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) expect(n).toMatch(/^(玄武梅园|溧水和凤)20\d\d-\d{4}$/);
    for (const s of samples.filter((x) => x.state.archive)) expect(s.state.attachments['id_proof']).toBeGreaterThan(0);
  });

  it('leaves recent cases registered, accepted or being mediated', () => {
    const recent = samples.filter((s) => ageOf(s) <= 7);
    expect(recent.length).toBeGreaterThan(10);
    expect(share(recent, (s) => ['registered', 'accepted', 'mediating'].includes(s.state.status))).toBeGreaterThan(0.6);
  });
});

describe('generateRoster', () => {
  const committees = [
    { id: id(1), kind: 'township' as const },
    ...Array.from({ length: 20 }, (_, i) => ({ id: id(10 + i), kind: 'village' as const })),
  ];
  const roster = generateRoster(createRandom('roster'), committees, { today: TODAY });

  it('gives each committee one director and a plausible size; inputs pass MediatorInput', () => {
    for (const m of roster) expect(MediatorInput.safeParse(m).success).toBe(true);
    for (const c of committees) {
      const own = roster.filter((m) => m.committeeId === c.id);
      expectBetween(own.length, c.kind === 'township' ? 5 : 2, c.kind === 'township' ? 12 : 5);
      expect(own.filter((m) => m.post === 'director')).toHaveLength(1);
      expect(new Set(own.map((m) => m.name)).size).toBe(own.length);
    }
    expect(new Set(roster.map((m) => m.post))).toEqual(new Set(['director', 'deputy_director', 'member', 'mediator']));
    expectBetween(
      share(roster, (m) => m.fullTime === true),
      0.1,
      0.5,
    );
    for (const m of roster) if (m.joinedOn) expect(m.joinedOn <= TODAY).toBe(true);
    expect(generateRoster(createRandom('roster'), committees, { today: TODAY })).toEqual(roster);
  });
});

describe('generateScreeningReports', () => {
  const village = generateScreeningReports(createRandom('s'), { id: id(2), kind: 'village' }, 'week', {
    today: TODAY,
    villages: ['梅园新村社区'],
  });
  const township = generateScreeningReports(createRandom('t'), { id: id(1), kind: 'township' }, 'week', {
    today: TODAY,
    reporters: NAMES,
    villages: ['梅园新村社区', '大影壁社区'],
  });

  it('gives reports that pass the schema, reported by today, zero for villages and findings for townships', () => {
    for (const r of [...village, ...township]) {
      const parsed = ScreeningReportInput.safeParse(r);
      if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
      expect(r.reportedOn <= TODAY).toBe(true);
      expect(r.reportedOn >= r.periodDate).toBe(true);
    }
    expect(share(village, (r) => r.zero)).toBeGreaterThan(0.6);
    expect(share(township, (r) => !r.zero)).toBeGreaterThan(0.6);
    expect(township.every((r) => NAMES.includes(r.reporter))).toBe(true);
    expect(township.flatMap((r) => r.findings ?? []).some((f) => f.riskLevel === 'orange')).toBe(true);
  });

  it('leaves about one period in twenty unreported', () => {
    const ended = periodsBetween('week', '2025-06-30', TODAY).filter((p) => p.end < TODAY);
    const reported = new Set([...village].map((r) => r.periodDate));
    const missing = ended.filter((p) => !reported.has(p.start));
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.length).toBeLessThan(ended.length * 0.15);
    const monthly = generateScreeningReports(createRandom('m'), { id: id(3), kind: 'enterprise' }, 'month', {
      today: TODAY,
      from: '2024-01-01',
    });
    expectBetween(monthly.length, 20, 30);
  });
});
