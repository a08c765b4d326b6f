// The case file's own sheets (一案一卷): the cover (卷宗封面), the catalogue (卷内目录) and the back cover (卷内备考表).
// What is not known until the case is archived (file number, compiler, retention) prints as a blank line.
import type { CaseDetail } from '../domain/case.ts';
import { RETENTION_PERIODS } from '../domain/lifecycle.ts';
import { labelOf } from '../domain/reference.ts';
import { actingMediators } from './agreement.ts';
import { dateRuns, valueRun } from './format.ts';
import { disputeName } from './followUp.ts';
import type { Cell, DocumentModel, Run } from './model.ts';
import type { DocumentSource } from './source.ts';

const label = (text: string): Cell => ({ runs: [{ text }], header: true });
const value = (runs: Run[], minLines?: number): Cell => ({ runs, ...(minLines ? { minLines } : {}) });

/** The file's name: `张三与李四、某公司邻里纠纷` (applicants 与 respondents, then the kind of dispute). */
export function fileName(detail: CaseDetail): string {
  const names = (role: 'applicant' | 'respondent') =>
    detail.parties
      .filter((p) => p.role === role)
      .map((p) => p.name)
      .join('、');
  const sides = [names('applicant'), names('respondent')].filter((s) => s !== '').join('与');
  return `${sides}${disputeName(detail)}`;
}

/** The number as file covers write it: `（2026）人调字第7号`. */
export function coverNumber(detail: CaseDetail): string {
  return `（${detail.year}）人调字第${detail.serial}号`;
}

/** The last date of the file: when it was archived, else when the case ended (outcome or refusal), else null. */
function closingDate(detail: CaseDetail): string | null {
  const p = detail.progress;
  return p.archive?.on ?? p.outcome?.on ?? p.refusedOn ?? null;
}

export function buildCover(source: DocumentSource): DocumentModel {
  const detail = source.case;
  const archive = detail.progress.archive;
  const mediators = actingMediators(detail).join('、');
  const retention = archive ? labelOf(RETENTION_PERIODS, archive.retention) : null;
  const rows: Cell[][] = [
    [label('卷名'), value([{ value: fileName(detail) }], 2)],
    [label('卷号'), value([valueRun(archive?.archiveNumber, 12)])],
    [label('案号'), value([{ value: coverNumber(detail) }])],
    [label('调解员'), value([valueRun(mediators, 12)])],
    [label('起止日期'), value([...dateRuns(detail.registeredOn), { text: ' 至 ' }, ...dateRuns(closingDate(detail))])],
    [label('立卷人'), value([valueRun(archive?.compiledBy, 8)])],
    [label('立卷日期'), value(dateRuns(archive?.on))],
    [label('保管期限'), value([valueRun(retention, 6)])],
    [label('备注'), value(archive?.remarks ? [{ value: archive.remarks }] : [], 2)],
  ];
  return {
    type: 'cover',
    title: '卷宗封面',
    caseNumber: detail.number,
    numbered: false,
    blocks: [
      // The cover is one page: the titles in its upper third, the table below (its 备注 row has room for 2 lines).
      { kind: 'space', lines: 1 },
      { kind: 'title', text: source.committee.name, size: 'cover' },
      { kind: 'title', text: '调解卷宗', size: 'cover' },
      { kind: 'space', lines: 2 },
      { kind: 'table', widths: [1, 3], rows },
    ],
  };
}

/** An item's pages in the whole file: `3-4`, `5`, or empty when not known. */
function pageRange(source: DocumentSource, no: number): string {
  const pages = source.pages?.find((p) => p.no === no);
  if (!pages || pages.from === null) return '';
  return pages.to === null || pages.to === pages.from ? String(pages.from) : `${pages.from}-${pages.to}`;
}

/** The items present or required, in the MoJ order, numbered as listed; a required item not in the file says 缺. */
export function buildCatalogue(source: DocumentSource): DocumentModel {
  const detail = source.case;
  const items = detail.progress.catalogue.filter((item) => item.present || item.required).sort((a, b) => a.no - b.no);
  const header: Cell[] = ['序号', '文件名称', '页号', '备注'].map(label);
  const rows: Cell[][] = items.map((item, i) => {
    const pages = pageRange(source, item.no);
    const remark = item.present ? `${item.count}份` : '缺';
    return [
      { runs: [{ text: String(i + 1) }], align: 'center' },
      { runs: [{ value: item.name }] },
      { runs: pages ? [{ value: pages }] : [], align: 'center' },
      { runs: [{ value: remark }], align: 'center' },
    ];
  });
  return {
    type: 'catalogue',
    title: '卷内目录',
    caseNumber: detail.number,
    numbered: false,
    blocks: [
      { kind: 'title', text: '卷内目录' },
      { kind: 'line', runs: [{ value: detail.number }], align: 'right' },
      { kind: 'table', widths: [1, 6, 2, 2], rows: [header, ...rows] },
    ],
  };
}

export function buildBackCover(source: DocumentSource): DocumentModel {
  const detail = source.case;
  const archive = detail.progress.archive;
  const remarks = (archive?.remarks ?? '').trim();
  return {
    type: 'back-cover',
    title: '封底',
    caseNumber: detail.number,
    numbered: false,
    blocks: [
      { kind: 'title', text: '卷内备考表' },
      { kind: 'line', runs: [{ value: detail.number }], align: 'right' },
      {
        kind: 'table',
        widths: [1, 3],
        rows: [
          [{ runs: [{ text: '本卷情况说明' }], header: true, colSpan: 2 }],
          [{ runs: remarks ? [{ value: remarks }] : [{ blank: 24 }], colSpan: 2, minLines: 14 }],
          [label('立卷人'), value([valueRun(archive?.compiledBy, 8)])],
          [label('检查人'), value([{ blank: 8 }])],
          [label('立卷时间'), value(dateRuns(archive?.on))],
        ],
      },
    ],
  };
}
