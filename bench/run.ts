// npm run bench [-- --json] [-- --cases N]: with 100,000 seeded cases in every state of their life, the register
// list, the case page, the home page's work list and the warnings board, each through the service layer and as
// the same SQL on raw better-sqlite3, with the ratio; and serve's time to its first answer. Then the ledger, the
// documents, the sync's batches and the district hub's ingest under load (bench/hubIngest.ts), each its own file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DB } from '../services/db/schema.ts';
import { CaseListQuery, CaseRegistration, type CaseListQueryInput } from '../shared/domain/case.ts';
import { StepInput } from '../shared/domain/lifecycle.ts';
import { addDays } from '../shared/rules/dates.ts';
import { insertCaseWithHistory } from '../services/caseImport.ts';
import { getCase } from '../services/cases.ts';
import { immediateTransaction } from '../services/db/open.ts';
import { TOKEN_HEADER } from '../shared/api/result.ts';
import { listCases } from '../services/caseList.ts';
import { DEFAULT_CONFIG } from '../shared/domain/config.ts';
import { attentionContext, warningsBoard, workToday } from '../services/worklist.ts';
import { openRegister } from '../services/register.ts';
import { openDatabase } from '../services/db/open.ts';
import { seedRegister } from '../services/seed/seedRegister.ts';
import { ensureRendererBuilt } from '../host/renderer.ts';
import { createBackup, restoreBackup } from '../services/backup/backup.ts';
import { ledgerFigures } from './ledger.ts';
import { documentFigures } from './documents.ts';
import { syncFigures } from './sync.ts';
import { hubIngestFigures } from './hubIngest.ts';
import { verifyAuditChain } from '../services/audit/verify.ts';
import { hashPassword, verifyPassword } from '../services/auth/passwords.ts';
import { quickCheckInWorker } from '../services/db/quickCheck.ts';
import { caseFigureRows, statisticsReport } from '../services/statistics/report.ts';
import { statisticsXlsx } from '../services/statistics/xlsx.ts';
import { subsidySheet } from '../services/subsidy/sheet.ts';
import { DEFAULT_SUBSIDY_RULES } from '../shared/domain/subsidy.ts';

const NOW = new Date('2026-11-29T04:00:00Z');

/** A case with 50 steps (acceptance, 24 investigations, 24 sessions, the agreement), made once per register. */
async function caseWithLongTimeline(db: Kysely<DB>): Promise<string> {
  const ref = 'bench-50-steps';
  const existing = await db.selectFrom('cases').select('id').where('import_ref', '=', ref).executeTakeFirst();
  if (existing) return existing.id;
  const on = (n: number) => addDays('2026-06-01', n);
  const record = (kind: 'investigation' | 'session', n: number) => ({
    kind,
    on: on(n),
    time: '09:30',
    place: '梅园新村街道人民调解委员会调解室',
    present: ['张三', '李四', '王调解'],
    content: '调解员释明相关法律规定，双方各自陈述意见并出示证据，调解员逐项核对争议事实，双方同意继续协商。'.repeat(4),
    noteTaker: '赵记录',
    questioned: '李四',
    investigator: '王调解',
  });
  const steps = [
    { kind: 'accept', on: on(0), consent: true, noticeGiven: true },
    ...Array.from({ length: 48 }, (_, i) => record(i % 2 === 0 ? 'investigation' : 'session', 1 + i)),
    {
      kind: 'agreement_written',
      on: on(50),
      terms: ['李四赔偿张三维修费人民币3000元。', '双方再无其他争议。'],
      amountFen: 300000,
      performanceMethod: '银行转账',
      performancePlace: '调解委员会',
      performanceDeadline: on(60),
    },
  ].map((step) => StepInput.parse(step));
  const registration = CaseRegistration.parse({
    disputeType: 'neighbourhood',
    source: 'party_application',
    registeredOn: on(0),
    facts: '楼上住户卫生间漏水，导致楼下天花板受损，双方就维修费用协商未果。',
    parties: [
      { role: 'applicant', kind: 'person', name: '张三' },
      { role: 'respondent', kind: 'person', name: '李四' },
    ],
  });
  const { id } = await immediateTransaction(db, (trx) => insertCaseWithHistory(trx, registration, steps, 'bench', NOW, ref));
  return id;
}

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
async function rawReplay(raw: Database.Database, work: (db: Kysely<DB>) => Promise<unknown>): Promise<() => void> {
  const captured: { sql: string; parameters: readonly unknown[] }[] = [];
  const spy = new Kysely<DB>({
    // Not destroyed: that would close the shared connection.
    dialect: new SqliteDialect({ database: { prepare: (sql) => raw.prepare(sql), close: () => {} } }),
    log: (event) => {
      captured.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  await work(spy);
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
  let t0 = performance.now();
  const register = await openRegister({ dataDir, mode: 'cli', checkOutputs: false });
  say(`opened (and migrated where needed) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const opened = await openDatabase(register.databaseFile);
  const { n } = await register.db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (n < CASES) {
    const t = performance.now();
    await seedRegister(register.db, dataDir, { count: CASES - n, seed: 'bench', actor: 'bench', today: '2026-11-29' });
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
  const ctx = attentionContext(DEFAULT_CONFIG, NOW);
  const versusRaw = async (name: string, work: (db: Kysely<DB>) => Promise<unknown>): Promise<Figure> => {
    const [medianMs, baselineMs] = (await timeInTurns(() => work(opened.db), await rawReplay(raw, work))) as [number, number];
    return { name, medianMs, baselineMs, ratio: medianMs / baselineMs };
  };
  for (const [name, input] of queries) {
    const q = CaseListQuery.parse(input);
    figures.push(await versusRaw(name, (db) => listCases(db, q, ctx)));
  }
  const wages = CaseListQuery.parse({ search: '工资' });
  const [viaDispatch, wagesBaseline] = (await timeInTurns(
    () => register.dispatch('cases.list', { search: '工资' }, { via: 'cli', operator: 'bench' }),
    await rawReplay(raw, (db) => listCases(db, wages, ctx)),
  )) as [number, number];
  figures.push({
    name: 'search 工资 via dispatcher (validation included)',
    medianMs: viaDispatch,
    baselineMs: wagesBaseline,
    ratio: viaDispatch / wagesBaseline,
  });

  const longCase = await caseWithLongTimeline(register.db);
  figures.push(await versusRaw('case page: a case with 50 timeline entries', (db) => getCase(db, longCase)));
  figures.push(await versusRaw("home page: today's work list", (db) => workToday(db, DEFAULT_CONFIG, NOW)));
  figures.push(await versusRaw('warnings board (red and orange)', (db) => warningsBoard(db, DEFAULT_CONFIG, null, NOW)));
  // A year's statistics: every indicator, against the one aggregate query that the case figures come from.
  const year = { from: '2025-01-01', to: '2025-12-31', committeeId: null };
  const [statsMs, aggregateMs] = (await timeInTurns(
    () => statisticsReport(opened.db, year, NOW),
    await rawReplay(raw, (db) => caseFigureRows(db, year)),
  )) as [number, number];
  figures.push({
    name: 'statistics: a year (2025), every indicator, all committees',
    medianMs: statsMs,
    baselineMs: aggregateMs,
    ratio: statsMs / aggregateMs,
  });
  const timedRuns = async (runs: number, work: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await work();
      samples.push(performance.now() - t);
    }
    return median(samples);
  };
  figures.push({
    name: 'statistics: the year as an xlsx workbook (MoJ layout)',
    medianMs: await timedRuns(5, async () => statisticsXlsx(await statisticsReport(opened.db, year, NOW))),
    baselineMs: null,
    ratio: null,
  });
  figures.push({
    name: 'per-case subsidy sheet of the year',
    medianMs: await timedRuns(5, () => subsidySheet(opened.db, year, DEFAULT_SUBSIDY_RULES)),
    baselineMs: null,
    ratio: null,
  });
  const overdue = CaseListQuery.parse({ attention: 'follow_up_overdue' });
  figures.push(await versusRaw('list: follow-ups overdue', (db) => listCases(db, overdue, ctx)));
  const [pageWithAudit, pageRaw] = (await timeInTurns(
    () => register.dispatch('cases.get', { id: longCase }, { via: 'cli', operator: 'bench' }),
    await rawReplay(raw, (db) => getCase(db, longCase)),
  )) as [number, number];
  figures.push({
    name: 'case page via dispatcher, with its audited read (a synced commit)',
    medianMs: pageWithAudit,
    baselineMs: pageRaw,
    ratio: pageWithAudit / pageRaw,
  });
  t0 = performance.now();
  const chain = verifyAuditChain(raw, null);
  figures.push({ name: `audit chain check (${chain.entries} entries)`, medianMs: performance.now() - t0, baselineMs: null, ratio: null });
  const hash = await hashPassword('bench-password');
  const signIns: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await verifyPassword('bench-password', hash);
    signIns.push(performance.now() - t);
  }
  figures.push({ name: 'sign-in: scrypt password check', medianMs: median(signIns), baselineMs: null, ratio: null });
  t0 = performance.now();
  await quickCheckInWorker(register.databaseFile).result;
  figures.push({ name: 'quick_check at start (worker, whole file)', medianMs: performance.now() - t0, baselineMs: null, ratio: null });
  const counts = await register.db
    .selectFrom('cases')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  say(`statuses: ${counts.map((c) => `${c.status} ${c.n}`).join(', ')}`);
  await opened.close();
  await register.close();

  // Backup and restore of the whole register, once each (they take seconds, not milliseconds).
  const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-bench-backup-'));
  try {
    const file = path.join(backupDir, 'register.fqbak');
    let t = performance.now();
    const backup = await createBackup(dataDir, file, 'bench-passphrase', 'bench');
    figures.push({
      name: `backup (${(backup.bytes / 1048576).toFixed(0)} MiB file)`,
      medianMs: performance.now() - t,
      baselineMs: null,
      ratio: null,
    });
    t = performance.now();
    await restoreBackup(path.join(backupDir, 'restored'), file, 'bench-passphrase');
    figures.push({ name: 'restore (decrypt, verify, move in)', medianMs: performance.now() - t, baselineMs: null, ratio: null });
  } finally {
    fs.rmSync(backupDir, { recursive: true, force: true });
  }

  await ensureRendererBuilt(); // serve's start-up is timed without a UI build in it
  const startups: number[] = [];
  for (let i = 0; i < 3; i++) startups.push(await serveStartup(dataDir));
  figures.push({ name: 'serve: start to first API answer', medianMs: median(startups), baselineMs: null, ratio: null });
  figures.push(...(await ledgerFigures(dataDir, say)));
  figures.push(...(await documentFigures(say)));
  figures.push(...(await syncFigures(say)));
  figures.push(...(await hubIngestFigures(say)));

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
