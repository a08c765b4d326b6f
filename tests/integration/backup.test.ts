// Backups on real files: backup → wipe → restore gives the same register back; a wrong passphrase, a
// truncated or changed file is refused without touching anything; check finds what is wrong.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { attachmentPath } from '../../services/attachments.ts';
import { createBackup, restoreBackup } from '../../services/backup/backup.ts';
import { checkRegister } from '../../services/backup/check.ts';
import { LOCK_FILE } from '../../services/instanceLock.ts';
import { seedRegister } from '../../services/seed/seedRegister.ts';
import { testRegister } from '../helpers/register.ts';
import { rejection } from '../helpers/rejection.ts';
import { tempDir } from '../helpers/tempDir.ts';

const PASSPHRASE = '梅园调委会2026备份';

/** Every file below a folder with its hash: what "nothing was touched" means. */
function snapshotOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** A closed register with sample cases, scans included, and its backup. */
async function backedUp() {
  const { register, dataDir, api } = await testRegister({ setUp: false });
  await seedRegister(register.db, dataDir, { count: 200, seed: 'backup', actor: 'test', today: '2026-11-29' });
  const list = await api.call('cases.list', { status: 'archived', pageSize: 1 });
  const sample = await api.call('cases.get', { id: list.items[0]!.id });
  await register.close();
  const file = path.join(tempDir(), 'register.fqbak');
  const result = await createBackup(dataDir, file, PASSPHRASE, '0.1.0');
  return { dataDir, file, result, sample };
}

describe('backup and restore', () => {
  it('gives back the same register and attachments after the data folder is wiped, keeping nothing in clear', async () => {
    const { dataDir, file, result, sample } = await backedUp();
    expect(result).toMatchObject({ cases: 200, missingAttachments: 0 });
    expect(fs.readFileSync(file).includes(Buffer.from(sample.parties[0]!.name))).toBe(false);

    fs.rmSync(dataDir, { recursive: true, force: true });
    const restored = await restoreBackup(dataDir, file, PASSPHRASE);
    expect(restored).toMatchObject({ cases: 200, replaced: null });
    const { api } = await testRegister({ dataDir, setUp: false });
    expect(await api.call('cases.get', { id: sample.id })).toEqual(sample);
    const scan = sample.progress.attachments[0]!;
    expect(fs.existsSync(attachmentPath(dataDir, scan.sha256))).toBe(true);
    expect((await api.call('attachments.get', { id: scan.id })).sha256).toBe(scan.sha256);
    expect(checkRegister(dataDir).ok).toBe(true);
  });

  it('keeps the register it replaces', async () => {
    const { dataDir, file } = await backedUp();
    const other = await testRegister();
    await other.api.call('cases.register', {
      disputeType: 'other',
      source: 'party_application',
      registeredOn: '2026-03-02',
      facts: '恢复之前登记的案件。',
      parties: [
        { role: 'applicant', kind: 'person', name: '甲' },
        { role: 'respondent', kind: 'person', name: '乙' },
      ],
    });
    await other.register.close();
    const restored = await restoreBackup(other.dataDir, file, PASSPHRASE);
    expect(restored.replaced).toMatch(/fengqiao\.sqlite3\.before-restore-/);
    const kept = new Database(restored.replaced!, { readonly: true });
    expect(kept.prepare('select count(*) as n from cases').get()).toEqual({ n: 1 });
    kept.close();
    expect(fs.existsSync(dataDir)).toBe(true);
  });

  it('refuses a wrong passphrase, a truncated file and a changed header, touching nothing', async () => {
    const { dataDir, file } = await backedUp();
    const before = snapshotOf(dataDir);
    expect((await rejection(restoreBackup(dataDir, file, '另一个口令12345'))).message).toMatch(/口令不正确/);

    const truncated = `${file}.part-copy`;
    fs.writeFileSync(truncated, fs.readFileSync(file).subarray(0, Math.floor(fs.statSync(file).size / 2)));
    expect((await rejection(restoreBackup(dataDir, truncated, PASSPHRASE))).code).toBe('VALIDATION');

    const changed = `${file}.changed`;
    fs.writeFileSync(changed, fs.readFileSync(file).toString('latin1').replace('"cases":200', '"cases":999'), 'latin1');
    expect((await rejection(restoreBackup(dataDir, changed, PASSPHRASE))).code).toBe('VALIDATION');

    expect((await rejection(restoreBackup(dataDir, path.join(dataDir, 'fengqiao.sqlite3'), PASSPHRASE))).message).toMatch(
      /不是枫桥的备份文件/,
    );
    expect(snapshotOf(dataDir)).toEqual(before);
  });

  it('refuses to restore under a running app, and a passphrase too short to protect a USB stick', async () => {
    const { dataDir, file } = await backedUp();
    // The desktop app of another process (here: this test's parent, which is alive) has the register open.
    fs.writeFileSync(
      path.join(dataDir, LOCK_FILE),
      JSON.stringify({ pid: process.ppid, mode: 'desktop', since: new Date().toISOString() }),
    );
    expect((await rejection(restoreBackup(dataDir, file, PASSPHRASE))).code).toBe('UNAVAILABLE');
    fs.rmSync(path.join(dataDir, LOCK_FILE));
    expect((await rejection(createBackup(dataDir, `${file}.2`, 'short', '0.1.0'))).message).toMatch(/至少8个字符/);
  });
});

describe('check', () => {
  it('finds a damaged and a missing attachment file, and a case whose stored state contradicts its steps', async () => {
    const { dataDir, sample } = await backedUp();
    expect(checkRegister(dataDir)).toMatchObject({ ok: true, cases: 200, problems: [], counts: {} });

    const [first, second] = sample.progress.attachments;
    fs.writeFileSync(attachmentPath(dataDir, first!.sha256), 'damaged');
    const db = new Database(path.join(dataDir, 'fengqiao.sqlite3'));
    db.prepare("update cases set status = 'mediating' where id = ?").run(sample.id);
    db.close();
    const report = checkRegister(dataDir);
    expect(report.ok).toBe(false);
    // Every sample scan shares one of two files: one damaged file is many damaged attachments.
    expect(report.counts.attachment_damaged).toBeGreaterThan(20);
    expect(report.problems.filter((p) => p.code === 'attachment_damaged')).toHaveLength(20);
    expect(report.counts.case_state).toBe(1);
    expect(report.problems.find((p) => p.code === 'case_state')?.message).toBe(`${sample.number} 的 status 与其办案记录不一致`);
    if (second && second.sha256 !== first!.sha256) {
      fs.rmSync(attachmentPath(dataDir, second.sha256));
      expect(checkRegister(dataDir).problems.map((p) => p.code)).toContain('attachment_missing');
    }
  });
});
