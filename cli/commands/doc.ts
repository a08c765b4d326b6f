// fengqiao doc types|render|file: the case documents the register prints, by the codes the commands take;
// one document of a case as PDF or DOCX, or the whole case file as one PDF (for batch printing and scripts).
import path from 'node:path';
import {
  DOCUMENT_FORMATS,
  DOCUMENT_TYPE_CODES,
  DOCUMENT_TYPES,
  type DocumentFormat,
  type DocumentType,
} from '../../shared/domain/documents.ts';
import { parse, required } from '../args.ts';
import { writeExport } from '../files.ts';
import { EXIT, UsageError, printJson, printLine } from '../io.ts';
import { ID_PATTERN } from '../../shared/rules/ids.ts';
import { withSession, type Session } from '../session.ts';

const isType = (t: string): t is DocumentType => (DOCUMENT_TYPE_CODES as readonly string[]).includes(t);
const isFormat = (f: string): f is DocumentFormat => (DOCUMENT_FORMATS as readonly string[]).includes(f);

/** The case's id from CASE_ID, which may also be its number (〔2026〕梅园调字第7号). */
async function caseIdOf(call: Session['call'], ref: string): Promise<string> {
  const detail = await call('cases.get', ID_PATTERN.test(ref) ? { id: ref } : { number: ref });
  return detail.id;
}

function types(rest: string[]): number {
  const { values } = parse(rest, { json: { type: 'boolean' } });
  if (values.json) printJson(DOCUMENT_TYPES.map((d) => ({ type: d.code, name: d.label })));
  else for (const d of DOCUMENT_TYPES) printLine(`${d.code.padEnd(16)}${d.label}`);
  return EXIT.ok;
}

async function render(rest: string[]): Promise<number> {
  const { values, positionals } = parse(
    rest,
    { type: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } },
    true,
  );
  const ref = positionals[0];
  if (!ref || positionals.length > 1) throw new UsageError('doc render: give exactly one CASE_ID');
  const type = required(values.type, 'type');
  if (!isType(type)) throw new UsageError(`doc render: unknown document type '${type}' (see 'fengqiao doc types')`);
  const format = values.format ?? 'pdf';
  if (!isFormat(format)) throw new UsageError(`doc render: --format must be pdf or docx, not '${format}'`);
  const file = path.resolve(required(values.out, 'out'));
  return withSession(values['data-dir'], 'cli', async ({ call }) => {
    const rendered = await call('documents.render', { caseId: await caseIdOf(call, ref), type, format });
    const bytes = writeExport(file, rendered.content);
    if (bytes === null) return EXIT.failure;
    if (values.json) printJson({ file, type, format, bytes, pages: rendered.pages });
    else printLine(`已生成${DOCUMENT_TYPES.find((d) => d.code === type)?.label ?? type}：${file}`);
    return EXIT.ok;
  });
}

async function caseFile(rest: string[]): Promise<number> {
  const { values, positionals } = parse(rest, { out: { type: 'string' }, json: { type: 'boolean' } }, true);
  const ref = positionals[0];
  if (!ref || positionals.length > 1) throw new UsageError('doc file: give exactly one CASE_ID');
  const file = path.resolve(required(values.out, 'out'));
  return withSession(values['data-dir'], 'cli', async ({ call }) => {
    const rendered = await call('documents.caseFile', { caseId: await caseIdOf(call, ref) });
    const bytes = writeExport(file, rendered.content);
    if (bytes === null) return EXIT.failure;
    if (values.json) printJson({ file, bytes, pages: rendered.pages });
    else printLine(`已生成卷宗（${rendered.pages ?? '?'}页）：${file}`);
    return EXIT.ok;
  });
}

export async function docCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'types':
      return types(rest);
    case 'render':
      return render(rest);
    case 'file':
      return caseFile(rest);
    default:
      throw new UsageError(`doc: unknown subcommand '${sub ?? ''}' (expected types, render or file)`);
  }
}
