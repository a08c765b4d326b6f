// @vitest-environment jsdom
// 台账导入与导出: a ledger file read and its columns prefilled from the saved mapping, the dry run listing the
// refused rows with row and column, the import of the valid rows after a confirmation, and the Excel export.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { LedgerPage } from '../../renderer/ledger/LedgerPage.tsx';
import { LEDGER_TOO_LARGE } from '../../renderer/ledger/LedgerFileStep.tsx';
import { parseRoute, routeHref } from '../../renderer/routing/routes.ts';
import { visibleEntries } from '../../renderer/shell/navigation.ts';
import { mayCall } from '../../shared/rules/permissions.ts';
import { MAX_LEDGER_BYTES, type LedgerFileInfo, type LedgerReport } from '../../shared/domain/ledger.ts';
import type { FakeHandlers } from './fakeApi.ts';
import { userOf } from './accountFixtures.ts';
import { renderWithApi } from './render.tsx';

const INFO: LedgerFileInfo = {
  fileName: '2025年纠纷台账.xlsx',
  format: 'xlsx',
  sheets: [
    {
      name: '台账',
      headerRow: 2,
      headers: [
        { column: 'A', text: '受理日期' },
        { column: 'B', text: '申请人姓名' },
        { column: 'C', text: '申请人身份证号' },
        { column: 'D', text: '被申请人姓名' },
        { column: 'E', text: '纠纷类别' },
        { column: 'F', text: '简要情况' },
      ],
      rowCount: 3,
      sample: [['2025-03-01', '张三', '', '李四', '邻里纠纷', '漏水']],
    },
    { name: '说明', headerRow: 1, headers: [{ column: 'A', text: '填表说明' }], rowCount: 2, sample: [] },
  ],
  mapping: {
    sheet: '台账',
    headerRow: 2,
    columns: {
      registeredOn: '受理日期',
      applicantName: '申请人姓名',
      applicantIdNumber: 'C',
      respondentName: '被申请人姓名',
      disputeType: '纠纷类别',
    },
    committeeCode: null,
  },
  mappingSource: 'saved',
  missingFields: ['facts'],
};

const PREVIEW: LedgerReport = {
  sheet: '台账',
  totalRows: 3,
  valid: 2,
  alreadyImported: 0,
  rejectedRows: 1,
  rejected: [{ row: 5, column: 'C', header: '申请人身份证号', field: 'applicantIdNumber', message: '身份证号码的校验位不正确' }],
  truncated: false,
};

const handlers = (): FakeHandlers => ({
  'ledger.read': () => INFO,
  'ledger.preview': () => PREVIEW,
  'ledger.import': () => ({ ...PREVIEW, imported: 2 }),
  'data.exportXlsx': () => ({
    fileName: '枫桥登记簿.xlsx',
    content: btoa('PK'),
    counts: { cases: 12, parties: 30, mediators: 4, committees: 2, screeningReports: 8 },
  }),
});

const fileInput = (container: HTMLElement) => container.querySelector<HTMLInputElement>('input[type="file"]')!;

describe('台账导入', () => {
  it('reads the file, prefills the saved mapping, lists the refused rows, and imports the valid ones', async () => {
    const { user, api, container } = renderWithApi(<LedgerPage />, handlers());
    expect(fileInput(container)).toHaveAttribute('accept', '.xlsx,.csv');
    await user.upload(fileInput(container), new File(['PK'], '2025年纠纷台账.xlsx'));

    const mapping = await screen.findByRole('region', { name: '第二步：对应列' });
    expect(within(mapping).getByText(/已按上次导入同样表头的台账时的对应关系填好/)).toBeInTheDocument();
    expect(within(mapping).getByRole('combobox', { name: /^登记日期/ })).toHaveValue('受理日期（A）');
    expect(within(mapping).getByRole('combobox', { name: /^申请人身份证号/ })).toHaveValue('申请人身份证号（C）');
    expect(within(mapping).getByRole('combobox', { name: /^工作表/ })).toHaveValue('台账（3行）');
    expect(within(mapping).getByText('还有必填项没有对应的列')).toBeInTheDocument();
    const tryButton = screen.getByRole('button', { name: '试导入（不写入）' });
    expect(tryButton).toBeDisabled();

    await user.click(within(mapping).getByRole('combobox', { name: /^纠纷简要情况/ }));
    await user.click(await screen.findByRole('option', { name: '简要情况（F）' }));
    await waitFor(() => expect(tryButton).toBeEnabled());
    await user.click(tryButton);

    const table = await screen.findByRole('table', { name: '有错误的行' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('第5行');
    expect(row).toHaveTextContent('C（申请人身份证号）');
    expect(row).toHaveTextContent('身份证号码的校验位不正确');
    expect(screen.getByTestId('ledger-totals')).toHaveTextContent(/共3行.*可导入2条.*已导入过0条.*有错误1行/);
    expect(api.inputsOf('ledger.preview')[0]).toEqual(
      expect.objectContaining({
        fileName: '2025年纠纷台账.xlsx',
        content: btoa('PK'),
        mapping: expect.objectContaining({
          sheet: '台账',
          headerRow: 2,
          columns: expect.objectContaining({ facts: '简要情况', applicantIdNumber: 'C' }),
        }),
      }),
    );

    await user.click(screen.getByRole('button', { name: '导入2条有效记录' }));
    const dialog = await screen.findByRole('dialog', { name: '确认导入' });
    expect(dialog).toHaveTextContent('有错误的1行会跳过');
    expect(dialog).toHaveTextContent('要么全部导入，要么一条也不导入');
    expect(api.inputsOf('ledger.import')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: '确认导入' }));

    expect(await screen.findByText(/已导入2条记录/)).toBeInTheDocument();
    expect(api.inputsOf('ledger.import')).toHaveLength(1);
  });

  it('refuses a file over 20 MB before sending it', async () => {
    const { user, api, container } = renderWithApi(<LedgerPage />, handlers());
    const file = new File(['PK'], '大台账.xlsx');
    Object.defineProperty(file, 'size', { value: MAX_LEDGER_BYTES + 1 });
    await user.upload(fileInput(container), file);
    expect(await screen.findByText(LEDGER_TOO_LARGE)).toBeInTheDocument();
    expect(api.inputsOf('ledger.read')).toHaveLength(0);
  });

  it('offers no import when no row is valid', async () => {
    const { user, container } = renderWithApi(<LedgerPage />, {
      ...handlers(),
      'ledger.read': () => ({
        ...INFO,
        mapping: { ...INFO.mapping, columns: { ...INFO.mapping.columns, facts: '简要情况' } },
        missingFields: [],
      }),
      'ledger.preview': () => ({ ...PREVIEW, valid: 0, rejectedRows: 3, truncated: true }),
    });
    await user.upload(fileInput(container), new File(['PK'], '2025年纠纷台账.xlsx'));
    await user.click(await screen.findByRole('button', { name: '试导入（不写入）' }));
    expect(await screen.findByRole('button', { name: '导入0条有效记录' })).toBeDisabled();
    expect(screen.getByText(/这里只列出前1条/)).toBeInTheDocument();
  });
});

describe('导出登记簿', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('calls data.exportXlsx and saves the workbook', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user, api } = renderWithApi(<LedgerPage />, handlers());
    const section = screen.getByRole('region', { name: '导出登记簿' });
    expect(section).toHaveTextContent('记入审计日志');
    await user.click(within(section).getByRole('button', { name: '导出为Excel' }));
    expect(await within(section).findByText(/案件12件，当事人30人/)).toBeInTheDocument();
    expect(api.inputsOf('data.exportXlsx')).toHaveLength(1);
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('is hidden from a role that may not export', async () => {
    renderWithApi(<LedgerPage />, handlers(), { user: userOf('clerk') });
    expect(screen.queryByRole('region', { name: '导出登记簿' })).not.toBeInTheDocument();
  });
});

describe('#/ledger', () => {
  it('has its address, and its menu entry only for roles that may read ledgers', () => {
    expect(parseRoute(routeHref({ page: 'ledger' }))).toEqual({ page: 'ledger' });
    const labels = (role: 'clerk' | 'director') => visibleEntries((m) => mayCall(role, m)).map((e) => e.label);
    expect(labels('director')).toContain('台账导入与导出');
    expect(labels('clerk')).not.toContain('台账导入与导出');
  });
});
