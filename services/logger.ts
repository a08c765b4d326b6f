// The one logger of the Node side: one line per event on stderr, level from FENGQIAO_LOG (debug|info|warn|error|silent).

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const wanted = process.env['FENGQIAO_LOG'] ?? 'warn';
  if (wanted === 'silent') return Infinity;
  return ORDER[wanted as Level] ?? ORDER.warn;
}

function write(level: Level, message: string, context?: Record<string, unknown>): void {
  if (ORDER[level] < threshold()) return;
  const extra = context ? ` ${JSON.stringify(context)}` : '';
  process.stderr.write(`${new Date().toISOString()} ${level.toUpperCase()} ${message}${extra}\n`);
}

export const log = {
  debug: (message: string, context?: Record<string, unknown>) => write('debug', message, context),
  info: (message: string, context?: Record<string, unknown>) => write('info', message, context),
  warn: (message: string, context?: Record<string, unknown>) => write('warn', message, context),
  error: (message: string, context?: Record<string, unknown>) => write('error', message, context),
};
