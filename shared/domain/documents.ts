// The documents of a case (人民调解文书格式, MoJ December 2010, and the joint application for judicial confirmation),
// each with the stable code the CLI and the API name it by (`doc render CASE_ID --type agreement`).
export const DOCUMENT_TYPES = [
  { code: 'application', label: '人民调解申请书' },
  { code: 'registration', label: '人民调解受理登记表' },
  { code: 'notice', label: '人民调解当事人权利义务告知书' },
  { code: 'investigation', label: '人民调解调查记录' },
  { code: 'session', label: '人民调解记录' },
  { code: 'agreement', label: '人民调解协议书' },
  { code: 'oral-agreement', label: '人民调解口头协议登记表' },
  { code: 'follow-up', label: '人民调解回访记录' },
  { code: 'cover', label: '卷宗封面' },
  { code: 'catalogue', label: '卷内目录' },
  { code: 'back-cover', label: '封底' },
  { code: 'confirmation', label: '司法确认申请书' },
] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number]['code'];
export const DOCUMENT_TYPE_CODES = DOCUMENT_TYPES.map((d) => d.code) as [DocumentType, ...DocumentType[]];
