// fengqiao serve: browser mode. Opens the register, serves the UI and the API on 127.0.0.1 until stopped.
import { startHost } from '../../host/server.ts';
import { ensureRendererBuilt } from '../../host/renderer.ts';
import { resolveDataDir } from '../../services/dataDir.ts';
import { acquireInstanceLock } from '../../services/instanceLock.ts';
import { openApp } from '../../services/app.ts';
import { intFlag, parse } from '../args.ts';
import { EXIT, printLine } from '../io.ts';

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { port: { type: 'string' } });
  const port = intFlag(values.port, 'port', 0, 65535);
  const dataDir = resolveDataDir({ flag: values['data-dir'] });
  const release = acquireInstanceLock(dataDir, 'browser');
  let register;
  let host;
  try {
    const staticDir = await ensureRendererBuilt();
    register = await openApp({ dataDir, mode: 'browser' });
    host = await startHost({ dispatch: register.dispatch, staticDir, port });
  } catch (error) {
    await register?.close();
    release();
    throw error;
  }
  printLine(`枫桥浏览器模式已启动，请在浏览器中打开 / open in your browser:`);
  printLine(host.url);
  printLine(`数据文件 / register: ${register.databaseFile}`);
  if (!register.register())
    printLine('注意：登记簿检查未通过，已进入恢复模式，请在浏览器中选择备份恢复 / the register failed its check: recovery mode');
  printLine('按 Ctrl+C 停止 / press Ctrl+C to stop');

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  await register.close();
  release();
  printLine('已停止，数据已保存。');
  return EXIT.ok;
}
