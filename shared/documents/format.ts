// How values read on a printed document: dates as 2026年3月2日, money in yuan, a party's particulars.
import type { Party } from '../domain/case.ts';
import type { Block, Run } from './model.ts';

/** `2026-03-02` → `2026年3月2日`. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A date, or a blank `____年__月__日` to fill in by hand. */
export function dateRuns(date: string | null | undefined): Run[] {
  if (date) return [{ value: chineseDate(date) }];
  return [{ blank: 4 }, { text: '年' }, { blank: 2 }, { text: '月' }, { blank: 2 }, { text: '日' }];
}

/** A value, or a blank line `width` characters wide. */
export function valueRun(value: string | number | null | undefined, width = 8, underline = false): Run {
  if (value === null || value === undefined || value === '') return { blank: width };
  return underline ? { value: String(value), underline } : { value: String(value) };
}

/** Fen → `3000.00元`; 300000 → `3000.00`. */
export function yuan(fen: number): string {
  return `${(fen / 100).toFixed(2)}元`;
}

/** Full years between a birth date and a day. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export const SEX_LABELS = { male: '男', female: '女' } as const;
export const ROLE_LABELS = { applicant: '申请人', respondent: '被申请人' } as const;

/** 申请人 / 被申请人, numbered when a side has several parties: 申请人一, 申请人二. */
export function partyTitles(parties: readonly Party[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const role of ['applicant', 'respondent'] as const) {
    const side = parties.filter((p) => p.role === role);
    side.forEach((p, i) => titles.set(p.id, side.length > 1 ? `${ROLE_LABELS[role]}${chineseNumber(i + 1)}` : ROLE_LABELS[role]));
  }
  return titles;
}

const CHINESE_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** How a numbered item starts in print, in the HTML and the DOCX alike: `一、` (chinese) or `1.` (arabic). */
export function listMarker(style: 'chinese' | 'arabic', n: number): string {
  return style === 'chinese' ? `${chineseNumber(n)}、` : `${n}.`;
}

/** 1 → 一, 12 → 十二, 23 → 二十三 (up to 99; clause and copy counts). */
export function chineseNumber(n: number): string {
  if (n <= 10) return CHINESE_NUMERALS[n] ?? String(n);
  if (n < 20) return `十${CHINESE_NUMERALS[n - 10]}`;
  if (n < 100) return `${CHINESE_NUMERALS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : CHINESE_NUMERALS[n % 10]}`;
  return String(n);
}

/** A text as body paragraphs, one per line (empty lines dropped): the case's values, or the committee's wording as text. */
export function textParagraphs(text: string, as: 'value' | 'text' = 'value'): Block[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line): Block => ({ kind: 'paragraph', runs: [as === 'value' ? { value: line } : { text: line }] }));
}

/** `count` ruled lines, each nearly a body line wide, to write on by hand. */
export function blankLines(count: number): Block[] {
  return Array.from({ length: count }, (): Block => ({ kind: 'paragraph', indent: false, runs: [{ blank: 26 }] }));
}

/** The parties as the documents list them: applicants first, then respondents, each side in the order entered. */
export function bySide(parties: readonly Party[]): Party[] {
  return [...parties.filter((p) => p.role === 'applicant'), ...parties.filter((p) => p.role === 'respondent')];
}
