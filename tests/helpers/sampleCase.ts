// Sample inputs for tests: a real township committee and a valid two-party registration.
import type { CaseRegistrationInput } from '../../shared/domain/case.ts';

/** 梅园新村街道 of 南京市玄武区, a real township (12-digit statistical code). */
export const XUANWU_COMMITTEE = {
  areaCode: '320102002000',
  name: '玄武区梅园新村街道人民调解委员会',
  kind: 'township',
  abbreviation: '梅园',
} as const;

/** A valid registration with two parties, complete enough for a written agreement; override what a test is about. */
export function sampleCase(overrides: Partial<CaseRegistrationInput> = {}): CaseRegistrationInput {
  return {
    disputeType: 'neighbourhood',
    source: 'party_application',
    registeredOn: '2026-03-02',
    occurredOn: '2026-02-27',
    place: '梅园新村街道大悲巷社区',
    facts: '楼上住户卫生间漏水，导致楼下天花板受损，双方就维修费用协商未果。',
    requests: '请求对方承担维修费用3000元。',
    riskLevel: 'blue',
    parties: [
      {
        role: 'applicant',
        kind: 'person',
        name: '张三',
        idNumber: '11010519491231002X',
        phone: '13812345678',
        ethnicity: '汉族',
        occupation: '退休职工',
        address: '南京市玄武区大悲巷12号302室',
      },
      {
        role: 'respondent',
        kind: 'person',
        name: '李四',
        idNumber: '320102198005170033',
        phone: '025-84561234',
        ethnicity: '汉族',
        occupation: '个体经营',
        address: '南京市玄武区大悲巷12号402室',
      },
    ],
    ...overrides,
  };
}
