import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../../services/dataDir.ts';

describe('the data folder', () => {
  it("is Electron's userData folder for the app name 'fengqiao' on each OS", () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\wang\\AppData\\Roaming' }, 'C:\\Users\\wang')).toBe(
      'C:\\Users\\wang\\AppData\\Roaming\\fengqiao',
    );
    expect(defaultDataDir('linux', {}, '/home/wang')).toBe('/home/wang/.config/fengqiao');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/data/cfg' }, '/home/wang')).toBe('/data/cfg/fengqiao');
    expect(defaultDataDir('darwin', {}, '/Users/wang')).toBe('/Users/wang/Library/Application Support/fengqiao');
  });

  it('prefers --data-dir, then FENGQIAO_DATA_DIR', () => {
    expect(resolveDataDir({ flag: 'here', env: { FENGQIAO_DATA_DIR: '/there' } })).toBe(path.resolve('here'));
    expect(resolveDataDir({ env: { FENGQIAO_DATA_DIR: '/there' } })).toBe('/there');
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: '/cfg' } })).toBe(process.platform === 'linux' ? '/cfg/fengqiao' : expect.any(String));
  });
});
