import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/api/result.ts';
import { MIGRATIONS } from '../../services/db/migrations/index.ts';
import { openDatabase } from '../../services/db/open.ts';
import { sampleCase } from '../helpers/sampleCase.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { BIN, fengqiao, initArgs } from '../helpers/runCli.ts';
import { sampleStep } from '../helpers/steps.ts';

describe('fengqiao case import', () => {
  const history = [sampleStep('accept', '2026-03-03'), sampleStep('session', '2026-03-05'), sampleStep('agreement_oral', '2026-03-05')];
  const file = (dir: string, cases: unknown[]) => {
    const f = path.join(dir, `import-${cases.length}.json`);
    fs.writeFileSync(f, JSON.stringify({ format: 'fengqiao.cases/1', cases }));
    return f;
  };

  it('imports whole cases with their history once, and nothing of a file with one bad step', async () => {
    const dir = tempDir();
    expect((await fengqiao(initArgs(dir))).code).toBe(0);
    const good = [
      { ref: 'OLD-2026-001', registration: sampleCase(), history },
      {
        ref: 'OLD-2026-002',
        registration: sampleCase({ facts: '另一件纠纷，当事人不同意调解。' }),
        history: [sampleStep('refuse', '2026-03-02')],
      },
    ];
    const bad = [
      { ref: 'OLD-2026-003', registration: sampleCase(), history },
      { ref: 'OLD-2026-004', registration: sampleCase(), history: [sampleStep('session', '2026-03-05')] },
    ];
    const rejected = await fengqiao(['case', 'import', '--json', file(dir, bad), '--data-dir', dir]);
    expect(rejected.code).toBe(3);
    expect(rejected.stderr).toContain('第2件案件（原系统编号 OLD-2026-004）：请先受理案件，再记录“调解记录”，整个文件未导入');

    const first = await fengqiao(['case', 'import', '--json', file(dir, good), '--data-dir', dir]);
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout) as { imported: number; skipped: number; cases: { ref: string; number: string }[] };
    expect(result).toMatchObject({ imported: 2, skipped: 0 });
    // The rejected file took no number: the first imported case is number 1.
    expect(result.cases.map((c) => c.number)).toEqual(['〔2026〕梅园调字第1号', '〔2026〕梅园调字第2号']);
    const again = JSON.parse((await fengqiao(['case', 'import', '--json', file(dir, good), '--data-dir', dir])).stdout) as typeof result;
    expect(again).toMatchObject({ imported: 0, skipped: 2 });

    const shown = await fengqiao(['case', 'show', '〔2026〕梅园调字第1号', '--data-dir', dir]);
    expect(shown.stdout).toContain('2026-03-05　达成口头协议');
    const listed = JSON.parse(
      (await fengqiao(['case', 'list', '--attention', 'unarchived_closed', '--json', '--data-dir', dir])).stdout,
    ) as {
      total: number;
    };
    expect(listed.total).toBe(2);
    const invalid = await fengqiao([
      'case',
      'import',
      '--json',
      file(dir, [{ ref: 'X', registration: sampleCase(), history: [{ kind: 'accept' }] }]),
      '--data-dir',
      dir,
    ]);
    expect(invalid.code).toBe(3);
    expect(invalid.stderr).toContain('cases.0.history.0');
  });
});

describe('fengqiao backup, restore and check', () => {
  it('backs up with the passphrase from the environment only, restores, and checks with an exit code', async () => {
    const dir = tempDir();
    expect((await fengqiao(initArgs(dir))).code).toBe(0);
    const file = path.join(dir, 'case.json');
    fs.writeFileSync(file, JSON.stringify(sampleCase()));
    expect((await fengqiao(['case', 'add', '--json', file, '--data-dir', dir])).code).toBe(0);
    const out = path.join(tempDir(), 'office.fqbak');

    const noPassphrase = await fengqiao(['backup', '--out', out, '--data-dir', dir], { env: { FENGQIAO_PASSPHRASE: '' } });
    expect(noPassphrase.code).toBe(2);
    expect(noPassphrase.stderr).toContain('FENGQIAO_PASSPHRASE');
    const env = { FENGQIAO_PASSPHRASE: '梅园调委会备份口令' };
    const backup = await fengqiao(['backup', '--out', out, '--data-dir', dir, '--json'], { env });
    expect(backup.code).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ cases: 1, attachments: 0, missingAttachments: 0 });

    const elsewhere = tempDir();
    const wrong = await fengqiao(['restore', out, '--data-dir', elsewhere], { env: { FENGQIAO_PASSPHRASE: '不是这个口令123' } });
    expect(wrong.code).toBe(3);
    const restored = await fengqiao(['restore', out, '--data-dir', elsewhere, '--json'], { env });
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ cases: 1, replaced: null });

    expect(await fengqiao(['check', '--data-dir', elsewhere])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('登记簿完好：1 件案件'),
    });
    fs.writeFileSync(path.join(elsewhere, 'fengqiao.sqlite3'), Buffer.alloc(8192, 7));
    const damaged = await fengqiao(['check', '--data-dir', elsewhere, '--json']);
    expect(damaged.code).toBe(1);
    expect(JSON.parse(damaged.stdout)).toMatchObject({ ok: false, problems: [expect.objectContaining({ code: 'integrity' })] });
  });
});

describe('the fengqiao CLI', () => {
  it('sets up, registers from a file and from stdin, lists, searches and shows', async () => {
    const dir = tempDir();
    const init = await fengqiao(initArgs(dir));
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('已完成初始设置');
    expect((await fengqiao(initArgs(dir))).code).toBe(3);

    const file = path.join(dir, 'case.json');
    fs.writeFileSync(file, JSON.stringify(sampleCase()));
    const added = await fengqiao(['case', 'add', '--json', file, '--data-dir', dir]);
    expect(added.code).toBe(0);
    const first = JSON.parse(added.stdout) as { id: string; number: string };
    expect(first).toEqual({ id: expect.any(String), number: '〔2026〕梅园调字第1号' });

    const fromStdin = sampleCase({
      parties: [
        { role: 'applicant', kind: 'person', name: '𠮷祥' },
        { role: 'respondent', kind: 'person', name: '王五' },
      ],
    });
    const second = await fengqiao(['case', 'add', '--json', '-', '--data-dir', dir], { stdin: JSON.stringify(fromStdin) });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ number: '〔2026〕梅园调字第2号' });

    const list = await fengqiao(['case', 'list', '--json', '--data-dir', dir]);
    expect(JSON.parse(list.stdout)).toMatchObject({ total: 2, page: 1 });
    const search = await fengqiao(['case', 'list', '--search', 'jx', '--json', '--data-dir', dir]);
    expect((JSON.parse(search.stdout) as { items: { applicants: string[] }[] }).items.map((i) => i.applicants)).toEqual([['𠮷祥']]);
    const human = await fengqiao(['case', 'list', '--search', '张三', '--data-dir', dir]);
    expect(human.stdout).toContain('〔2026〕梅园调字第1号');
    expect(human.stdout).toContain('共 1 件');

    const shown = await fengqiao(['case', 'show', first.id, '--json', '--data-dir', dir]);
    expect(JSON.parse(shown.stdout)).toMatchObject({ id: first.id, number: first.number, parties: [{ name: '张三' }, { name: '李四' }] });
    const byNumber = await fengqiao(['case', 'show', first.number, '--data-dir', dir]);
    expect(byNumber.code).toBe(0);
    expect(byNumber.stdout).toContain('110***********002X');
    expect(byNumber.stdout).not.toContain('11010519491231002X');
  });

  it('exits non-zero with the field and the problem on stderr, storing nothing', async () => {
    const dir = tempDir();
    await fengqiao(initArgs(dir));
    const bad = sampleCase({
      parties: [
        { role: 'applicant', kind: 'person', name: '张三', idNumber: '110105194912310021' },
        { role: 'respondent', kind: 'person', name: '李四', phone: '123' },
      ],
    });
    const run = await fengqiao(['case', 'add', '--json', '-', '--data-dir', dir], { stdin: JSON.stringify(bad) });
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('parties.0.idNumber');
    expect(run.stderr).toContain('校验位');
    expect(run.stderr).toContain('parties.1.phone');

    const notJson = await fengqiao(['case', 'add', '--json', '-', '--data-dir', dir], { stdin: '{"disputeType": ' });
    expect(notJson.code).toBe(3);
    expect(notJson.stderr).toContain('JSON');
    const missing = await fengqiao(['case', 'add', '--json', path.join(dir, 'nope.json'), '--data-dir', dir]);
    expect(missing.code).toBe(3);

    const list = await fengqiao(['case', 'list', '--json', '--data-dir', dir]);
    expect(JSON.parse(list.stdout)).toMatchObject({ total: 0 });
  });

  it('treats bad usage as usage errors (exit 2) and unknown cases as not found (exit 4)', async () => {
    const dir = tempDir();
    expect((await fengqiao(['frobnicate'])).code).toBe(2);
    expect((await fengqiao(['case', 'add', '--data-dir', dir])).code).toBe(2);
    expect((await fengqiao(['case', 'list', '--colour', 'red', '--data-dir', dir])).code).toBe(2);
    expect((await fengqiao(['case', 'list', '--page', 'zero', '--data-dir', dir])).code).toBe(2);
    const badKind = await fengqiao([...initArgs(dir).slice(0, -4), '--kind', 'castle', '--abbr', '梅园']);
    expect(badKind.code).toBe(3);
    expect(badKind.stderr).toContain('kind');
    const badFilter = await fengqiao(['case', 'list', '--risk', 'purple', '--data-dir', dir]);
    expect(badFilter.code).toBe(3);
    expect(badFilter.stderr).toContain('riskLevel');
    await fengqiao(initArgs(dir));
    const unknown = await fengqiao(['case', 'show', '〔2026〕梅园调字第99号', '--data-dir', dir]);
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toContain('没有找到');
  });

  it('refuses a register written by a newer version, and leaves it alone', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'fengqiao.sqlite3');
    await (await openDatabase(file, { migrations: { ...MIGRATIONS, '2099-01-01T0000_future': { up: async () => {} } } })).close();
    const before = fs.readFileSync(file);
    const run = await fengqiao(['case', 'list', '--data-dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('更新版本');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('takes the data folder from FENGQIAO_DATA_DIR', async () => {
    const dir = tempDir();
    const run = await fengqiao(
      initArgs(dir).filter((a, i, all) => a !== '--data-dir' && all[i - 1] !== '--data-dir'),
      {
        env: { FENGQIAO_DATA_DIR: dir },
      },
    );
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'fengqiao.sqlite3'))).toBe(true);
  });

  it('seeds realistic sample data, repeatably', async () => {
    const a = tempDir();
    const b = tempDir();
    const seeded = await fengqiao(['seed', '--cases', '30', '--seed', 's1', '--json', '--data-dir', a]);
    expect(seeded.code).toBe(0);
    expect(JSON.parse(seeded.stdout)).toMatchObject({ cases: 30, setUpCommittee: true });
    await fengqiao(['seed', '--cases', '30', '--seed', 's1', '--data-dir', b]);
    const listA = JSON.parse((await fengqiao(['case', 'list', '--json', '--page-size', '30', '--data-dir', a])).stdout) as {
      total: number;
      items: { factsExcerpt: string }[];
    };
    const listB = JSON.parse((await fengqiao(['case', 'list', '--json', '--page-size', '30', '--data-dir', b])).stdout) as {
      items: { factsExcerpt: string }[];
    };
    expect(listA.total).toBe(30);
    expect(listA.items.map((i) => i.factsExcerpt)).toEqual(listB.items.map((i) => i.factsExcerpt));
  });

  it('serves browser mode until stopped', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', dir]);
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(out);
        if (m) resolve(m[0]);
      });
      child.on('close', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
    });
    const { origin, hash } = new URL(url);
    const token = hash.slice('#token='.length);
    const res = await fetch(`${origin}/api/setup.status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: '{}',
    });
    expect(await res.json()).toEqual({ ok: true, value: { done: false, ownCommittee: null } });
    const second = await fengqiao(['serve', '--port', '0', '--data-dir', dir]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('已在运行');
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
