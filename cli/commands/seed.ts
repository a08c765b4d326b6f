// fengqiao seed: fills the register with realistic sample data (for demonstrations, training and benchmarks).
import { resolveDataDir } from '../../services/dataDir.ts';
import { openRegister } from '../../services/register.ts';
import { seedRegister } from '../../services/seed/seedRegister.ts';
import { intFlag, parse, required } from '../args.ts';
import { osActor } from '../../services/actor.ts';
import { EXIT, printJson, printLine } from '../io.ts';

export async function seedCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { cases: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } });
  const count = intFlag(required(values.cases, 'cases'), 'cases', 1, 2_000_000)!;
  const register = await openRegister({ dataDir: resolveDataDir({ flag: values['data-dir'] }), mode: 'cli', checkOutputs: false });
  try {
    const started = performance.now();
    const result = await seedRegister(register.db, register.dataDir, {
      count,
      seed: values.seed ?? 'fengqiao',
      actor: osActor('cli'),
      onProgress: (done) => process.stderr.write(`\r已生成 ${done}/${count}`),
    });
    process.stderr.write('\n');
    const seconds = (performance.now() - started) / 1000;
    if (values.json) printJson({ ...result, seconds: Number(seconds.toFixed(1)) });
    else {
      if (result.setUpCommittee) printLine(`尚未设置本调委会，已按示例设置为：${result.committeeName}`);
      printLine(`已向 ${result.committeeName} 登记 ${result.cases} 件示例案件，用时 ${seconds.toFixed(1)} 秒。`);
    }
    return EXIT.ok;
  } finally {
    await register.close();
  }
}
