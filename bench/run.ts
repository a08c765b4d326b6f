// npm run bench [-- --json] [-- --cases N]: the register list with 100,000 seeded cases, through the service
// layer and as the same SQL on raw better-sqlite3, with the ratio; and serve's time to its first answer.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { CaseListQuery, type CaseListQueryInput } from '../shared/domain/case.ts';
import { matchExpression } from '../shared/rules/searchTerms.ts';
import { TOKEN_HEADER } from '../shared/api/result.ts';
import { listCases } from '../services/cases.ts';
import { openRegister } from '../services/register.ts';
import { seedRegister } from '../services/seed/seedRegister.ts';
import { ensureRendererBuilt } from '../host/renderer.ts';

// Seeding commits big batches on purpose; their slow-commit warnings are not news here.
process.env['FENGQIAO_LOG'] ??= 'error';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, cases: { type: 'string' }, runs: { type: 'string' } } });
const CASES = Number(values.cases ?? 100_000);
const RUNS = Number(values.runs ?? 30);
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

async function time(work: () => unknown | Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await work();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

/** The list query as hand-written SQL on the raw connection: count, page, parties of the page. */
function rawList(raw: Database.Database, q: CaseListQueryInput) {
  const where: string[] = ['c.deleted_at is null'];
  const params: unknown[] = [];
  if (q.disputeType) {
    where.push('c.dispute_type = ?');
    params.push(q.disputeType);
  }
  if (q.riskLevel) {
    where.push('c.risk_level = ?');
    params.push(q.riskLevel);
  }
  if (q.from) {
    where.push('c.registered_on >= ?');
    params.push(q.from);
  }
  if (q.to) {
    where.push('c.registered_on <= ?');
    params.push(q.to);
  }
  const match = q.search ? matchExpression(q.search) : null;
  if (match) {
    where.push('c.seq in (select rowid from case_search where case_search match ?)');
    params.push(match);
  }
  const w = where.join(' and ');
  const total = raw.prepare(`select count(*) as total from cases c where ${w}`).get(...params);
  const rows = raw
    .prepare(
      `select c.id, c.number, m.name, c.dispute_type, c.source, c.status, c.risk_level, c.registered_on, substr(c.facts, 1, 60) as excerpt, length(c.facts) > 60 as truncated
       from cases c join committees m on m.id = c.committee_id where ${w}
       order by c.registered_on desc, c.seq desc limit 20 offset 0`,
    )
    .all(...params) as { id: string }[];
  const ids = rows.map((r) => r.id);
  const parties = ids.length
    ? raw
        .prepare(`select case_id, role, name from parties where case_id in (${ids.map(() => '?').join(',')}) order by case_id, position`)
        .all(...ids)
    : [];
  return { total, rows, parties };
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

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-bench-'));
try {
  const register = await openRegister({ dataDir, mode: 'cli', checkOutputs: false });
  const t = performance.now();
  await seedRegister(register.db, { count: CASES, seed: 'bench', actor: 'bench', today: '2026-11-29' });
  const seedSeconds = (performance.now() - t) / 1000;
  say(
    `seeded ${CASES} cases in ${seedSeconds.toFixed(1)} s (${Math.round(CASES / seedSeconds)} cases/s), ${(fs.statSync(register.databaseFile).size / 1048576).toFixed(0)} MiB`,
  );
  // Read the raw connection from the same file, as a second connection would.
  const raw = (await import('better-sqlite3')).default(register.databaseFile, { readonly: true });

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
    const medianMs = await time(() => listCases(register.db, q));
    const baselineMs = await time(() => rawList(raw, input));
    figures.push({ name, medianMs, baselineMs, ratio: medianMs / baselineMs });
  }
  const viaDispatch = await time(() => register.dispatch('cases.list', { search: '工资' }, { actor: 'bench' }));
  const baseline = figures.find((f) => f.name === 'search: facts 工资')!.baselineMs!;
  figures.push({
    name: 'search 工资 via dispatcher (validation included)',
    medianMs: viaDispatch,
    baselineMs: baseline,
    ratio: viaDispatch / baseline,
  });
  raw.close();
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
  fs.rmSync(dataDir, { recursive: true, force: true });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
