// fengqiao admin-reset: the recovery of a forgotten administrator password. Only here, at the PC that holds the
// register (the command line has the data folder, i.e. physical access), never through the app. It prints a
// temporary password, which must be changed at the next sign-in; the audit log records the reset with this
// computer's name and the operating-system account, and the account list shows it to every administrator.
import os from 'node:os';
import { parse } from '../args.ts';
import { EXIT, printJson, printLine } from '../io.ts';
import { withSession } from '../session.ts';

export async function adminResetCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { username: { type: 'string' }, json: { type: 'boolean' } });
  const result = await withSession(values['data-dir'], 'cli', (s) =>
    s.call('users.recover', { username: values.username ?? null, host: os.hostname() }),
  );
  if (values.json) printJson({ username: result.user.username, temporaryPassword: result.temporaryPassword });
  else {
    printLine(`已为管理员 ${result.user.name}（${result.user.username}）设置临时密码：${result.temporaryPassword}`);
    printLine('请用它登录枫桥，并立即设置新密码。此次恢复已记入审计日志。');
  }
  return EXIT.ok;
}
