// @vitest-environment jsdom
// 文书 on the case page (the twelve documents, why one cannot be drawn, preview, print, PDF, Word, the whole file),
// what a written agreement still lacks as it is typed and the register's refusal, and 设置 → 文书设置.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { CaseDetailPage } from '../../renderer/cases/CaseDetailPage.tsx';
import { DocumentsPage } from '../../renderer/documents/DocumentsPage.tsx';
import { WordingSettings } from '../../renderer/documents/WordingSettings.tsx';
import { SettingsPage } from '../../renderer/settings/SettingsPage.tsx';
import { DEFAULT_CONFIG } from '../../shared/domain/config.ts';
import { DOCUMENT_TYPES } from '../../shared/domain/documents.ts';
import { agreementGapsMessage } from '../../shared/documents/agreementGaps.ts';
import { DEFAULT_WORDING, WORDING_LABELS, type DocumentWording } from '../../shared/documents/wording.ts';
import { AppError } from '../../shared/errors.ts';
import { userOf } from './accountFixtures.ts';
import { UNSET } from './backupFixtures.ts';
import { CASE_ID, MEDIATING, MEDIATORS, caseDetail } from './caseFileFixtures.ts';
import { MIME, NO_AGREEMENT, PARTIES, availability, rendered } from './documentFixtures.ts';
import type { FakeHandlers } from './fakeApi.ts';
import { COMMITTEE, DIVISIONS } from './fixtures.ts';
import { renderWithApi } from './render.tsx';

const mediating = { ...caseDetail({ steps: MEDIATING }), parties: PARTIES };
const labelOf = (code: string) => DOCUMENT_TYPES.find((d) => d.code === code)!.label;

function handlers(more: FakeHandlers = {}): FakeHandlers {
  return {
    'cases.get': () => mediating,
    'mediators.list': () => MEDIATORS,
    'documents.available': () => availability({ agreement: NO_AGREEMENT }),
    'documents.render': ({ type, format }) => rendered(labelOf(type), format),
    'documents.caseFile': () => rendered('〔2026〕玄武门调字第7号卷宗', 'pdf'),
    ...more,
  };
}

// jsdom has no blob: URLs, and following a download link is not for it: both are stubbed and recorded.
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
let blobs: Blob[];
let revoked: string[];
let downloads: string[];

beforeEach(() => {
  blobs = [];
  revoked = [];
  downloads = [];
  URL.createObjectURL = (blob: Blob) => `blob:fengqiao/${blobs.push(blob)}`;
  URL.revokeObjectURL = (url: string) => void revoked.push(url);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
});

async function documentRow(name: string) {
  const table = await within(await screen.findByRole('region', { name: '文书' })).findByRole('table', { name: '文书' });
  return within(table).getByText(name).closest('tr')!;
}

describe('案件页 · 文书', () => {
  it('lists the twelve documents in their order, each with its buttons', async () => {
    renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers());
    const table = await screen.findByRole('table', { name: '文书' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.firstChild?.textContent)).toEqual(DOCUMENT_TYPES.map((d) => d.label));
    expect(within(rows[0]!).getByRole('button', { name: '预览' })).toBeEnabled();
    for (const name of ['打印', '下载PDF', '下载Word']) expect(within(rows[0]!).getByRole('button', { name })).toBeEnabled();
  });

  it('says why a document cannot be drawn, and disables its buttons', async () => {
    renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers());
    const row = await documentRow('人民调解协议书');
    expect(row).toHaveTextContent(NO_AGREEMENT);
    for (const name of ['预览', '打印', '下载PDF', '下载Word']) expect(within(row).getByRole('button', { name })).toBeDisabled();
  });

  it('draws a document as Word and saves it under the name the register gives', async () => {
    const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers());
    await user.click(within(await documentRow('人民调解当事人权利义务告知书')).getByRole('button', { name: '下载Word' }));
    await waitFor(() => expect(downloads).toEqual(['人民调解当事人权利义务告知书.docx']));
    expect(api.inputsOf('documents.render')).toEqual([{ caseId: CASE_ID, type: 'notice', format: 'docx' }]);
    expect(blobs[0]!.type).toBe(MIME.docx);
  });

  it('saves a PDF, and the whole case file as one PDF', async () => {
    const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers());
    await user.click(within(await documentRow('人民调解申请书')).getByRole('button', { name: '下载PDF' }));
    await waitFor(() => expect(downloads).toEqual(['人民调解申请书.pdf']));
    await user.click(within(screen.getByRole('region', { name: '文书' })).getByRole('button', { name: '整卷PDF' }));
    await waitFor(() => expect(downloads).toEqual(['人民调解申请书.pdf', '〔2026〕玄武门调字第7号卷宗.pdf']));
    expect(api.inputsOf('documents.caseFile')).toEqual([{ caseId: CASE_ID }]);
  });

  it('previews a document as PDF in the page, and lets the URL go when closed', async () => {
    const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers());
    await user.click(within(await documentRow('人民调解申请书')).getByRole('button', { name: '预览' }));
    const dialog = await screen.findByRole('dialog', { name: '人民调解申请书' });
    const frame = await within(dialog).findByTitle('文书预览');
    expect(frame.tagName).toBe('IFRAME');
    const url = frame.getAttribute('src')!;
    expect(url).toMatch(/^blob:/);
    expect(api.inputsOf('documents.render')).toEqual([{ caseId: CASE_ID, type: 'application', format: 'pdf' }]);
    expect(blobs.at(-1)!.type).toBe(MIME.pdf);
    for (const name of ['打印', '下载PDF', '下载Word']) expect(within(dialog).getByRole('button', { name })).toBeInTheDocument();

    // 下载PDF saves the PDF shown, without drawing it again.
    await user.click(within(dialog).getByRole('button', { name: '下载PDF' }));
    expect(downloads).toEqual(['人民调解申请书.pdf']);
    expect(api.inputsOf('documents.render')).toHaveLength(1);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '人民调解申请书' })).not.toBeInTheDocument());
    expect(revoked).toContain(url);
  });

  it('shows why a preview could not be drawn, in the clerk’s words', async () => {
    const failing = handlers({
      'documents.render': () => {
        throw new AppError('CONFLICT', '调解记录尚未填写，无法生成');
      },
    });
    const { user } = renderWithApi(<CaseDetailPage id={CASE_ID} />, failing);
    await user.click(within(await documentRow('人民调解记录')).getByRole('button', { name: '预览' }));
    const dialog = await screen.findByRole('dialog', { name: '人民调解记录' });
    expect(await within(dialog).findByRole('alert', { name: '文书没有生成' })).toHaveTextContent('调解记录尚未填写，无法生成');
    expect(within(dialog).queryByTitle('文书预览')).not.toBeInTheDocument();
  });

  it('in browser mode, prints from the preview and says how', async () => {
    const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, handlers());
    await user.click(within(await documentRow('人民调解申请书')).getByRole('button', { name: '打印' }));
    const dialog = await screen.findByRole('dialog', { name: '人民调解申请书' });
    expect(await within(dialog).findByTitle('文书预览')).toBeInTheDocument();
    expect(within(dialog).getByRole('status', { name: '打印' })).toHaveTextContent('在预览中点击打印图标或按 Ctrl+P');
    expect(api.inputsOf('documents.print')).toHaveLength(0);
  });

  it('in the desktop app, prints through the app and says it went to the printer', async () => {
    const printing = handlers({ 'documents.print': () => ({ printed: true }) });
    const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, printing, { mode: 'desktop' });
    await user.click(within(await documentRow('人民调解申请书')).getByRole('button', { name: '打印' }));
    expect(await screen.findByText('已发送到打印机')).toBeInTheDocument();
    expect(api.inputsOf('documents.print')).toEqual([{ caseId: CASE_ID, type: 'application' }]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('达成书面协议 · 协议书尚缺', () => {
  async function openAgreement(user: UserEvent) {
    await user.click(within(await screen.findByRole('group', { name: '办理' })).getByRole('button', { name: '达成书面协议' }));
    return screen.findByRole('dialog', { name: '达成书面协议' });
  }

  async function fill(user: UserEvent, dialog: HTMLElement, label: string, text: string) {
    await user.click(within(dialog).getByRole('textbox', { name: label }));
    await user.paste(text);
  }

  it('lists what the agreement still lacks as it is typed, and shows the register’s refusal', async () => {
    const refused = agreementGapsMessage(['被申请人李四的民族、职业']);
    const refusing = handlers({
      'cases.record': () => {
        throw new AppError('CONFLICT', refused);
      },
    });
    const { user, api } = renderWithApi(<CaseDetailPage id={CASE_ID} />, refusing);
    const dialog = await openAgreement(user);
    const gaps = within(dialog).getByRole('status', { name: '协议书内容还不完整' });
    expect(gaps).toHaveTextContent('协议书尚缺：被申请人李四的民族、职业；争议事项；各方责任；协议条款');
    expect(gaps).toHaveTextContent('修改登记信息');

    await fill(user, dialog, '争议事项', '漏水维修费用由谁承担。');
    await fill(user, dialog, '各方责任', '李四负全部责任。');
    await fill(user, dialog, '第1条', '李四赔偿张三维修费3000元。');
    expect(within(gaps).getByText('协议书尚缺：被申请人李四的民族、职业')).toBeInTheDocument();

    await fill(user, dialog, '履行方式', '银行转账');
    await fill(user, dialog, '履行地点', '社区调解室');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(refused);
    const [sent] = api.inputsOf('cases.record') as [{ step: Record<string, unknown> }];
    expect(sent.step).toMatchObject({ disputedPoints: '漏水维修费用由谁承担。', responsibilities: '李四负全部责任。' });
  });

  it('reads the documents again once the agreement is recorded', async () => {
    let recorded = false;
    const complete = PARTIES.map((p) => ({ ...p, ethnicity: '汉族', occupation: '个体经营' }));
    const { user, api } = renderWithApi(
      <CaseDetailPage id={CASE_ID} />,
      handlers({
        'cases.get': () => ({ ...mediating, parties: complete }),
        'cases.record': ({ step }) => {
          recorded = true;
          return { ...caseDetail({ steps: [...MEDIATING, step] }), parties: complete, version: 2 };
        },
        'documents.available': () => availability(recorded ? {} : { agreement: NO_AGREEMENT }),
      }),
    );
    expect(await documentRow('人民调解协议书')).toHaveTextContent(NO_AGREEMENT);
    const dialog = await openAgreement(user);
    await fill(user, dialog, '争议事项', '漏水维修费用由谁承担。');
    await fill(user, dialog, '各方责任', '李四负全部责任。');
    await fill(user, dialog, '第1条', '李四赔偿张三维修费3000元。');
    expect(within(dialog).queryByRole('status', { name: '协议书内容还不完整' })).not.toBeInTheDocument();
    await fill(user, dialog, '履行方式', '银行转账');
    await fill(user, dialog, '履行地点', '社区调解室');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(api.inputsOf('documents.available')).toHaveLength(2));
    const row = await documentRow('人民调解协议书');
    await waitFor(() => expect(row).not.toHaveTextContent(NO_AGREEMENT));
    expect(within(row).getByRole('button', { name: '预览' })).toBeEnabled();
  });
});

describe('设置 · 文书设置', () => {
  const box = (field: keyof DocumentWording) => screen.getByRole('textbox', { name: WORDING_LABELS[field] });
  const wordingHandlers = (initial: DocumentWording = DEFAULT_WORDING, more: FakeHandlers = {}): FakeHandlers => ({
    'documents.wording': () => initial,
    'documents.setWording': (wording) => wording,
    ...more,
  });

  async function replace(user: UserEvent, field: keyof DocumentWording, text: string) {
    await user.clear(box(field));
    await user.click(box(field));
    await user.paste(text);
  }

  it('is a section of 设置, pointing to the 调委会 page for the committee’s name, address and phone', async () => {
    const settings: FakeHandlers = {
      'app.info': () => ({ version: '0.1.0', mode: 'browser', dataDir: '/data', databaseFile: '/data/fengqiao.db', schemaVersion: 3 }),
      'divisions.path': () => [DIVISIONS['320102000000']![0]!],
      'committees.list': () => [COMMITTEE],
      'config.get': () => DEFAULT_CONFIG,
      'backup.status': () => UNSET,
      ...wordingHandlers(),
    };
    renderWithApi(<SettingsPage committee={COMMITTEE} />, settings);
    const section = await screen.findByRole('region', { name: '文书设置' });
    expect(await within(section).findByRole('textbox', { name: WORDING_LABELS.notice })).toHaveValue(DEFAULT_WORDING.notice);
    expect(within(section).getByRole('link', { name: '“调委会”页面' })).toHaveAttribute('href', '#/committees');
  });

  it('saves the edited wording', async () => {
    const { user, api } = renderWithApi(<WordingSettings />, wordingHandlers());
    await screen.findByRole('button', { name: '保存文书设置' });
    await replace(user, 'agreementOpening', '经调解，双方当事人自愿达成如下协议：');
    await user.click(screen.getByRole('button', { name: '保存文书设置' }));
    await waitFor(() => expect(api.inputsOf('documents.setWording')).toHaveLength(1));
    expect(api.inputsOf('documents.setWording')[0]).toEqual({
      ...DEFAULT_WORDING,
      agreementOpening: '经调解，双方当事人自愿达成如下协议：',
    });
    expect(await within(screen.getByRole('form', { name: '文书设置' })).findByRole('status')).toHaveTextContent('已保存');
  });

  it('keeps the words the law needs, under the field, before sending', async () => {
    const { user, api } = renderWithApi(<WordingSettings />, wordingHandlers());
    await screen.findByRole('button', { name: '保存文书设置' });
    await replace(user, 'notice', '当事人享有选择调解员等权利。');
    await user.click(screen.getByRole('button', { name: '保存文书设置' }));
    expect(await screen.findByText('权利义务告知书正文必须写明“义务”“自愿”')).toBeInTheDocument();
    expect(box('notice')).toHaveAttribute('aria-invalid', 'true');
    expect(api.inputsOf('documents.setWording')).toHaveLength(0);
  });

  it('shows the register’s field problem under its field', async () => {
    const refusing = wordingHandlers(DEFAULT_WORDING, {
      'documents.setWording': () => {
        throw new AppError('VALIDATION', '输入有误', [
          { path: 'confirmationStatement', message: '司法确认申请书的申请理由必须写明“确认”' },
        ]);
      },
    });
    const { user } = renderWithApi(<WordingSettings />, refusing);
    await screen.findByRole('button', { name: '保存文书设置' });
    await user.click(screen.getByRole('button', { name: '保存文书设置' }));
    expect(await screen.findByText('司法确认申请书的申请理由必须写明“确认”')).toBeInTheDocument();
    expect(box('confirmationStatement')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert', { name: '文书设置没有保存' })).not.toBeInTheDocument();
  });

  it('fills in the standard wording with 恢复默认, kept once saved', async () => {
    const changed = { ...DEFAULT_WORDING, agreementOpening: '经调解，双方自愿达成以下协议：', agreementReminder: '' };
    const { user, api } = renderWithApi(<WordingSettings />, wordingHandlers(changed));
    await screen.findByRole('button', { name: '恢复默认' });
    expect(box('agreementOpening')).toHaveValue('经调解，双方自愿达成以下协议：');
    await user.click(screen.getByRole('button', { name: '恢复默认' }));
    expect(box('agreementOpening')).toHaveValue(DEFAULT_WORDING.agreementOpening);
    expect(box('agreementReminder')).toHaveValue(DEFAULT_WORDING.agreementReminder);
    expect(api.inputsOf('documents.setWording')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: '保存文书设置' }));
    await waitFor(() => expect(api.inputsOf('documents.setWording')).toEqual([DEFAULT_WORDING]));
  });

  it('shows the wording read-only to a user who may not change the settings', async () => {
    renderWithApi(<WordingSettings />, wordingHandlers(), { user: userOf('clerk') });
    expect(await screen.findByRole('textbox', { name: WORDING_LABELS.notice })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: '保存文书设置' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '恢复默认' })).not.toBeInTheDocument();
  });
});

describe('the 文书 page', () => {
  it('lists the documents with when each can be drawn, and opens a case by its number', async () => {
    const numbers: string[] = [];
    const { user } = renderWithApi(
      <DocumentsPage />,
      handlers({
        'cases.get': (input) => {
          if ('number' in input) numbers.push(input.number);
          if ('number' in input && input.number !== mediating.number)
            throw new AppError('NOT_FOUND', `没有找到案号为 ${input.number} 的案件`);
          return mediating;
        },
        'documents.wording': () => DEFAULT_WORDING,
      }),
    );
    const kinds = screen.getByRole('region', { name: '文书种类' });
    for (const d of DOCUMENT_TYPES) expect(within(kinds).getByText(d.label)).toBeInTheDocument();
    expect(within(kinds).getByText(/争议事项、各方责任齐全才能定稿/)).toBeInTheDocument();
    const finder = screen.getByRole('form', { name: '按案号找案件' });
    await user.type(within(finder).getByRole('textbox', { name: '案号' }), '〔2026〕玄武门调字第99号');
    await user.click(within(finder).getByRole('button', { name: '打开案件' }));
    expect(await within(finder).findByText('没有找到案号为 〔2026〕玄武门调字第99号 的案件')).toBeInTheDocument();
    await user.clear(within(finder).getByRole('textbox', { name: '案号' }));
    await user.type(within(finder).getByRole('textbox', { name: '案号' }), mediating.number);
    await user.click(within(finder).getByRole('button', { name: '打开案件' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/cases/${CASE_ID}`));
    expect(numbers).toEqual(['〔2026〕玄武门调字第99号', mediating.number]);
  });
});
