import { describe, expect, it } from 'vitest';
import { CaseRegistration, type CaseRegistrationInput, type PartyInput } from '../../shared/domain/case.ts';
import { isValidPhone } from '../../shared/rules/phone.ts';
import { checkIdNumber, idNumberFacts } from '../../shared/rules/idNumber.ts';
import { createDivisionIndex } from '../../services/divisions.ts';
import { generateCases } from '../../services/seed/cases.ts';
import { committeeGeography } from '../../services/seed/geography.ts';
import { fixedLineNumber, idNumberFor, mobileNumber } from '../../services/seed/idNumbers.ts';
import { hasSupplementaryChar, personName, villageShortName } from '../../services/seed/names.ts';
import { EXT_B_CHARS } from '../../services/seed/namePools.ts';
import { createRandom } from '../../services/seed/random.ts';

const TODAY = '2026-06-30';
const divisions = createDivisionIndex();
/** 南京市玄武区梅园新村街道 (communities) and 溧水区和凤镇 (mostly villages). */
const MEIYUAN = '320102002000';
const HEFENG = '320117107000';
const villagesOf = (code: string) => divisions.children(code).map((v) => ({ code: v.code, name: v.name }));

function sample(count: number, seed: string | number = 'fengqiao', areaCode = MEIYUAN): CaseRegistrationInput[] {
  return generateCases({ count, seed, committeeAreaCode: areaCode, ...committeeGeography(divisions, areaCode), today: TODAY });
}
const persons = (cases: CaseRegistrationInput[]) =>
  cases.flatMap((c) => c.parties.filter((p): p is Extract<PartyInput, { kind: 'person' }> => p.kind === 'person'));
const share = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length / items.length;
function expectBetween(value: number, lo: number, hi: number) {
  expect(value).toBeGreaterThanOrEqual(lo);
  expect(value).toBeLessThanOrEqual(hi);
}

describe('seeded random', () => {
  it('repeats for a seed and differs between seeds', () => {
    const draw = (seed: string | number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
    expect(draw(1)).not.toEqual(draw('1'));
  });

  it('keeps int, weighted and date within bounds', () => {
    const r = createRandom(7);
    const ints = Array.from({ length: 2000 }, () => r.int(1, 3));
    expect(new Set(ints)).toEqual(new Set([1, 2, 3]));
    const picks = Array.from({ length: 2000 }, () =>
      r.weighted([
        ['never', 0],
        ['a', 1],
        ['b', 3],
      ] as const),
    );
    expect(picks).not.toContain('never');
    expect(share(picks, (p) => p === 'b')).toBeGreaterThan(0.65);
    const dates = Array.from({ length: 2000 }, () => r.date('2024-02-27', '2024-03-01'));
    expect(new Set(dates)).toEqual(new Set(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']));
  });
});

describe('identifiers', () => {
  it('makes valid ID numbers that encode sex and birth date', () => {
    const r = createRandom('id');
    for (let i = 0; i < 500; i++) {
      const sex = i % 2 ? 'male' : 'female';
      const id = idNumberFor(r, '320102', '1975-04-09', sex);
      expect(checkIdNumber(id)).toBeNull();
      expect(idNumberFacts(id)).toEqual({ birthDate: '1975-04-09', sex });
    }
  });

  it('makes valid mobile and Nanjing fixed-line numbers', () => {
    const r = createRandom('phone');
    for (let i = 0; i < 200; i++) {
      expect(mobileNumber(r)).toMatch(/^1[3-9]\d{9}$/);
      const fixed = fixedLineNumber(r);
      expect(fixed).toMatch(/^025-8\d{7}$/);
      expect(isValidPhone(fixed)).toBe(true);
    }
  });
});

describe('names', () => {
  it('uses real extension-B characters, one code point each above U+FFFF', () => {
    for (const ch of EXT_B_CHARS) {
      expect(ch.codePointAt(0)).toBeGreaterThan(0xffff);
      expect([...ch]).toHaveLength(1);
      expect(ch).toMatch(/^\p{Script=Han}$/u);
    }
    expect(EXT_B_CHARS[0]).toBe('𠮷');
  });

  it('gives names of 2–4 characters, about 1% with an extension-B character', () => {
    const r = createRandom('names');
    const names = Array.from({ length: 20_000 }, (_, i) => personName(r, i % 2 ? 'male' : 'female', 1950 + (i % 60)));
    for (const name of names) expectBetween([...name].length, 2, 4);
    const rare = share(names, hasSupplementaryChar);
    expectBetween(rare, 0.005, 0.02);
    expect(names.some((n) => n.startsWith('欧阳') || n.startsWith('司马') || n.startsWith('诸葛'))).toBe(true);
  });

  it('shortens village and community committee names', () => {
    expect(villageShortName('梅园新村社区居委会')).toBe('梅园新村社区');
    expect(villageShortName('沈家山村委会')).toBe('沈家山村');
    expect(villageShortName('张庄村村民委员会')).toBe('张庄村');
    expect(villageShortName('东青社区居委会（含东青村村委）')).toBe('东青社区');
  });
});

describe('generateCases', () => {
  const cases = sample(2000);
  const people = persons(cases);

  it('is deterministic, and the first cases do not depend on the count', () => {
    expect(sample(200)).toEqual(sample(200));
    expect(sample(200, 'other')).not.toEqual(sample(200));
    expect(sample(50)).toEqual(sample(200).slice(0, 50));
  });

  it('produces registrations that pass the contract schema', () => {
    for (const input of [...cases, ...sample(500, 'village', HEFENG)]) {
      const result = CaseRegistration.safeParse(input);
      if (!result.success) throw new Error(`${JSON.stringify(result.error.issues)}\n${JSON.stringify(input)}`);
    }
  });

  it('gives every person a valid ID number of the province that encodes their sex and birth date', () => {
    const withId = people.filter((p) => p.idNumber);
    expect(withId.length / people.length).toBeGreaterThan(0.9);
    for (const p of withId) {
      expect(checkIdNumber(p.idNumber!)).toBeNull();
      expect(idNumberFacts(p.idNumber!)).toEqual({ sex: p.sex, birthDate: p.birthDate });
      expect(p.idNumber!.slice(0, 2)).toBe('32');
    }
    expect(share(withId, (p) => p.idNumber!.startsWith('320102'))).toBeGreaterThan(0.5);
    for (const c of cases) {
      for (const p of persons([c])) {
        const age = Number(c.registeredOn.slice(0, 4)) - Number(p.birthDate!.slice(0, 4));
        expectBetween(age, 18, 86);
      }
    }
  });

  it('has a plausible type mix: 邻里 and 婚姻家庭 the two largest', () => {
    const counts = new Map<string, number>();
    for (const c of cases) counts.set(c.disputeType, (counts.get(c.disputeType) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([type]) => type);
    expect(new Set(ranked.slice(0, 2))).toEqual(new Set(['neighbourhood', 'marriage_family']));
    expect(counts.size).toBeGreaterThanOrEqual(13);
  });

  it('mixes sources, risk colours, party counts and organisations like a real register', () => {
    const own = share(cases, (c) => c.source === 'own_initiative');
    const applied = share(cases, (c) => c.source === 'party_application');
    expectBetween(own, 0.28, 0.42);
    expectBetween(applied, 0.38, 0.52);
    expect(share(cases, (c) => c.riskLevel === 'blue')).toBeGreaterThan(0.75);
    expect(share(cases, (c) => c.riskLevel === 'red')).toBeLessThan(0.03);
    expect(share(cases, (c) => c.parties.length === 2)).toBeGreaterThan(0.6);
    expect(cases.some((c) => c.parties.length >= 4)).toBe(true);
    const withOrg = share(cases, (c) => c.parties.some((p) => p.kind === 'organization'));
    expectBetween(withOrg, 0.05, 0.25);
    expect(people.some((p) => p.ethnicity !== '汉族')).toBe(true);
    expect(share(people, (p) => p.ethnicity === '汉族')).toBeGreaterThan(0.95);
  });

  it('names the sending body, its letter and a date up to 5 days before registration for hand-overs', () => {
    const handedOver = cases.filter((c) => c.source !== 'party_application' && c.source !== 'own_initiative');
    expectBetween(handedOver.length / cases.length, 0.1, 0.3);
    for (const c of cases) {
      if (!handedOver.includes(c)) {
        expect(c.referral).toBeNull();
        continue;
      }
      const days = (Date.parse(c.registeredOn) - Date.parse(c.referral!.date)) / 86_400_000;
      expectBetween(days, 0, 5);
      if (c.occurredOn) expect(c.referral!.date >= c.occurredOn).toBe(true);
    }
    const bodies = handedOver.map((c) => c.referral!.body);
    expect(bodies).toContain('南京市玄武区人民法院');
    expect(bodies).toContain('南京市公安局玄武分局梅园新村派出所');
    expect(handedOver.some((c) => /^（20\d\d）苏0102民诉前调\d+号$/.test(c.referral!.reference ?? ''))).toBe(true);
    expect(handedOver.some((c) => /^玄公（梅）调移〔20\d\d〕\d+号$/.test(c.referral!.reference ?? ''))).toBe(true);
    expect(handedOver.some((c) => c.referral!.reference === null)).toBe(true);
  });

  it('never gives two parties of a case the same name (the schema already refuses a repeated ID number)', () => {
    for (const c of cases) {
      const names = c.parties.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('names people in 2–4 characters, some with an extension-B character', () => {
    for (const p of people) expectBetween([...p.name].length, 2, 4);
    expect(people.some((p) => hasSupplementaryChar(p.name))).toBe(true);
  });

  it('writes facts of 60–200 characters that name the parties and a real place', () => {
    const communities = villagesOf(MEIYUAN).map((v) => villageShortName(v.name));
    for (const c of cases) {
      expectBetween([...c.facts].length, 60, 200);
      expect(c.requests).toBeTruthy();
      expect(c.facts).toContain(c.parties[0]!.name);
      expect(c.facts).not.toMatch(/[{}]|undefined|NaN/);
    }
    const placed = cases.filter((c) => communities.some((v) => c.place!.includes(v)));
    expect(placed.length / cases.length).toBeGreaterThan(0.8);
  });

  it('spreads registrations over three years up to today, the dispute on or before registration', () => {
    const dates = cases.map((c) => c.registeredOn).sort();
    expect(dates[0]! >= '2023-07-01').toBe(true);
    expect(dates.at(-1)! <= TODAY).toBe(true);
    expect(dates[0]! < '2024-01-01').toBe(true);
    for (const c of cases) if (c.occurredOn) expect(c.occurredOn <= c.registeredOn).toBe(true);
    const only2025 = generateCases({
      count: 300,
      seed: 1,
      committeeAreaCode: MEIYUAN,
      villages: villagesOf(MEIYUAN),
      year: 2025,
      today: TODAY,
    });
    expect(only2025.every((c) => c.registeredOn.startsWith('2025-'))).toBe(true);
  });

  it('still works without villages, using the committee area', () => {
    const cases = generateCases({ count: 50, seed: 's', committeeAreaCode: '320115001000', villages: [], today: TODAY });
    for (const input of cases) expect(CaseRegistration.safeParse(input).success).toBe(true);
  });
});
