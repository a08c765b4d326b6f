// The template data of a document: what a case's document says, as blocks of text, independent of the output.
// One model drives both outputs: HTML printed to PDF by Chromium (services/documents/html.ts) and DOCX
// (services/documents/docx.ts), so the two cannot drift apart in what they say.
import type { DocumentType } from '../domain/documents.ts';

/**
 * A run of text inside a paragraph or a cell. A value the clerk has not filled prints as a blank line of
 * `blank` characters' width to fill by hand (never as "undefined" or an empty gap).
 */
export type Run =
  | { text: string; bold?: boolean }
  /** A filled-in value from the case (printed underlined in forms when `underline`). */
  | { value: string; underline?: boolean }
  /** A line to write on by hand, `blank` characters (of the body size) wide. */
  | { blank: number };

export interface Cell {
  runs: Run[];
  /** Spans this many columns (default 1). */
  colSpan?: number;
  /** A label cell (printed in bold, centred). */
  header?: boolean;
  align?: 'left' | 'center' | 'right';
  /** At least this many body lines tall: room to write by hand. */
  minLines?: number;
}

export type Block =
  /** The document's title (2号 小标宋 style), centred. */
  | { kind: 'title'; text: string; size?: 'title' | 'cover' }
  /** A line under the title: the case number right-aligned (`〔2026〕梅园调字第12号`) or a subtitle centred. */
  | { kind: 'line'; runs: Run[]; align: 'left' | 'center' | 'right' }
  /** A section heading inside the document (黑体 style), e.g. “纠纷主要事实、争议事项”. */
  | { kind: 'heading'; text: string }
  /** Body text, first line indented two characters unless `indent` is false. */
  | { kind: 'paragraph'; runs: Run[]; indent?: boolean }
  /** Numbered items (协议条款): `一、` style when `style` is 'chinese', `1.` when 'arabic'. */
  | { kind: 'list'; style: 'chinese' | 'arabic'; items: Run[][] }
  /** A ruled table (forms, the catalogue); `widths` are relative column widths. */
  | { kind: 'table'; widths: number[]; rows: Cell[][] }
  /** Signature lines, one per person or organisation, e.g. “申请人（签名或按指印）：______”. */
  | { kind: 'signatures'; lines: Run[][] }
  /** The committee's seal place and the date, right-aligned at the end of the document. */
  | { kind: 'seal'; committee: string; date: Run[] }
  /** Empty body lines (room to write, or the cover's spacing). */
  | { kind: 'space'; lines: number }
  | { kind: 'pageBreak' };

export interface DocumentModel {
  type: DocumentType;
  /** The document's name as printed and as the file is named, e.g. 人民调解协议书. */
  title: string;
  /** The case number the document carries (also used in the file name). */
  caseNumber: string;
  /** Pages are numbered (— 1 —) unless this is a cover or a back cover. */
  numbered: boolean;
  blocks: Block[];
}
