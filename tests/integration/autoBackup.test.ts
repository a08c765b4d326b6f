// Automatic backups (daily, rotated, a second copy in another folder) and the recovery path when the register
// fails its check at start: a real register, real files, a real damaged file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client.ts';
import { openApp, type AppService } from '../../services/app.ts';
import { restoreBackup } from '../../services/backup/backup.ts';
import { DAY_MS } from '../../services/backup/auto.ts';
import { testRegister, sampleCase } from '../helpers/register.ts';
import { tempDir } from '../helpers/tempDir.ts';

const PASSPHRASE = 'meiyuan-backup-2026';

describe('automatic backups', () => {
  it('need a passphrase first, keep it only as a derived key, and write, rotate and copy the backups', async () => {
    const { api, register, dataDir } = await testRegister();
    await api.call('cases.register', sampleCase());
    await expect(api.call('backup.run', {})).rejects.toMatchObject({ code: 'NOT_SET_UP' });
    await expect(api.call('backup.configure', { keep: 2 })).rejects.toMatchObject({ code: 'VALIDATION' });
    const usb = tempDir();
    const status = await api.call('backup.configure', { passphrase: PASSPHRASE, keep: 2, extraFolder: usb });
    expect(status).toMatchObject({ configured: true, keep: 2, extraFolder: usb, lastSuccessAt: null });
    const keyFile = fs.readFileSync(path.join(dataDir, 'backup.key'), 'utf8');
    expect(keyFile).not.toContain(PASSPHRASE);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(dataDir, 'backup.key')).mode & 0o077).toBe(0);

    const t0 = new Date('2026-11-01T09:00:00Z');
    for (let day = 0; day < 3; day++) await register.backups.run(new Date(t0.getTime() + day * DAY_MS));
    const after = await api.call('backup.status', {});
    expect(after.files.map((f) => f.name)).toEqual([
      'fengqiao-auto-2026-11-03T09-00-00-000Z.fqbak',
      'fengqiao-auto-2026-11-02T09-00-00-000Z.fqbak',
    ]);
    expect(fs.readdirSync(usb).sort()).toEqual([
      'fengqiao-auto-2026-11-02T09-00-00-000Z.fqbak',
      'fengqiao-auto-2026-11-03T09-00-00-000Z.fqbak',
    ]);
    expect(after).toMatchObject({
      lastSuccessAt: '2026-11-03T09:00:00.000Z',
      lastError: null,
      extraError: null,
      nextDueAt: expect.any(String),
    });

    // The backup opens with the passphrase alone, anywhere.
    const elsewhere = tempDir();
    const restored = await restoreBackup(elsewhere, path.join(usb, after.files[0]!.name), PASSPHRASE);
    expect(restored.cases).toBe(1);
  });

  it('run once a day, and report a missing USB stick without failing the backup', async () => {
    const { api, register } = await testRegister();
    const usb = tempDir();
    await api.call('backup.configure', { passphrase: PASSPHRASE, extraFolder: usb });
    fs.rmSync(usb, { recursive: true });
    const t0 = new Date('2026-11-01T09:00:00Z');
    await register.backups.runIfDue(t0);
    await register.backups.runIfDue(new Date(t0.getTime() + DAY_MS - 60_000)); // not yet due
    expect((await api.call('backup.status', {})).files).toHaveLength(1);
    await register.backups.runIfDue(new Date(t0.getTime() + DAY_MS));
    const status = await api.call('backup.status', {});
    expect(status.files).toHaveLength(2);
    expect(status.lastError).toBeNull();
    expect(status.extraError).toMatch(/不存在或无法写入：请插好U盘/);
  });
});

/** Overwrites pages in the middle of the file, as a failing disk might. */
function damage(file: string): void {
  const fd = fs.openSync(file, 'r+');
  const size = fs.fstatSync(fd).size;
  const junk = Buffer.alloc(4096 * 4, 0x5a);
  fs.writeSync(fd, junk, 0, junk.length, Math.min(4096, size - junk.length));
  fs.closeSync(fd);
}

describe('recovery at start', () => {
  it('keeps a damaged register, lists the backups, restores one and opens it in place', async () => {
    const { api, register, dataDir } = await testRegister();
    for (let i = 0; i < 3; i++) await api.call('cases.register', sampleCase());
    await api.call('backup.configure', { passphrase: PASSPHRASE });
    await register.backups.run();
    await register.close();
    damage(path.join(dataDir, 'fengqiao.sqlite3'));

    const app: AppService = await openApp({ dataDir, mode: 'browser', checkOutputs: true });
    try {
      expect(app.register()).toBeNull();
      const operator = createClient((m, i) => app.dispatch(m, i, { via: 'cli', operator: 'test' }));
      await expect(operator.call('cases.list', {})).rejects.toMatchObject({ code: 'DB_INVALID' });
      const status = await operator.call('recovery.status', {});
      expect(status.problem).toMatch(/损坏/);
      expect(status.backups).toHaveLength(1);
      await expect(operator.call('recovery.restore', { file: '/etc/passwd' })).rejects.toMatchObject({ code: 'VALIDATION' });

      const restored = await operator.call('recovery.restore', { file: status.backups[0]!.file });
      expect(restored).toMatchObject({ cases: 3, replaced: expect.stringMatching(/fengqiao\.sqlite3\.damaged-/) });
      expect(fs.existsSync(restored.replaced!)).toBe(true);
      expect((await operator.call('cases.list', {})).total).toBe(3);
      await expect(operator.call('recovery.restore', { file: status.backups[0]!.file })).rejects.toMatchObject({ code: 'CONFLICT' });
    } finally {
      await app.close();
    }
  });
});

describe('the check at start', () => {
  it('switches to recovery when quick_check finds damaged pages that opening did not touch', async () => {
    const { api, register, dataDir } = await testRegister();
    for (let i = 0; i < 60; i++)
      await api.call('cases.register', sampleCase({ facts: `第${i}件：${'楼上漏水，多次协商未果。'.repeat(40)}` }));
    await register.close();
    const file = path.join(dataDir, 'fengqiao.sqlite3');
    const fd = fs.openSync(file, 'r+');
    const size = fs.fstatSync(fd).size;
    fs.writeSync(fd, Buffer.alloc(4096 * 2, 0x5a), 0, 4096 * 2, Math.floor(size / 4096 / 2) * 4096);
    fs.closeSync(fd);
    const app = await openApp({ dataDir, mode: 'browser', checkDelayMs: 0 });
    try {
      await app.checked;
      expect(app.register()).toBeNull();
      const answer = await app.dispatch('recovery.status', {}, { via: 'browser' });
      expect(answer).toMatchObject({ ok: true, value: { problem: expect.stringMatching(/检查未通过/) } });
    } finally {
      await app.close();
    }
  });
});
