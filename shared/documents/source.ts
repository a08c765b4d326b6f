// What the documents are drawn from: the case as the case page has it (parties, steps in force, mediators,
// attachments), the committee's particulars and the wording the committee chose. Pure data, no database.
import type { AnyStep } from '../rules/lifecycle.ts';
import type { CaseDetail } from '../domain/case.ts';
import type { DocumentWording } from './wording.ts';

export interface CommitteeParticulars {
  /** Full name, e.g. 玄武区梅园新村街道人民调解委员会. */
  name: string;
  /** The case-number abbreviation, e.g. 梅园. */
  abbreviation: string;
  address: string | null;
  phone: string | null;
}

/** Pages of one item of the case file, known once its parts are rendered (for the 卷内目录). */
export interface CataloguePages {
  no: number;
  /** First and last page of the item in the case file's continuous numbering, or null when absent. */
  from: number | null;
  to: number | null;
}

export interface DocumentSource {
  case: CaseDetail;
  committee: CommitteeParticulars;
  wording: DocumentWording;
  /** Today in China, for documents printed before the date is known (they print a blank date instead). */
  today: string;
  /** Set when the catalogue is drawn for a whole case file: the page range of each item. */
  pages?: readonly CataloguePages[];
}

/** The steps in force of a case, in recording order: corrected steps replaced by their correction. */
export function stepsInForce(detail: CaseDetail): AnyStep[] {
  return detail.progress.timeline.filter((e) => e.correctedBy === null).map((e) => e.step);
}

/** The steps in force of one kind, e.g. `stepsOf(detail, 'session')`. */
export function stepsOf<K extends AnyStep['kind']>(detail: CaseDetail, kind: K): Extract<AnyStep, { kind: K }>[] {
  return stepsInForce(detail).filter((s): s is Extract<AnyStep, { kind: K }> => s.kind === kind);
}
