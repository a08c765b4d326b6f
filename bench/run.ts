// npm run bench [-- --json] [-- --cases N]: the register list with 100,000 seeded cases, through the service
// layer and as the same SQL on raw better-sqlite3, with the ratio; and serve's time to its first answer.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DB } from '../services/db/schema.ts';
import { CaseListQuery, type CaseListQueryInput } from '../shared/domain/case.ts';
import { TOKEN_HEADER } from '../shared/api/result.ts';
import { listCases } from '../services/caseList.ts';
import { DEFAULT_CONFIG } from '../shared/domain/config.ts';
import { attentionContext } from '../services/worklist.ts';
import { openRegister } from '../services/register.ts';
import { openDatabase } from '../services/db/open.ts';
import { seedRegister } from '../services/seed/seedRegister.ts';
import { ensureRendererBuilt } from '../host/renderer.ts';

// Seeding commits big batches on purpose; their slow-commit warnings are not news here.
process.env['FENGQIAO_LOG'] ??= 'error';

const { values } = parseArgs({
  options: { json: { type: 'boolean' }, cases: { type: 'string' }, runs: { type: 'string' }, keep: { type: 'string' } },
});
const CASES = Number(values.cases ?? 100_000);
const RUNS = Number(values.runs ?? 100);
const say = (line: string) => {
  if (!values.json) process.stdout.write(`${line}\n`);
};

interface Figure {
  name: string;
  medianMs: number;
  baselineMs: number | null;
  ratio: number | null;
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Medians of each piece of work, run in turns (A B A B …) so that whatever else the machine is doing falls on
 * all of them alike.
 */
async function timeInTurns(...works: (() => unknown)[]): Promise<number[]> {
  for (let i = 0; i < 3; i++) for (const work of works) await work();
  const samples: number[][] = works.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, work] of works.entries()) {
      const t = performance.now();
      await work();
      samples[k]!.push(performance.now() - t);
    }
  }
  return samples.map(median);
}

/**
 * The baseline: the very statements the service ran for this query (captured from Kysely's log), prepared once
 * and run on a raw better-sqlite3 connection. The ratio is then the cost of the service layer alone.
 */
async function rawReplay(raw: Database.Database, q: CaseListQuery): Promise<() => void> {
  const captured: { sql: string; parameters: readonly unknown[] }[] = [];
  const spy = new Kysely<DB>({
    // Not destroyed: that would close the shared connection.
    dialect: new SqliteDialect({ database: { prepare: (sql) => raw.prepare(sql), close: () => {} } }),
    log: (event) => {
      captured.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  await listCases(spy, q, attentionContext(DEFAULT_CONFIG));
  const statements = captured.map((c) => ({ stmt: raw.prepare(c.sql), parameters: c.parameters }));
  return () => {
    for (const { stmt, parameters } of statements) stmt.all(...parameters);
  };
}

async function serveStartup(dataDir: string): Promise<number> {
  const bin = path.join(import.meta.dirname, '..', 'bin', 'fengqiao.mjs');
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const url = await new Promise<URL>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(out);
      if (m) resolve(new URL(m[0]));
    });
    child.on('close', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  const res = await fetch(`${url.origin}/api/setup.status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: url.hash.slice('#token='.length) },
    body: '{}',
  });
  await res.json();
  const ms = performance.now() - started;
  const closed = new Promise((resolve) => child.on('close', resolve));
  child.kill('SIGTERM');
  await closed;
  return ms;
}

// --keep DIR: seed once into DIR and reuse it on later runs (the seeding takes a minute or two).
const dataDir = values.keep ? path.resolve(values.keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-bench-'));
try {
  const register = await openRegister({ dataDir, mode: 'cli', checkOutputs: false });
  const opened = await openDatabase(register.databaseFile);
  const { n } = await register.db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (n < CASES) {
    const t = performance.now();
    await seedRegister(register.db, { count: CASES - n, seed: 'bench', actor: 'bench', today: '2026-11-29' });
    const seedSeconds = (performance.now() - t) / 1000;
    say(`seeded ${CASES - n} cases in ${seedSeconds.toFixed(1)} s (${Math.round((CASES - n) / seedSeconds)} cases/s)`);
  }
  say(`register: ${Math.max(n, CASES)} cases, ${(fs.statSync(register.databaseFile).size / 1048576).toFixed(0)} MiB`);
  // The baseline runs on the raw connection under the service's own Kysely, so both share its page cache.
  const raw = opened.raw;

  const queries: [string, CaseListQueryInput][] = [
    ['first page', {}],
    ['filtered: labour, yellow, 2025', { disputeType: 'labour', riskLevel: 'yellow', from: '2025-01-01', to: '2025-12-31' }],
    ['search: name 王芳', { search: '王芳' }],
    ['search: pinyin wf', { search: 'wf' }],
    ['search: facts 工资', { search: '工资' }],
    ['search: facts 宅基地', { search: '宅基地' }],
  ];
  const figures: Figure[] = [];
  for (const [name, input] of queries) {
    const q = CaseListQuery.parse(input);
    const [medianMs, baselineMs] = (await timeInTurns(() => listCases(opened.db, q, attentionContext(DEFAULT_CONFIG)), await rawReplay(raw, q))) as [number, number];
    figures.push({ name, medianMs, baselineMs, ratio: medianMs / baselineMs });
  }
  const wages = CaseListQuery.parse({ search: '工资' });
  const [viaDispatch, wagesBaseline] = (await timeInTurns(
    () => register.dispatch('cases.list', { search: '工资' }, { actor: 'bench' }),
    await rawReplay(raw, wages),
  )) as [number, number];
  figures.push({
    name: 'search 工资 via dispatcher (validation included)',
    medianMs: viaDispatch,
    baselineMs: wagesBaseline,
    ratio: viaDispatch / wagesBaseline,
  });
  await opened.close();
  await register.close();

  await ensureRendererBuilt(); // serve's start-up is timed without a UI build in it
  const startups: number[] = [];
  for (let i = 0; i < 3; i++) startups.push(await serveStartup(dataDir));
  figures.push({ name: 'serve: start to first API answer', medianMs: median(startups), baselineMs: null, ratio: null });

  if (values.json)
    process.stdout.write(
      `${JSON.stringify(
        figures.map((f) => ({
          ...f,
          medianMs: round(f.medianMs),
          baselineMs: f.baselineMs === null ? null : round(f.baselineMs),
          ratio: f.ratio === null ? null : round(f.ratio),
        })),
        null,
        2,
      )}\n`,
    );
  else {
    say('');
    say(`| query (${CASES.toLocaleString('en')} cases, median of ${RUNS}) | service ms | raw SQL ms | ratio |`);
    say('|---|---:|---:|---:|');
    for (const f of figures)
      say(`| ${f.name} | ${f.medianMs.toFixed(2)} | ${f.baselineMs?.toFixed(2) ?? '—'} | ${f.ratio?.toFixed(2) ?? '—'} |`);
  }
} finally {
  if (!values.keep) fs.rmSync(dataDir, { recursive: true, force: true });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
