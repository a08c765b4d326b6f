// The case documents end to end through the register: every document of a case with two persons (one named
// 张𠮷, an extension-B character) and one organisation, as PDF (text read back with pdftotext) and as DOCX
// (its XML), says what the law and the MoJ formats require; the agreement says 一式四份 for three parties;
// page 1 of the agreement looks like the committed reference image; an incomplete agreement is refused.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api/client.ts';
import type { PartyInput } from '../../shared/domain/case.ts';
import { DOCUMENT_TYPE_CODES, type DocumentType } from '../../shared/domain/documents.ts';
import type { StepKind } from '../../shared/domain/lifecycle.ts';
import { difference, readPgm, readPng, writePng } from '../helpers/grayImage.ts';
import { AGREEMENT, PARTIES } from '../helpers/documentSource.ts';
import { PNG } from '../helpers/png.ts';
import { sampleCase, testRegister } from '../helpers/register.ts';
import { sampleStep } from '../helpers/steps.ts';
import { todayInChina } from '../../shared/rules/dates.ts';

const REFERENCE = path.join(import.meta.dirname, 'fixtures', 'agreement-page1.png');
const NUMBER = '〔2026〕梅园调字第1号';
const PARTY_INPUTS: PartyInput[] = PARTIES.map(({ id: _id, ...p }) => p as PartyInput);

const COMMON = [NUMBER, '张𠮷', '李四', '南京梅园物业管理有限公司'];
/** What each document must say for this case (whitespace ignored: pdftotext breaks lines where the page does). */
const REQUIRED: Record<DocumentType, string[]> = {
  application: [
    '人民调解申请书',
    '张𠮷',
    '李四',
    '南京梅园物业管理有限公司',
    '回族',
    '退休职工',
    '13812345678',
    '天花板受损',
    '自愿',
    '玄武区梅园新村街道人民调解委员会',
  ],
  registration: ['人民调解受理登记表', ...COMMON, '邻里', '当事人申请', '天花板受损'],
  notice: [
    '人民调解当事人权利义务告知书',
    '张𠮷',
    '权利',
    '义务',
    '玄武区梅园新村街道人民调解委员会',
    '南京市玄武区梅园新村街道办事处二楼',
    '025-84400000',
  ],
  investigation: ['人民调解调查记录', '防水层老化', '被调查人', '调查人', '记录人'],
  session: ['人民调解记录', '初步同意协商赔偿', '梅园新村街道人民调解委员会调解室', '记录人'],
  agreement: [
    '人民调解协议书',
    ...COMMON,
    '11010519491231002X',
    '320102198005170033',
    '回族',
    '个体经营',
    '王五',
    '总经理',
    '委托代理人：赵六',
    '南京市玄武区长江路88号',
    '漏水的原因和维修费用由谁承担',
    '负主要责任',
    '修复5栋公共排水管',
    '银行转账',
    '本协议一式四份',
    '王建国',
    '记录人',
    '玄武区梅园新村街道人民调解委员会',
    '2026年3月10日',
  ],
  'oral-agreement': [],
  'follow-up': ['人民调解回访记录', NUMBER, '张𠮷', '赔偿款已到账'],
  cover: ['玄武区梅园新村街道人民调解委员会', '调解卷宗', '（2026）人调字第1号', '梅园2026-001', '长期'],
  catalogue: ['卷内目录', '人民调解协议书', '当事人身份证明', '人民调解记录'],
  'back-cover': ['立卷人', '赵记录'],
  confirmation: ['司法确认申请书', ...COMMON, '南京市玄武区人民法院', '确认', '委托代理人：赵六'],
};

let api: ApiClient;
let caseId: string;
let dir: string;

const compact = (s: string) => s.replace(/\s+/g, '');

function pdfText(base64: string, name: string): string {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

async function docxText(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
}

async function record(kind: StepKind, on: string, extra: Record<string, unknown> = {}) {
  await api.call('cases.record', { caseId, step: sampleStep(kind, on, extra) });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-docs-'));
  ({ api } = await testRegister({ forSuite: true, dataDir: path.join(dir, 'register') }));
  const own = (await api.call('setup.status', {})).ownCommittee!;
  const self = (await api.call('committees.overview', {})).find((c) => c.id === own.id)!;
  const { id, version, areaCode, name, kind, parentId, abbreviation } = self;
  await api.call('committees.update', {
    id,
    version,
    areaCode,
    name,
    kind,
    parentId,
    abbreviation,
    address: '南京市玄武区梅园新村街道办事处二楼',
    phone: '025-84400000',
  });
  const mediator = await api.call('mediators.add', { committeeId: own.id, name: '王建国', joinedOn: '2020-01-01' });
  ({ id: caseId } = await api.call('cases.register', sampleCase({ parties: PARTY_INPUTS })));
  await record('accept', '2026-03-03');
  await record('assign', '2026-03-03', { mediators: [{ mediatorId: mediator.id, lead: true }] });
  await record('investigation', '2026-03-05', {
    questioned: '李四',
    investigator: '王建国',
    content: '李四承认卫生间防水层老化导致漏水。',
  });
  await record('session', '2026-03-10');
  const { kind: _kind, on: _on, ...agreement } = AGREEMENT;
  await record('agreement_written', '2026-03-10', { ...agreement, performanceDeadline: '2026-03-20', followUpDue: '2026-04-15' });
  await record('fulfilment', '2026-03-18');
  await record('confirmation_applied', '2026-03-20', { court: '南京市玄武区人民法院' });
  await record('follow_up', '2026-04-10', { visited: '张𠮷', findings: '赔偿款已到账，天花板已修复。' });
  await api.call('attachments.add', { caseId, name: '张𠮷身份证复印件.png', category: 'id_proof', contentBase64: PNG.toString('base64') });
  await record('archive', todayInChina(), { archiveNumber: '梅园2026-001' });
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the documents of a case', () => {
  it('says which documents can be drawn, and why the others cannot', async () => {
    const available = await api.call('documents.available', { caseId });
    expect(available.map((a) => a.type)).toEqual(DOCUMENT_TYPE_CODES);
    expect(available.find((a) => a.type === 'oral-agreement')?.problem).toBe('本案没有达成口头协议');
    expect(available.filter((a) => a.problem === null)).toHaveLength(11);
  });

  for (const type of DOCUMENT_TYPE_CODES.filter((t) => t !== 'oral-agreement'))
    it(`${type}: PDF and DOCX contain every required field`, { timeout: 60_000 }, async () => {
      const pdf = await api.call('documents.render', { caseId, type, format: 'pdf' });
      expect(pdf.mime).toBe('application/pdf');
      expect(pdf.fileName).toMatch(/\.pdf$/);
      const text = compact(pdfText(pdf.content, type));
      const docx = compact(await docxText((await api.call('documents.render', { caseId, type, format: 'docx' })).content));
      for (const field of REQUIRED[type]) {
        expect(text, `${type} PDF: ${field}`).toContain(compact(field));
        expect(docx, `${type} DOCX: ${field}`).toContain(compact(field));
      }
      for (const wrong of ['undefined', 'null', 'NaN']) {
        expect(text).not.toContain(wrong);
        expect(docx).not.toContain(wrong);
      }
    });

  it('embeds its fonts, so the page prints the same on every PC', async () => {
    const pdf = await api.call('documents.render', { caseId, type: 'agreement', format: 'pdf' });
    const file = path.join(dir, 'fonts.pdf');
    fs.writeFileSync(file, Buffer.from(pdf.content, 'base64'));
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe('yes');
  });

  it('lays out page 1 of the agreement as the reference image shows it', { timeout: 60_000 }, async () => {
    const pdf = await api.call('documents.render', { caseId, type: 'agreement', format: 'pdf' });
    const file = path.join(dir, 'layout.pdf');
    fs.writeFileSync(file, Buffer.from(pdf.content, 'base64'));
    execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
    const pgm = fs.readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.pgm'))!;
    const page = readPgm(fs.readFileSync(path.join(dir, pgm)));
    // Regenerate after an intended layout change: UPDATE_REFERENCE=1 npx vitest run tests/integration/documents.test.ts
    if (process.env['UPDATE_REFERENCE'] === '1') fs.writeFileSync(REFERENCE, writePng(page));
    const reference = readPng(fs.readFileSync(REFERENCE));
    expect([page.width, page.height]).toEqual([reference.width, reference.height]);
    const diff = difference(page, reference);
    expect(diff.differing, `${(diff.differing * 100).toFixed(2)}% of the pixels differ`).toBeLessThan(0.01);
    expect(diff.mean).toBeLessThan(4);
  });

  it('puts the whole case file into one PDF in catalogue order, pages numbered continuously', { timeout: 120_000 }, async () => {
    const file = await api.call('documents.caseFile', { caseId });
    const text = pdfText(file.content, 'case-file');
    const order = [
      '调解卷宗',
      '卷内目录',
      '人民调解申请书',
      '权利义务告知书',
      '调查记录',
      '人民调解记录',
      '人民调解协议书',
      '回访记录',
      '司法确认申请书',
      '卷内备考表',
    ];
    const at = order.map((word) => compact(text).indexOf(word));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    const numbers = pages
      .map((page) => /—\s*(\d+)\s*—/.exec(page)?.[1])
      .filter((n) => n !== undefined)
      .map(Number);
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    // cover, catalogue and back cover are not numbered
    expect(file.pages, pages.map((p) => compact(p).slice(0, 12)).join(' / ')).toBe(numbers.length + 3);
  });
});

describe('finalising an agreement', () => {
  it('is refused while the agreement lacks content the law requires, saying what, and nothing is stored', async () => {
    const incomplete = await api.call(
      'cases.register',
      sampleCase({ parties: [PARTY_INPUTS[0]!, { role: 'respondent', kind: 'person', name: '李四' }] }),
    );
    await api.call('cases.record', { caseId: incomplete.id, step: sampleStep('accept', '2026-03-03') });
    const before = await api.call('cases.get', { id: incomplete.id });
    const { disputedPoints: _d, ...withoutPoints } = sampleStep('agreement_written', '2026-03-10') as Extract<
      ReturnType<typeof sampleStep>,
      { kind: 'agreement_written' }
    >;
    const refused = await api
      .call('cases.record', { caseId: incomplete.id, step: { ...withoutPoints, disputedPoints: null } })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'CONFLICT' });
    const message = (refused as Error).message;
    expect(message).toContain('被申请人李四的性别、民族、出生日期、身份证号码、职业、住址、联系电话');
    expect(message).toContain('争议事项');
    const after = await api.call('cases.get', { id: incomplete.id });
    expect(after.progress.timeline).toHaveLength(before.progress.timeline.length);
    expect(after.version).toBe(before.version);
    const available = await api.call('documents.available', { caseId: incomplete.id });
    expect(available.find((a) => a.type === 'agreement')?.problem).toBe('本案尚未达成书面协议');
  });
});
