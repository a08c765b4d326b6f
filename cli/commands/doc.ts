// fengqiao doc types [--json]: the case documents the register prints, by the codes `doc` commands take.
import { DOCUMENT_TYPES } from '../../shared/domain/documents.ts';
import { parse } from '../args.ts';
import { EXIT, UsageError, printJson, printLine } from '../io.ts';

export async function docCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'types') throw new UsageError(`doc: unknown subcommand '${sub ?? ''}' (expected 'types')`);
  const { values } = parse(rest, { json: { type: 'boolean' } });
  if (values.json) printJson(DOCUMENT_TYPES.map((d) => ({ type: d.code, name: d.label })));
  else for (const d of DOCUMENT_TYPES) printLine(`${d.code.padEnd(16)}${d.label}`);
  return EXIT.ok;
}
