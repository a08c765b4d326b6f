// fengqiao stats --from DATE --to DATE [--committee CODE] [--json] [--xlsx FILE]: the statistics of a period,
// the same figures as the 统计 page (one query layer), as JSON, a summary, or the MoJ-layout workbook.
// fengqiao roster export --xlsx FILE [--json]: the mediator roster as a workbook.
import path from 'node:path';
import type { Committee } from '../../shared/domain/committee.ts';
import type { StatisticsReport } from '../../shared/domain/statistics.ts';
import { parse, required } from '../args.ts';
import { writeExport } from '../files.ts';
import { EXIT, UsageError, printError, printJson, printLine } from '../io.ts';
import { withSession } from '../session.ts';

/** A committee by its 12-digit area code, its case-number abbreviation or its id; null when none or several match. */
export function findCommittee(committees: Committee[], code: string): { committee: Committee } | { problem: string } {
  const byCode = committees.filter((c) => c.areaCode === code || c.abbreviation === code || c.id === code);
  if (byCode.length === 1) return { committee: byCode[0]! };
  if (byCode.length === 0) return { problem: `no committee with area code, abbreviation or id '${code}'` };
  return {
    problem: `${byCode.length} committees share the area code '${code}': give the abbreviation (${byCode.map((c) => c.abbreviation).join(', ')})`,
  };
}

const percent = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(2)}%`);

function summary(r: StatisticsReport): string[] {
  const t = r.total;
  return [
    `${r.scope} ${r.from} 至 ${r.to}`,
    `受理 ${t.accepted} 件，调结 ${t.concluded} 件，调解成功 ${t.succeeded} 件（书面 ${t.written}，口头 ${t.oral}），调解不成 ${t.failed} 件（导入法治轨道 ${t.diverted}），终止 ${t.terminated} 件`,
    `协议涉及金额 ${(t.amount / 100).toFixed(2)} 元；司法确认申请 ${t.confirmation_applied} 件，确认有效 ${t.confirmed} 件；协议已履行 ${t.fulfilled} 件`,
    ...r.targets.map(
      (g) =>
        `${g.met ? '达标  ' : '未达标'} ${g.label}（${g.rule}）：${g.code === 'improper_petition' ? `${g.value}件` : percent(g.value)}`,
    ),
  ];
}

export async function statsCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    from: { type: 'string' },
    to: { type: 'string' },
    committee: { type: 'string' },
    json: { type: 'boolean' },
    xlsx: { type: 'string' },
  });
  const from = required(values.from, 'from');
  const to = required(values.to, 'to');
  return withSession(values['data-dir'], 'cli', async ({ call }) => {
    let committeeId: string | null = null;
    if (values.committee !== undefined) {
      const found = findCommittee(await call('committees.list', {}), values.committee);
      if ('problem' in found) {
        printError(found.problem);
        return EXIT.notFound;
      }
      committeeId = found.committee.id;
    }
    const query = { from, to, committeeId };
    if (values.xlsx !== undefined) {
      const file = path.resolve(values.xlsx);
      const exported = await call('stats.exportXlsx', query);
      if (writeExport(file, exported.content) === null) return EXIT.failure;
      if (!values.json) printLine(`已导出统计表到 ${file}`);
    }
    if (values.json) printJson(await call('stats.report', query));
    else if (values.xlsx === undefined) for (const line of summary(await call('stats.report', query))) printLine(line);
    return EXIT.ok;
  });
}

export async function rosterCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'export') throw new UsageError(`roster: unknown subcommand '${sub ?? ''}' (expected 'export')`);
  const { values } = parse(rest, { xlsx: { type: 'string' }, json: { type: 'boolean' }, 'current-only': { type: 'boolean' } });
  const file = path.resolve(required(values.xlsx, 'xlsx'));
  return withSession(values['data-dir'], 'cli', async ({ call }) => {
    const exported = await call('roster.exportXlsx', { includeLeft: !values['current-only'] });
    const bytes = writeExport(file, exported.content);
    if (bytes === null) return EXIT.failure;
    if (values.json) printJson({ file, bytes });
    else printLine(`已导出调解员名册到 ${file}`);
    return EXIT.ok;
  });
}
