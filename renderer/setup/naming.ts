// Suggestions for the committee's name and case-number abbreviation from the chosen division's name.
import type { Division } from '../../shared/api/contract.ts';
import type { CommitteeKind } from '../../shared/domain/reference.ts';

/**
 * The place as a committee is named after it: `placeName('梅园新村社区居委会')` → `'梅园新村社区'`,
 * `placeName('荷花村委会')` → `'荷花村'`; other names stay as they are.
 */
export function placeName(divisionName: string): string {
  return divisionName
    .trim()
    .replace(/社区(居委会|居民委员会)$/u, '社区')
    .replace(/村(委会|民委员会)$/u, '村')
    .replace(/街道办事处$/u, '街道');
}

/** `suggestCommitteeName('玄武门街道')` → `'玄武门街道人民调解委员会'`. */
export function suggestCommitteeName(divisionName: string): string {
  return `${placeName(divisionName)}人民调解委员会`;
}

const SUFFIXES = ['居民委员会', '居委会', '街道', '社区', '镇', '乡', '村'];

/**
 * The place without its administrative suffix, as used in case numbers:
 * `suggestAbbreviation('玄武门街道')` → `'玄武门'`, `suggestAbbreviation('梅园新村社区居委会')` → `'梅园新村'`.
 */
export function suggestAbbreviation(divisionName: string): string {
  let name = placeName(divisionName);
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && name.length > suffix.length) {
      name = name.slice(0, -suffix.length);
      break;
    }
  }
  // Case numbers take Han characters, letters and digits only, at most 10.
  return [...name.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '')].slice(0, 10).join('');
}

/** The committee kind a division suggests: a village gives a village committee, anything else a township one. */
export function suggestKind(division: Division | null): CommitteeKind {
  return division?.level === 'village' ? 'village' : 'township';
}
