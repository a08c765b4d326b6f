// The device key on real files: made once with private permissions, reused afterwards, never replaced when
// damaged; its device id is stable, and batches it signs are read with its registered public key.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packBatch, readBatch } from '../../services/sync/batchFile.ts';
import { deviceIdOf, loadOrCreateDeviceKey, publicKeyFromPem } from '../../services/sync/deviceKey.ts';
import { AppError } from '../../shared/errors.ts';
import { tempDir } from '../helpers/tempDir.ts';

const posix = process.platform !== 'win32';
const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

function refusal(call: () => unknown): AppError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('the call was not refused');
}

describe('loadOrCreateDeviceKey', () => {
  it('makes an Ed25519 key readable by its owner only, in a private folder', () => {
    const dataDir = tempDir();
    const key = loadOrCreateDeviceKey(dataDir);
    const file = path.join(dataDir, 'sync', 'device-key.pem');
    expect(key.created).toBe(true);
    expect(key.deviceId).toMatch(/^[0-9a-f]{32}$/);
    expect(key.privateKey.asymmetricKeyType).toBe('ed25519');
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(fs.readdirSync(path.join(dataDir, 'sync'))).toEqual(['device-key.pem']);
    if (posix) {
      expect(modeOf(file)).toBe(0o600);
      expect(modeOf(path.join(dataDir, 'sync'))).toBe(0o700);
    }
  });

  it('reuses the key on the next call', () => {
    const dataDir = tempDir();
    const first = loadOrCreateDeviceKey(dataDir);
    const before = fs.readFileSync(path.join(dataDir, 'sync', 'device-key.pem'));
    const second = loadOrCreateDeviceKey(dataDir);
    expect(second.created).toBe(false);
    expect(second.deviceId).toBe(first.deviceId);
    expect(second.publicKeyPem).toBe(first.publicKeyPem);
    expect(fs.readFileSync(path.join(dataDir, 'sync', 'device-key.pem'))).toEqual(before);
    expect(loadOrCreateDeviceKey(tempDir()).deviceId).not.toBe(first.deviceId);
  });

  it('refuses a damaged key file and leaves it as it was', () => {
    const dataDir = tempDir();
    loadOrCreateDeviceKey(dataDir);
    const file = path.join(dataDir, 'sync', 'device-key.pem');
    const pem = fs.readFileSync(file, 'utf8');
    const lines = pem.split('\n');
    lines[1] = lines[1]!.slice(0, 10);
    for (const damaged of [lines.join('\n'), '', pem.slice(0, 40)]) {
      fs.writeFileSync(file, damaged);
      const error = refusal(() => loadOrCreateDeviceKey(dataDir));
      expect(error.message).toMatch(/同步密钥文件已损坏/);
      expect(fs.readFileSync(file, 'utf8')).toBe(damaged);
    }
  });

  it('refuses a key of another type', () => {
    const dataDir = tempDir();
    fs.mkdirSync(path.join(dataDir, 'sync'));
    const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
    fs.writeFileSync(path.join(dataDir, 'sync', 'device-key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    expect(refusal(() => loadOrCreateDeviceKey(dataDir)).message).toMatch(/不是 Ed25519 密钥/);
  });

  it('replaces a temporary file left by an interrupted first run', () => {
    const dataDir = tempDir();
    fs.mkdirSync(path.join(dataDir, 'sync'));
    fs.writeFileSync(path.join(dataDir, 'sync', `device-key.pem.${process.pid}.tmp`), '-----BEGIN PRIV', { mode: 0o644 });
    const key = loadOrCreateDeviceKey(dataDir);
    expect(key.created).toBe(true);
    expect(fs.readdirSync(path.join(dataDir, 'sync'))).toEqual(['device-key.pem']);
    if (posix) expect(modeOf(path.join(dataDir, 'sync', 'device-key.pem'))).toBe(0o600);
  });
});

describe('deviceIdOf and publicKeyFromPem', () => {
  it('gives the same id for the same key however it is held', () => {
    const key = loadOrCreateDeviceKey(tempDir());
    const publicKey = publicKeyFromPem(key.publicKeyPem);
    expect(deviceIdOf(publicKey)).toBe(key.deviceId);
    expect(deviceIdOf(publicKeyFromPem(key.publicKeyPem))).toBe(key.deviceId);
    expect(deviceIdOf(crypto.createPublicKey(key.privateKey))).toBe(key.deviceId);
    const spki = publicKey.export({ type: 'spki', format: 'der' });
    expect(key.deviceId).toBe(crypto.createHash('sha256').update(spki).digest('hex').slice(0, 32));
  });

  it('refuses what is not an Ed25519 public key', () => {
    expect(refusal(() => publicKeyFromPem('not a key')).code).toBe('VALIDATION');
    const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(refusal(() => publicKeyFromPem(ec)).message).toMatch(/Ed25519/);
  });

  it('reads a batch signed with the stored key through the registered public key', () => {
    const dataDir = tempDir();
    const { deviceId, privateKey, publicKeyPem } = loadOrCreateDeviceKey(dataDir);
    const records = [{ kind: 'case' as const, id: 'case-1', version: 1, committeeId: 'c1', data: { summary: '张𠮷诉李四' } }];
    const { file } = packBatch({ records, deviceId, committees: ['c1'], seqFrom: 1, seqTo: 1, appVersion: '0.1.0' }, privateKey);
    const registered = new Map([[deviceId, publicKeyFromPem(publicKeyPem)]]);
    const reloaded = loadOrCreateDeviceKey(dataDir).privateKey;
    const again = packBatch({ records, deviceId, committees: ['c1'], seqFrom: 1, seqTo: 1, appVersion: '0.1.0' }, reloaded).file;
    for (const batch of [file, again]) {
      const deviceOf = (id: string) => (registered.has(id) ? { publicKey: registered.get(id)!, revoked: false } : null);
      expect(readBatch(batch, deviceOf).records).toEqual(records);
    }
  });
});
