// fengqiao case add | import | list | show: register a case from JSON, import whole cases with their history,
// list the register, show one case.
import fs from 'node:fs';
import { DISPUTE_TYPES, RISK_LEVELS, CASE_STATUSES, labelOf } from '../../shared/domain/reference.ts';
import type { CaseDetail } from '../../shared/domain/case.ts';
import { STEP_LABELS } from '../../shared/domain/lifecycle.ts';
import { AppError } from '../../shared/errors.ts';
import { ID_PATTERN } from '../../shared/rules/ids.ts';
import { maskIdNumber } from '../../shared/rules/idNumber.ts';
import { maskPhone } from '../../shared/rules/phone.ts';
import { intFlag, parse, required } from '../args.ts';
import { EXIT, UsageError, printJson, printLine } from '../io.ts';
import { withSession } from '../session.ts';

export async function caseCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'add':
      return addCase(rest);
    case 'import':
      return importCases(rest);
    case 'list':
      return listCases(rest);
    case 'show':
      return showCase(rest);
    default:
      throw new UsageError(sub ? `unknown subcommand 'case ${sub}'` : 'case needs a subcommand: add, import, list or show');
  }
}

function readJsonInput(source: string): unknown {
  let text: string;
  try {
    text = source === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(source, 'utf8');
  } catch (error) {
    throw new AppError('VALIDATION', `无法读取文件 ${source}：${(error as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError('VALIDATION', `${source === '-' ? '标准输入' : source} 不是有效的 JSON：${(error as Error).message}`);
  }
}

async function addCase(args: string[]): Promise<number> {
  const { values } = parse(args, { json: { type: 'string' } });
  const input = readJsonInput(required(values.json, 'json'));
  return withSession(values['data-dir'], 'cli', async ({ call }) => {
    const registered = await call('cases.register', input as never);
    printJson(registered);
    return EXIT.ok;
  });
}

async function importCases(args: string[]): Promise<number> {
  const { values } = parse(args, { json: { type: 'string' } });
  const input = readJsonInput(required(values.json, 'json'));
  return withSession(values['data-dir'], 'cli', async ({ call }) => {
    const result = await call('cases.import', input as never);
    printJson({ imported: result.imported.length, skipped: result.skipped.length, cases: [...result.imported, ...result.skipped] });
    return EXIT.ok;
  });
}

async function listCases(args: string[]): Promise<number> {
  const { values } = parse(args, {
    search: { type: 'string' },
    type: { type: 'string' },
    status: { type: 'string' },
    risk: { type: 'string' },
    attention: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    page: { type: 'string' },
    'page-size': { type: 'string' },
    json: { type: 'boolean' },
  });
  return withSession(values['data-dir'], 'cli', async ({ call }) => {
    const page = await call('cases.list', {
      search: values.search ?? null,
      disputeType: (values.type ?? null) as never,
      status: (values.status ?? null) as never,
      riskLevel: (values.risk ?? null) as never,
      attention: (values.attention ?? null) as never,
      from: values.from ?? null,
      to: values.to ?? null,
      page: intFlag(values.page, 'page', 1, 1_000_000) ?? 1,
      pageSize: intFlag(values['page-size'], 'page-size', 1, 200) ?? 20,
    });
    if (values.json) {
      printJson(page);
      return EXIT.ok;
    }
    if (page.total === 0) {
      printLine('没有符合条件的案件。');
      return EXIT.ok;
    }
    for (const c of page.items) {
      const parties = `${c.applicants.join('、')} — ${c.respondents.join('、')}`;
      printLine(
        `${c.number}\t${c.registeredOn}\t${labelOf(DISPUTE_TYPES, c.disputeType)}\t${labelOf(RISK_LEVELS, c.riskLevel)}\t${parties}\t${c.id}`,
      );
    }
    const pages = Math.ceil(page.total / page.pageSize);
    printLine(`共 ${page.total} 件，第 ${page.page}/${pages} 页`);
    return EXIT.ok;
  });
}

async function showCase(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } }, true);
  const key = positionals[0];
  if (!key || positionals.length > 1) throw new UsageError('case show needs exactly one case id or case number');
  return withSession(values['data-dir'], 'cli', async ({ call }) => {
    const detail = await call('cases.get', ID_PATTERN.test(key) ? { id: key } : { number: key });
    if (values.json) printJson(detail);
    else printDetail(detail);
    return EXIT.ok;
  });
}

function printDetail(c: CaseDetail): void {
  printLine(`${c.number}（${c.committeeName}）`);
  printLine(
    `登记日期：${c.registeredOn}　纠纷类型：${labelOf(DISPUTE_TYPES, c.disputeType)}　状态：${labelOf(CASE_STATUSES, c.status)}　风险：${labelOf(RISK_LEVELS, c.riskLevel)}`,
  );
  if (c.occurredOn) printLine(`发生日期：${c.occurredOn}`);
  if (c.place) printLine(`发生地点：${c.place}`);
  for (const p of c.parties) {
    const role = p.role === 'applicant' ? '申请人' : '被申请人';
    const id = p.idNumber ? `　身份证 ${maskIdNumber(p.idNumber)}` : '';
    const phone = p.phone ? `　电话 ${maskPhone(p.phone)}` : '';
    printLine(`${role}：${p.name}${id}${phone}`);
  }
  if (c.referral)
    printLine(`移送单位：${c.referral.body}${c.referral.reference ? `（${c.referral.reference}）` : ''}　移送日期：${c.referral.date}`);
  printLine(`简要情况：${c.facts}`);
  if (c.requests) printLine(`当事人请求：${c.requests}`);
  for (const entry of c.progress.timeline) {
    const corrected = entry.correctedBy ? '（已更正）' : entry.correction ? `（更正：${entry.correction.reason}）` : '';
    printLine(`${entry.step.on}　${STEP_LABELS[entry.step.kind]}${corrected}`);
  }
  const missing = c.progress.catalogue.filter((i) => i.required && !i.present).map((i) => i.name);
  if (c.status !== 'archived' && missing.length > 0) printLine(`卷宗缺少：${missing.join('、')}`);
  printLine(`编号：${c.id}`);
}
