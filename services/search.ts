// The search index of the register: a case's searchable text (number, parties' names with their pinyin,
// ID numbers, phones, place, facts, requests) cut into terms by shared/rules/searchTerms.ts.
import { customPinyin, pinyin } from 'pinyin-pro';
import { indexTerms } from '../shared/rules/searchTerms.ts';

// Rare characters seen in real ID-card names that pinyin-pro's dictionary lacks.
customPinyin({ '𠮷': 'jí' });

const LATIN = /^[a-z]+$/;

/**
 * Pinyin terms of a person's name, so that a clerk can type initials or the whole pinyin:
 * `namePinyinTerms('张三')` → `['zs', 'zhangsan']`; surnames read as surnames (单 → shan).
 */
export function namePinyinTerms(name: string): string[] {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true })
    .map((s) => s.toLowerCase())
    .filter((s) => LATIN.test(s));
  if (syllables.length === 0) return [];
  return [syllables.map((s) => s[0]).join(''), syllables.join('')];
}

export interface SearchableCase {
  number: string;
  place: string | null;
  facts: string;
  requests: string | null;
  parties: { name: string; idNumber: string | null; phone: string | null }[];
}

/** The terms stored for one case, as one space-separated string for the FTS5 table. */
export function caseSearchDocument(c: SearchableCase): string {
  const terms: string[] = [...indexTerms(c.number)];
  for (const party of c.parties) {
    terms.push(...indexTerms(party.name), ...namePinyinTerms(party.name));
    if (party.idNumber) terms.push(party.idNumber.toLowerCase());
    if (party.phone) terms.push(party.phone.replace(/\D/g, ''));
  }
  for (const text of [c.place, c.facts, c.requests]) if (text) terms.push(...indexTerms(text));
  return terms.join(' ');
}
