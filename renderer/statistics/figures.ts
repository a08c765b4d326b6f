// How the statistics page names and writes its figures: measure labels, short column headings, 元 from 分,
// percentages; and what a click on a figure lists (a drill-down: the measure, and the type, source or committee of
// its row).
import { CASE_SOURCE_CODES, DISPUTE_TYPE_CODES, type CaseSource, type DisputeType } from '../../shared/domain/reference.ts';
import { MEASURES, type CaseFigure, type Measure } from '../../shared/domain/statistics.ts';

/** The cases behind one figure: what `stats.cases` is asked for, and the words for the list's title. */
export interface Drill {
  measure: Measure;
  /** A by-type cell's dispute type. */
  disputeType?: DisputeType | null;
  /** A source line's detailed source (公安移送…), with the measure 'accepted'. */
  source?: CaseSource | null;
  /** A per-committee cell's committee (else the page's choice). */
  committeeId?: string | null;
  /** What is counted, e.g. '婚姻家庭 · 受理'. */
  title: string;
}

export function measureLabel(measure: Measure): string {
  return MEASURES.find((m) => m.code === measure)?.label ?? measure;
}

/** The date that puts a case in the period for this measure, e.g. '受理日期'. */
export function measureDated(measure: Measure): string {
  return MEASURES.find((m) => m.code === measure)?.dated ?? '';
}

/** Column headings shorter than the measure's full name, where a table has many columns. */
const SHORT: Partial<Record<CaseFigure, string>> = {
  diverted: '已导入法治轨道',
  amount: '协议金额（元）',
  confirmation_applied: '申请司法确认',
};

export function columnLabel(figure: CaseFigure): string {
  return SHORT[figure] ?? measureLabel(figure);
}

/** A report's dispute type code as the drill-down's, or null for a type the list does not know. */
export function asDisputeType(code: string): DisputeType | null {
  return DISPUTE_TYPE_CODES.find((c) => c === code) ?? null;
}

/** A report's detailed source code as the drill-down's, or null for a source the list does not know. */
export function asCaseSource(code: string): CaseSource | null {
  return CASE_SOURCE_CODES.find((c) => c === code) ?? null;
}

/** `yuan(1234550)` → '12,345.50' (from fen, without the unit). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100).toLocaleString('zh-CN')}.${String(abs % 100).padStart(2, '0')}`;
}

/** `percent(0.9815)` → '98.2%'; null → '—'. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** How a figure reads: an amount in 元, else a count. */
export function figureText(measure: Measure, value: number): string {
  return measure === 'amount' ? yuan(value) : String(value);
}
