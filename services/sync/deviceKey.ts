// The device's Ed25519 key, which signs its sync batches: made once, kept in the data folder, never replaced
// silently (the district hub registered its public key and refuses batches signed by any other).
import crypto, { type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';

export const SYNC_DIR = 'sync';
export const DEVICE_KEY_FILE = 'device-key.pem';

export interface DeviceKey {
  /** 32 hex characters derived from the public key (deviceIdOf). */
  deviceId: string;
  privateKey: KeyObject;
  /** SPKI PEM: what the hub registers for this device. */
  publicKeyPem: string;
  /** True when the key was made by this call. */
  created: boolean;
}

/**
 * The device id of a public key: the first 32 hex characters of the SHA-256 of its SPKI DER encoding.
 * Example: `deviceIdOf(publicKeyFromPem(pem))` → '3f1c…' (32 characters), the same every time for that key.
 */
export function deviceIdOf(publicKey: KeyObject): string {
  // A private key is accepted too: its public half is what identifies the device.
  const key = publicKey.type === 'private' ? crypto.createPublicKey(publicKey) : publicKey;
  const spki = key.export({ type: 'spki', format: 'der' });
  return crypto.createHash('sha256').update(spki).digest('hex').slice(0, 32);
}

/** An Ed25519 public key from its PEM (as registered at the hub); VALIDATION when it is not one. */
export function publicKeyFromPem(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = crypto.createPublicKey({ key: pem, format: 'pem' });
  } catch {
    throw new AppError('VALIDATION', '设备公钥无法读取：不是有效的 PEM 公钥');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new AppError('VALIDATION', '设备公钥类型不正确：应为 Ed25519 公钥');
  return key;
}

function damaged(file: string, why: string): AppError {
  return new AppError(
    'UNAVAILABLE',
    `本机的同步密钥文件已损坏（${why}）：${file}。请从备份中恢复该文件；如无法恢复，请联系区司法局重新登记本机。` +
      '程序不会自动生成新密钥，因为区级平台只认原来登记的密钥。',
  );
}

function keyOf(privateKey: KeyObject, created: boolean): DeviceKey {
  const publicKey = crypto.createPublicKey(privateKey);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return { deviceId: deviceIdOf(publicKey), privateKey, publicKeyPem, created };
}

function readKey(file: string): KeyObject {
  let pem: string;
  try {
    pem = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('UNAVAILABLE', `无法读取本机的同步密钥文件 ${file}：${(error as Error).message}`);
  }
  let key: KeyObject;
  try {
    key = crypto.createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw damaged(file, '无法读取密钥');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw damaged(file, '不是 Ed25519 密钥');
  return key;
}

/**
 * Writes the key through a temporary file (mode 0600, synced) linked into place, then syncs the folder. A link
 * never replaces an existing file: when another process made the key meanwhile, returns false and theirs stays.
 */
function writeKey(dir: string, file: string, privateKey: KeyObject): boolean {
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const tmp = `${file}.${process.pid}.tmp`;
  // A temporary file left by a crash is discarded: opening with 'wx' then guarantees our own mode.
  fs.rmSync(tmp, { force: true });
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    fs.writeFileSync(fd, pem);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(tmp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  // Make the link durable; folders cannot be opened for syncing on Windows, where the rename is enough.
  if (process.platform !== 'win32') {
    const dirFd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dirFd);
    } finally {
      fs.closeSync(dirFd);
    }
  }
  return true;
}

/**
 * The device key kept at `<dataDir>/sync/device-key.pem`, made on the first call. A damaged key file is an
 * error, never replaced. Example: `const { deviceId, privateKey } = loadOrCreateDeviceKey(dataDir)`.
 */
export function loadOrCreateDeviceKey(dataDir: string): DeviceKey {
  const dir = path.join(dataDir, SYNC_DIR);
  const file = path.join(dir, DEVICE_KEY_FILE);
  if (fs.existsSync(file)) return keyOf(readKey(file), false);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  const { privateKey } = crypto.generateKeyPairSync('ed25519');
  if (!writeKey(dir, file, privateKey)) return keyOf(readKey(file), false);
  return keyOf(privateKey, true);
}
