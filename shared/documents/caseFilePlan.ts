// What the whole case file (卷宗) holds, in the order of the 卷内目录 (MoJ format): for each catalogue item, the
// documents drawn from the case and the attachments filed under it. The cover, the catalogue and the back
// cover frame it and carry no page numbers; everything between is numbered continuously.
import type { Attachment } from '../domain/attachment.ts';
import type { DocumentType } from '../domain/documents.ts';
import { documentProblem } from './build.ts';
import { stepsOf, type DocumentSource } from './source.ts';

export type CaseFilePiece = { kind: 'document'; type: DocumentType } | { kind: 'attachment'; attachment: Attachment };

export interface CaseFileItem {
  /** The catalogue item's number (1–12; the back cover is 13). */
  no: number;
  pieces: CaseFilePiece[];
}

/** Attachment categories filed under each catalogue item. */
const FILED_UNDER: Record<number, readonly Attachment['category'][]> = {
  1: ['application'],
  3: ['id_proof'],
  4: ['power_of_attorney'],
  6: ['evidence', 'photo'],
  8: ['agreement_scan'],
  9: ['fulfilment_proof'],
  11: ['confirmation'],
  12: ['other'],
};

/**
 * The items of the case file with what goes into each, in catalogue order; items with nothing to file are
 * left out. A document that cannot be drawn (an incomplete agreement) is left out, and its signed scan, if
 * any, stands in for it.
 */
export function caseFilePlan(source: DocumentSource): CaseFileItem[] {
  const detail = source.case;
  const drawable = (type: DocumentType): CaseFilePiece[] => (documentProblem(type, source) === null ? [{ kind: 'document', type }] : []);
  const has = (kind: Parameters<typeof stepsOf>[1]) => stepsOf(detail, kind).length > 0;
  const generated: Record<number, CaseFilePiece[]> = {
    1: [{ kind: 'document', type: detail.source === 'party_application' ? 'application' : 'registration' }],
    2: detail.progress.refusedOn === null ? [{ kind: 'document', type: 'notice' }] : [],
    5: has('investigation') ? [{ kind: 'document', type: 'investigation' }] : [],
    7: has('session') ? [{ kind: 'document', type: 'session' }] : [],
    8: has('agreement_written') ? drawable('agreement') : has('agreement_oral') ? [{ kind: 'document', type: 'oral-agreement' }] : [],
    10: has('follow_up') ? [{ kind: 'document', type: 'follow-up' }] : [],
    11: has('confirmation_applied') ? drawable('confirmation') : [],
  };
  const items: CaseFileItem[] = [];
  for (let no = 1; no <= 12; no += 1) {
    const attachments = detail.progress.attachments
      .filter((a) => (FILED_UNDER[no] ?? []).includes(a.category))
      .map((attachment): CaseFilePiece => ({ kind: 'attachment', attachment }));
    const pieces = [...(generated[no] ?? []), ...attachments];
    if (pieces.length > 0) items.push({ no, pieces });
  }
  return items;
}
