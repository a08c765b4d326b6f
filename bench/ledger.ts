// Ledger import and register export: a 10,000-row Excel ledger read and previewed, then imported into a fresh
// register (target: under 10 s), then that register exported to xlsx; with a seeded register (`run.ts`), the
// export of all of it too. Runs inside `npm run bench`, or alone: `npx tsx bench/ledger.ts [--data-dir DIR]`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openRegister, type Register } from '../services/register.ts';
import { SAMPLE_LEDGER_HEADERS, ledgerWorkbook, sampleLedgerRows } from '../services/seed/ledgerSample.ts';

export interface LedgerFigure {
  name: string;
  medianMs: number;
  baselineMs: null;
  ratio: null;
}

const ROWS = 10_000;
const AREA_CODE = '320102002000';
const operator = { via: 'cli', operator: 'bench' } as const;

async function call(register: Register, method: string, input: unknown): Promise<unknown> {
  const result = await register.dispatch(method, input, operator);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** Milliseconds of `work` and the highest resident memory seen meanwhile (sampled every 20 ms). */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; peakMiB: number; value: T }> {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const t = performance.now();
  try {
    const value = await work();
    return { ms: performance.now() - t, peakMiB: Math.max(peak, process.memoryUsage.rss()) / 1048576, value };
  } finally {
    clearInterval(sampler);
  }
}

const figure = (name: string, ms: number): LedgerFigure => ({ name, medianMs: ms, baselineMs: null, ratio: null });

/** The figures; `seeded` is the folder of a big register to export as a whole (it gains one audit entry). */
export async function ledgerFigures(seeded: string | null, say: (line: string) => void): Promise<LedgerFigure[]> {
  const figures: LedgerFigure[] = [];
  const built = await timed(async () =>
    ledgerWorkbook(
      '梅园新村街道矛盾纠纷排查调处台账',
      SAMPLE_LEDGER_HEADERS,
      sampleLedgerRows({ count: ROWS, seed: 'bench', committeeAreaCode: AREA_CODE }),
    ),
  );
  say(
    `ledger: built a ${ROWS.toLocaleString('en')}-row xlsx (${(built.value.byteLength / 1048576).toFixed(1)} MiB) in ${(built.ms / 1000).toFixed(1)} s`,
  );
  const file = { fileName: '台账.xlsx', content: built.value.toString('base64') };

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-bench-ledger-'));
  try {
    const register = await openRegister({ dataDir: dir, mode: 'cli', checkOutputs: false });
    try {
      await call(register, 'setup.complete', {
        areaCode: AREA_CODE,
        name: '玄武区梅园新村街道人民调解委员会',
        kind: 'township',
        abbreviation: '梅园',
      });
      const preview = await timed(async () => {
        const info = (await call(register, 'ledger.read', file)) as { mapping: unknown };
        return (await call(register, 'ledger.preview', { ...file, mapping: info.mapping })) as { valid: number };
      });
      figures.push(figure(`ledger: read + preview of ${ROWS.toLocaleString('en')} rows (${preview.value.valid} valid)`, preview.ms));
      const imported = await timed(async () => (await call(register, 'ledger.import', file)) as { imported: number });
      figures.push(
        figure(`ledger: import of ${ROWS.toLocaleString('en')} rows (${imported.value.imported} cases, one transaction)`, imported.ms),
      );
      say(
        `ledger: import ${(imported.ms / 1000).toFixed(1)} s, ${Math.round(imported.value.imported / (imported.ms / 1000))} cases/s, peak RSS ${imported.peakMiB.toFixed(0)} MiB`,
      );
      const small = await timed(() => call(register, 'data.exportXlsx', {}));
      figures.push(figure(`export to xlsx: ${ROWS.toLocaleString('en')} imported cases`, small.ms));
    } finally {
      await register.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  if (seeded) {
    const register = await openRegister({ dataDir: seeded, mode: 'cli', checkOutputs: false });
    try {
      const big = await timed(() => call(register, 'data.exportXlsx', {}) as Promise<{ counts: { cases: number }; content: string }>);
      const { cases } = big.value.counts;
      figures.push(
        figure(
          `export to xlsx: ${cases.toLocaleString('en')} cases (${((big.value.content.length * 3) / 4 / 1048576).toFixed(0)} MiB)`,
          big.ms,
        ),
      );
      say(`export of ${cases} cases: peak RSS ${big.peakMiB.toFixed(0)} MiB`);
    } finally {
      await register.close();
    }
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.env['FENGQIAO_LOG'] ??= 'error';
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } } });
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const figures = await ledgerFigures(values['data-dir'] ? path.resolve(values['data-dir']) : null, say);
  for (const f of figures) say(`| ${f.name} | ${f.medianMs.toFixed(0)} ms |`);
}
