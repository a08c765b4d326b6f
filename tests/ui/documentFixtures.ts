// Answers for the documents' UI tests: the twelve documents with or without a problem, a drawn PDF or DOCX, and
// the parties of a case (one complete, one lacking what a written agreement needs).
import type { Party } from '../../shared/domain/case.ts';
import { DOCUMENT_TYPES, type DocumentAvailability, type DocumentFormat, type RenderedDocument } from '../../shared/domain/documents.ts';
import { newId } from '../../shared/rules/ids.ts';

export const NO_AGREEMENT = '本案尚未达成书面协议';

/** The twelve documents, as the service lists them (in any order); `problems` by document code. */
export function availability(problems: Partial<Record<string, string>> = {}): DocumentAvailability[] {
  return DOCUMENT_TYPES.map((d) => ({ type: d.code, name: d.label, problem: problems[d.code] ?? null })).reverse();
}

export const MIME: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** A drawn document: '%PDF-1.7' (or a zip's first bytes) in base64. */
export function rendered(name: string, format: DocumentFormat): RenderedDocument {
  return { fileName: `${name}.${format}`, mime: MIME[format], content: format === 'pdf' ? 'JVBERi0xLjc=' : 'UEsDBA==', pages: 1 };
}

const person = (patch: Partial<Party> & Pick<Party, 'role' | 'name'>): Party => ({
  id: newId(),
  kind: 'person',
  sex: 'male',
  ethnicity: '汉族',
  birthDate: '1970-05-17',
  idNumber: '320102197005170031',
  phone: '13812345678',
  occupation: '退休职工',
  address: '南京市玄武区梅园新村5栋302室',
  legalRepresentative: null,
  representativeTitle: null,
  agent: null,
  ...patch,
});

/** 张三 complete; 李四 without 民族 and 职业. */
export const PARTIES: Party[] = [
  person({ role: 'applicant', name: '张三' }),
  person({ role: 'respondent', name: '李四', ethnicity: null, occupation: null, address: '南京市玄武区梅园新村5栋402室' }),
];
