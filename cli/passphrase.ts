// The backup passphrase: from FENGQIAO_PASSPHRASE, or typed at a prompt that does not echo it; never from an
// argument (arguments show in process lists and shell history).
import { UsageError } from './io.ts';

export const PASSPHRASE_ENV = 'FENGQIAO_PASSPHRASE';

export async function readPassphrase(prompt: string, confirm = false): Promise<string> {
  const fromEnv = process.env[PASSPHRASE_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) throw new UsageError(`no passphrase: set ${PASSPHRASE_ENV} or run in a terminal to be asked for it`);
  const first = await hiddenLine(prompt);
  if (confirm && (await hiddenLine('再输入一次 / again: ')) !== first) throw new UsageError('the two passphrases differ');
  return first;
}

function hiddenLine(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    let line = '';
    const done = (error: Error | null) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(line);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done(null);
        if (ch === '\u0003') return done(new UsageError('cancelled'));
        if (ch === '\u007f' || ch === '\b') line = [...line].slice(0, -1).join('');
        else line += ch;
      }
    };
    stdin.on('data', onData);
  });
}
