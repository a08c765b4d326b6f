// A device's signed request to its hub (pull, restore): the body's exact JSON text and the Ed25519 signature of
// `FQREQ\n` + that text. The body names a one-time challenge the hub issued, so a request seen on the wire cannot
// be replayed, and no clock is needed to tell a fresh request from an old one.
import crypto, { type KeyObject } from 'node:crypto';
import type { DeviceRequestBody, SignedDeviceRequest } from '../../shared/sync/downward.ts';

const PREFIX = 'FQREQ\n';

/** Example: `signDeviceRequest({ action: 'pull', deviceId, challenge, referenceVersion: 3, notesAfter: 0 }, key)`. */
export function signDeviceRequest(body: DeviceRequestBody, privateKey: KeyObject): SignedDeviceRequest {
  const text = JSON.stringify(body);
  return { body: text, signature: crypto.sign(null, Buffer.from(PREFIX + text, 'utf8'), privateKey).toString('base64') };
}

/** True when `signature` is the key's signature of the body text; false for anything malformed. */
export function verifyDeviceRequest(request: SignedDeviceRequest, publicKey: KeyObject): boolean {
  try {
    return crypto.verify(null, Buffer.from(PREFIX + request.body, 'utf8'), publicKey, Buffer.from(request.signature, 'base64'));
  } catch {
    return false;
  }
}
