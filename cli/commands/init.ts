// fengqiao init: the first-run setup without the UI, for district IT staff preparing an office's PC.
import { labelOf, COMMITTEE_KINDS } from '../../shared/domain/reference.ts';
import { parse, required } from '../args.ts';
import { EXIT, printJson, printLine } from '../io.ts';
import { withSession } from '../session.ts';

export async function initCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    'committee-code': { type: 'string' },
    'committee-name': { type: 'string' },
    kind: { type: 'string' },
    abbr: { type: 'string' },
    json: { type: 'boolean' },
  });
  const input = {
    areaCode: required(values['committee-code'], 'committee-code'),
    name: required(values['committee-name'], 'committee-name'),
    kind: required(values.kind, 'kind') as 'township',
    abbreviation: required(values.abbr, 'abbr'),
  };
  return withSession(values['data-dir'], 'cli', async ({ call, register }) => {
    const committee = await call('setup.complete', input);
    if (values.json) printJson(committee);
    else {
      printLine(
        `已完成初始设置：${committee.name}（${labelOf(COMMITTEE_KINDS, committee.kind)}，区划代码 ${committee.areaCode}，案号简称“${committee.abbreviation}”）`,
      );
      printLine(`数据文件：${register.databaseFile}`);
    }
    return EXIT.ok;
  });
}
