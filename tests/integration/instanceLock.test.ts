import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, acquireInstanceLock } from '../../services/instanceLock.ts';
import { tempDir } from '../helpers/tempDir.ts';

describe('one running app per register', () => {
  it('refuses a second holder while the first is alive, and frees on release', () => {
    const dir = tempDir();
    const release = acquireInstanceLock(dir, 'browser');
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, mode: 'desktop', since: '' }));
    expect(() => acquireInstanceLock(dir, 'browser')).toThrow(/已在运行（桌面程序/);
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, mode: 'browser', since: '' }));
    release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    acquireInstanceLock(dir, 'browser')();
  });

  it('takes over a lock left by a process that is gone', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, mode: 'browser', since: '' }));
    const release = acquireInstanceLock(dir, 'browser');
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    release();
  });
});
