// The twelve documents of a case: which can be drawn now (and why not), and drawing one from its source.
import type { DocumentType } from '../domain/documents.ts';
import { AppError } from '../errors.ts';
import { agreementGaps, agreementGapsMessage } from './agreementGaps.ts';
import { buildAgreement } from './agreement.ts';
import { buildApplication } from './application.ts';
import { buildBackCover, buildCatalogue, buildCover } from './archive.ts';
import { buildConfirmation } from './confirmation.ts';
import { buildFollowUp } from './followUp.ts';
import type { DocumentModel } from './model.ts';
import { buildNotice } from './notice.ts';
import { buildOralAgreement } from './oralAgreement.ts';
import { buildInvestigation, buildSession } from './records.ts';
import { buildRegistration } from './registration.ts';
import { stepsOf, type DocumentSource } from './source.ts';

const BUILDERS: Record<DocumentType, (source: DocumentSource) => DocumentModel> = {
  application: buildApplication,
  registration: buildRegistration,
  notice: buildNotice,
  investigation: buildInvestigation,
  session: buildSession,
  agreement: buildAgreement,
  'oral-agreement': buildOralAgreement,
  'follow-up': buildFollowUp,
  cover: buildCover,
  catalogue: buildCatalogue,
  'back-cover': buildBackCover,
  confirmation: buildConfirmation,
};

/** The written agreement in force, or null. */
function writtenAgreement(source: DocumentSource) {
  return stepsOf(source.case, 'agreement_written').at(-1) ?? null;
}

/**
 * Why a document cannot be drawn for this case now, in the clerk's words, or null when it can. Forms that
 * are filled in by hand (application, records, follow-up) can always be printed, blank where nothing is
 * recorded; the agreement and what rests on it need a complete agreement.
 */
export function documentProblem(type: DocumentType, source: DocumentSource): string | null {
  switch (type) {
    case 'agreement':
    case 'confirmation': {
      const agreement = writtenAgreement(source);
      if (!agreement) return '本案尚未达成书面协议';
      const gaps = agreementGaps(source.case.parties, agreement);
      return gaps.length > 0 ? agreementGapsMessage(gaps) : null;
    }
    case 'oral-agreement':
      return stepsOf(source.case, 'agreement_oral').length > 0 ? null : '本案没有达成口头协议';
    case 'application':
    case 'registration':
    case 'notice':
    case 'investigation':
    case 'session':
    case 'follow-up':
    case 'cover':
    case 'catalogue':
    case 'back-cover':
      return null;
    default: {
      const never: never = type;
      return never;
    }
  }
}

/** The document's template data; call documentProblem first (a refused document throws here). */
export function buildDocument(type: DocumentType, source: DocumentSource): DocumentModel {
  const problem = documentProblem(type, source);
  if (problem) throw new AppError('CONFLICT', problem);
  return BUILDERS[type](source);
}
